import { formatLocalDate, formatLocalTime, localMinuteOfDay, toLocalDate } from '@ketqua/domain';
import { AppError, BadInputError, UnauthenticatedError } from '../errors/app-error';

// Shown to people in Ho Chi Minh City: their clock, then the day dd/MM/yyyy (PRODUCT.md 5).
const fmt = (d: Date) => `${formatLocalTime(localMinuteOfDay(d))} ${formatLocalDate(toLocalDate(d))}`;

export const notSignedIn = () => new UnauthenticatedError('NOT_SIGNED_IN', { vi: 'Bạn cần đăng nhập để tiếp tục.', en: 'You need to sign in to continue.' });
export const tokenExpired = () =>
  new UnauthenticatedError('TOKEN_EXPIRED', { vi: 'Phiên đăng nhập đã hết hạn; hãy làm mới phiên hoặc đăng nhập lại.', en: 'Your session token has expired; refresh the session or sign in again.' });
export const tokenInvalid = () => new UnauthenticatedError('TOKEN_INVALID', { vi: 'Mã đăng nhập không hợp lệ; hãy đăng nhập lại.', en: 'The sign-in token is not valid; sign in again.' });
export const sessionEnded = () =>
  new UnauthenticatedError('SESSION_ENDED', { vi: 'Phiên đăng nhập đã kết thúc (đã đăng xuất hoặc đổi mật khẩu); hãy đăng nhập lại.', en: 'This session has ended (signed out or password changed); sign in again.' });
export const invalidCredentials = () =>
  new UnauthenticatedError('INVALID_CREDENTIALS', { vi: 'Email hoặc mật khẩu không đúng.', en: 'Wrong email or password.' });
export const accountLocked = (until: Date) =>
  new AppError('UNAUTHENTICATED', 'ACCOUNT_LOCKED', {
    vi: `Tài khoản tạm khóa đến ${fmt(until)} vì nhập sai mật khẩu nhiều lần. Hãy thử lại sau hoặc liên hệ quản trị.`,
    en: `The account is locked until ${fmt(until)} after repeated wrong passwords. Try again later or contact an administrator.`,
  }, { lockedUntil: until.toISOString() });
export const accountDisabled = () =>
  new UnauthenticatedError('ACCOUNT_DISABLED', { vi: 'Tài khoản đã ngừng hoạt động; hãy liên hệ phòng Tổ chức cán bộ.', en: 'This account is deactivated; contact HR.' });
export const refreshTokenInvalid = () =>
  new UnauthenticatedError('REFRESH_TOKEN_INVALID', { vi: 'Không thể làm mới phiên đăng nhập; hãy đăng nhập lại.', en: 'The session cannot be refreshed; sign in again.' });
export const wrongCurrentPassword = () =>
  new BadInputError('WRONG_CURRENT_PASSWORD', { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' }, [
    { field: 'input.currentPassword', message: { vi: 'Mật khẩu hiện tại không đúng', en: 'The current password is wrong' } },
  ]);
export const weakPassword = (field: string, why: { vi: string; en: string }) =>
  new BadInputError('WEAK_PASSWORD', { vi: `Mật khẩu mới chưa đạt yêu cầu: ${why.vi}.`, en: `The new password is not acceptable: ${why.en}.` }, [
    { field, message: why },
  ]);
