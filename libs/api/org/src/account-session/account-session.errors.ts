import { ForbiddenError, LocalisedText, NotFoundError } from '@ketqua/api/core';

const SESSION: LocalisedText = { vi: 'phiên đăng nhập', en: 'session' };

export const sessionNotFound = (id: string) => new NotFoundError(SESSION, id);

/** Acting on an account whose current role (or city scope) the caller could not grant. */
export const accountOutOfReach = (role: string) =>
  new ForbiddenError('ACCOUNT_NOT_MANAGEABLE', {
    vi: `Bạn không thể quản lý tài khoản có vai trò ${role} (hoặc phạm vi toàn thành phố): chỉ quản trị làm được việc này.`,
    en: `You may not manage an account with the ${role} role (or city scope): only an administrator may.`,
  });
