import { AppError, BadInputError, UnauthenticatedError } from '../errors/app-error';

export const notSignedIn = () => new UnauthenticatedError('NOT_SIGNED_IN', { vi: 'Bạn cần đăng nhập để tiếp tục.', en: 'You need to sign in to continue.' });
export const tokenExpired = () =>
  new UnauthenticatedError('TOKEN_EXPIRED', {
    vi: 'Phiên đăng nhập đã hết hạn; hãy làm mới phiên hoặc đăng nhập lại.',
    en: 'Your session token has expired; refresh the session or sign in again.',
  });
export const tokenInvalid = () =>
  new UnauthenticatedError('TOKEN_INVALID', { vi: 'Mã đăng nhập không hợp lệ; hãy đăng nhập lại.', en: 'The sign-in token is not valid; sign in again.' });
export const sessionEnded = () =>
  new UnauthenticatedError('SESSION_ENDED', {
    vi: 'Phiên đăng nhập đã kết thúc (đã đăng xuất hoặc đổi mật khẩu); hãy đăng nhập lại.',
    en: 'This session has ended (signed out or password changed); sign in again.',
  });
/**
 * The one answer to every refused sign-in: unknown e-mail, wrong password, locked or deactivated
 * account. A different answer would tell an attacker that the account exists (issue 10 §3).
 */
export const invalidCredentials = () =>
  new UnauthenticatedError('INVALID_CREDENTIALS', {
    vi: 'Email hoặc mật khẩu không đúng. Sau nhiều lần sai liên tiếp, tài khoản bị tạm khóa trong ít phút; nếu vẫn không đăng nhập được, hãy liên hệ phòng Tổ chức cán bộ.',
    en: 'Wrong email or password. After repeated wrong passwords the account is locked for a few minutes; if you still cannot sign in, contact HR.',
  });
/** Sign-in or refresh asked too often (per IP or per account); retry after the given seconds. */
export const tooManyRequests = (retryAfterSeconds: number) =>
  new AppError(
    'TOO_MANY_REQUESTS',
    'RATE_LIMITED',
    {
      vi: `Quá nhiều lần thử; hãy thử lại sau ${retryAfterSeconds} giây.`,
      en: `Too many attempts; try again in ${retryAfterSeconds} seconds.`,
    },
    { retryAfterSeconds },
  );
export const accountDisabled = () =>
  new UnauthenticatedError('ACCOUNT_DISABLED', { vi: 'Tài khoản đã ngừng hoạt động; hãy liên hệ phòng Tổ chức cán bộ.', en: 'This account is deactivated; contact HR.' });
export const refreshTokenInvalid = () =>
  new UnauthenticatedError('REFRESH_TOKEN_INVALID', { vi: 'Không thể làm mới phiên đăng nhập; hãy đăng nhập lại.', en: 'The session cannot be refreshed; sign in again.' });
export const wrongCurrentPassword = () =>
  new BadInputError('WRONG_CURRENT_PASSWORD', { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' }, [
    { field: 'input.currentPassword', message: { vi: 'Mật khẩu hiện tại không đúng', en: 'The current password is wrong' } },
  ]);
export const weakPassword = (field: string, why: { vi: string; en: string }) =>
  new BadInputError('WEAK_PASSWORD', { vi: `Mật khẩu mới chưa đạt yêu cầu: ${why.vi}.`, en: `The new password is not acceptable: ${why.en}.` }, [{ field, message: why }]);
