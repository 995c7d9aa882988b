import { BadInputError, ForbiddenError, UnauthenticatedError } from '../../errors/app-error';

export const ssoNotConfigured = () =>
  new BadInputError('SSO_NOT_CONFIGURED', {
    vi: 'Chưa cấu hình đăng nhập bằng tài khoản của Thành phố; hãy dùng email và mật khẩu.',
    en: 'Sign-in with the city account is not configured; use e-mail and password.',
  });
export const ssoUnavailable = () =>
  new UnauthenticatedError('SSO_UNAVAILABLE', {
    vi: 'Hệ thống đăng nhập của Thành phố đang không phản hồi; hãy thử lại sau ít phút.',
    en: "The city's sign-in system is not answering; try again in a few minutes.",
  });
/** The callback does not belong to a sign-in this browser started (expired, used, forged or from another browser). */
export const ssoAttemptInvalid = () =>
  new UnauthenticatedError('SSO_ATTEMPT_INVALID', {
    vi: 'Lượt đăng nhập này đã hết hạn hoặc không hợp lệ; hãy bấm "Đăng nhập bằng tài khoản của Thành phố" lại.',
    en: 'This sign-in has expired or is not valid; press "Sign in with the city account" again.',
  });
export const ssoRefusedByProvider = () =>
  new UnauthenticatedError('SSO_REFUSED', {
    vi: 'Hệ thống đăng nhập của Thành phố không xác nhận lượt đăng nhập này; hãy thử lại.',
    en: "The city's sign-in system did not confirm this sign-in; try again.",
  });
/** The person is known to the city but has no Ketqua account: roles are decided in Ketqua, never created here. */
export const ssoAccountUnknown = () =>
  new ForbiddenError('SSO_ACCOUNT_UNKNOWN', {
    vi: 'Tài khoản của Thành phố này chưa gắn với tài khoản Ketqua nào. Hãy liên hệ phòng Tổ chức cán bộ của đơn vị để được cấp tài khoản.',
    en: 'This city account is not linked to any Ketqua account. Ask your agency’s HR office for an account.',
  });
export const ssoAccountDisabled = () =>
  new ForbiddenError('ACCOUNT_DISABLED', { vi: 'Tài khoản đã ngừng hoạt động; hãy liên hệ phòng Tổ chức cán bộ.', en: 'This account is deactivated; contact HR.' });
/** Password sign-in is turned off by an ADMIN (single sign-on only); ADMIN accounts keep it (break-glass). */
export const passwordSignInDisabled = () =>
  new ForbiddenError('PASSWORD_SIGN_IN_DISABLED', {
    vi: 'Đăng nhập bằng mật khẩu đã tắt; hãy bấm "Đăng nhập bằng tài khoản của Thành phố".',
    en: 'Password sign-in is turned off; press "Sign in with the city account".',
  });
export const callbackNotOurs = () =>
  new BadInputError('SSO_CALLBACK_INVALID', { vi: 'Địa chỉ quay lại không phải trang đăng nhập của Ketqua.', en: 'The callback address is not Ketqua’s sign-in page.' }, [
    { field: 'input.callbackUrl', message: { vi: 'phải bắt đầu bằng OIDC_REDIRECT_URI', en: 'must start with OIDC_REDIRECT_URI' } },
  ]);
