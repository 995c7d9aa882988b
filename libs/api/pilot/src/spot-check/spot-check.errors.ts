import { ConflictError, ForbiddenError } from '@ketqua/api/core';

export const notYourCheck = () =>
  new ForbiddenError('NOT_YOUR_CHECK', {
    vi: 'Đây không phải lượt kiểm tra của bạn; chỉ người được kiểm tra mới trả lời được.',
    en: 'This is not your check; only the official checked may answer it.',
  });

export const alreadyAnswered = () => new ConflictError('ALREADY_ANSWERED', { vi: 'Bạn đã trả lời lượt kiểm tra này rồi.', en: 'You have already answered this check.' });

export const checkClosed = () =>
  new ConflictError('CHECK_CLOSED', {
    vi: 'Lượt kiểm tra đã kết thúc (hết giờ làm việc chính của ngày); không thể trả lời nữa.',
    en: 'The check is closed (the day’s core hours are over); it can no longer be answered.',
  });

export const checkCancelled = () => new ConflictError('CHECK_CANCELLED', { vi: 'Lượt kiểm tra này đã được hủy.', en: 'This check was cancelled.' });

export const notPromptedYet = () => new ConflictError('NOT_PROMPTED', { vi: 'Lượt kiểm tra này chưa bắt đầu.', en: 'This check has not started yet.' });

export const ownCheck = () => new ForbiddenError('OWN_CHECK', { vi: 'Bạn không thể tự xử lý lượt kiểm tra của chính mình.', en: 'You cannot handle your own check.' });

export const cannotExcuse = (outcome: string) =>
  new ConflictError('CANNOT_EXCUSE', {
    vi: outcome === 'EXCUSED' ? 'Lượt kiểm tra đã được ghi nhận có lý do.' : 'Lượt kiểm tra đã được trả lời đúng hạn; không cần ghi lý do.',
    en: outcome === 'EXCUSED' ? 'The check is already excused.' : 'The check was answered on time; there is nothing to excuse.',
  });

export const testChecksDisabled = () =>
  new ForbiddenError('TEST_CHECKS_DISABLED', {
    vi: 'Kiểm tra thử chỉ dùng khi trình diễn và thử nghiệm; hệ thống đang chạy thật (production) nên không gửi.',
    en: 'Test checks are for demos and testing only; this is a production system, so none is sent.',
  });

export const officialInactive = () =>
  new ConflictError('OFFICIAL_INACTIVE', { vi: 'Tài khoản này đã ngừng hoạt động; không gửi kiểm tra được.', en: 'This account is deactivated; no check can be sent.' });
