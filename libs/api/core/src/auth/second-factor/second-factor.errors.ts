import { AppError, BadInputError, ConflictError, ForbiddenError, UnauthenticatedError } from '../../errors/app-error';

/**
 * The password was right and the account has an authenticator: the answer carries a short-lived
 * challenge token that `completeSignIn` exchanges, with a code, for the session (as OAuth's
 * "mfa_required" answers carry an mfa_token). Only ever sent after a right password.
 */
export const secondFactorRequired = (challengeToken: string, expiresAt: Date) =>
  new AppError(
    'UNAUTHENTICATED',
    'SECOND_FACTOR_REQUIRED',
    {
      vi: 'Nhập mã 6 chữ số từ ứng dụng xác thực (hoặc một mã khôi phục) để hoàn tất đăng nhập.',
      en: 'Enter the 6-digit code from your authenticator app (or a recovery code) to finish signing in.',
    },
    { challengeToken, challengeExpiresAt: expiresAt.toISOString() },
  );

/** Wrong, replayed or expired code; counted like a wrong password (the account locks after LOGIN_MAX_FAILURES). */
export const wrongSecondFactorCode = () =>
  new UnauthenticatedError('WRONG_SECOND_FACTOR_CODE', {
    vi: 'Mã xác thực không đúng hoặc đã được dùng. Mỗi mã chỉ dùng một lần; hãy chờ mã mới trong ứng dụng. Sau nhiều lần sai, tài khoản bị tạm khóa trong ít phút.',
    en: 'The code is wrong or was already used. Each code works once; wait for the next code in the app. After repeated wrong codes the account is locked for a few minutes.',
  });

export const challengeInvalid = () =>
  new UnauthenticatedError('SECOND_FACTOR_CHALLENGE_INVALID', {
    vi: 'Phiên xác thực hai lớp đã hết hạn; hãy đăng nhập lại bằng mật khẩu.',
    en: 'The two-factor step has expired; sign in again with your password.',
  });

export const enrolmentCodeWrong = () =>
  new BadInputError(
    'WRONG_SECOND_FACTOR_CODE',
    { vi: 'Mã xác nhận không đúng; hãy nhập mã đang hiện trong ứng dụng xác thực.', en: 'The confirmation code is wrong; enter the code your authenticator app shows now.' },
    [{ field: 'input.code', message: { vi: 'Mã không đúng', en: 'Wrong code' } }],
  );

export const alreadyEnrolled = () =>
  new ConflictError('SECOND_FACTOR_ALREADY_ENABLED', {
    vi: 'Tài khoản đã bật xác thực hai lớp; hãy tắt trước khi đăng ký thiết bị mới.',
    en: 'Two-factor sign-in is already on; turn it off before enrolling a new device.',
  });

export const noEnrolmentStarted = () =>
  new ConflictError('SECOND_FACTOR_ENROLMENT_NOT_STARTED', {
    vi: 'Chưa bắt đầu đăng ký ứng dụng xác thực; hãy tạo mã QR trước.',
    en: 'No enrolment is in progress; create the QR code first.',
  });

export const notEnrolled = () => new ConflictError('SECOND_FACTOR_NOT_ENABLED', { vi: 'Tài khoản này chưa bật xác thực hai lớp.', en: 'This account has no two-factor sign-in.' });

export const requiredForRole = () =>
  new ForbiddenError('SECOND_FACTOR_REQUIRED_FOR_ROLE', {
    vi: 'Vai trò của bạn bắt buộc xác thực hai lớp nên không thể tắt; nếu mất thiết bị, hãy nhờ quản trị đặt lại.',
    en: 'Your role requires two-factor sign-in, so it cannot be turned off; if you lost the device, ask an administrator to reset it.',
  });

export const enrolmentRequired = () =>
  new ForbiddenError('SECOND_FACTOR_ENROLMENT_REQUIRED', {
    vi: 'Vai trò của bạn bắt buộc xác thực hai lớp: hãy đăng ký ứng dụng xác thực tại trang Bảo mật tài khoản trước khi tiếp tục.',
    en: 'Your role requires two-factor sign-in: enrol an authenticator app on the Account security page before going on.',
  });

export const cannotResetOwn = () =>
  new ForbiddenError('SECOND_FACTOR_RESET_OWN', {
    vi: 'Không thể tự đặt lại xác thực hai lớp của mình; hãy dùng trang Bảo mật tài khoản hoặc nhờ một quản trị khác.',
    en: 'You cannot reset your own two-factor sign-in; use the Account security page or ask another administrator.',
  });
