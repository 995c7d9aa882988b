import { ConflictError, ForbiddenError, LocalisedText, NotFoundError } from '@ketqua/api/core';

export const WHAT = {
  pilot: { vi: 'đề án thí điểm', en: 'pilot' },
  unit: { vi: 'đơn vị', en: 'unit' },
  position: { vi: 'vị trí việc làm', en: 'position' },
  official: { vi: 'công chức', en: 'official' },
  commitment: { vi: 'văn bản cam kết', en: 'commitment text' },
  enrollment: { vi: 'đăng ký làm việc tại nhà', en: 'home-work enrollment' },
  absence: { vi: 'lịch vắng mặt', en: 'absence' },
  calendarDay: { vi: 'ngày trong lịch làm việc', en: 'calendar day' },
  spotCheck: { vi: 'lượt kiểm tra ngẫu nhiên', en: 'spot check' },
  draw: { vi: 'kết quả bốc thăm kiểm tra', en: 'spot-check draw' },
  flag: { vi: 'cảnh báo kiểm tra', en: 'spot-check flag' },
} satisfies Record<string, LocalisedText>;

export const notFound = (what: keyof typeof WHAT, id?: string) => new NotFoundError(WHAT[what], id);

// The shared refusals (core): features re-export them under the names their code uses.
export { badField, domainCall as domain, fromDomain } from '@ketqua/api/core';

export const invalidState = (reason: string, text: LocalisedText, details: Record<string, unknown> = {}) => new ConflictError(reason, text, details);

export const notYours = (vi: string, en: string) => new ForbiddenError('NOT_YOURS', { vi, en });
