import { BadInputError, ConflictError, ForbiddenError, LocalisedText, NotFoundError } from '@ketqua/api/core';

export const WHAT = {
  agency: { vi: 'cơ quan', en: 'agency' },
  unit: { vi: 'đơn vị', en: 'unit' },
  position: { vi: 'vị trí việc làm', en: 'position' },
  rank: { vi: 'ngạch', en: 'rank' },
  official: { vi: 'công chức', en: 'official' },
} satisfies Record<string, LocalisedText>;

export const notFound = (what: keyof typeof WHAT, id?: string) => new NotFoundError(WHAT[what], id);

export const duplicateCode = (what: keyof typeof WHAT, code: string) =>
  new ConflictError(
    'DUPLICATE_CODE',
    {
      vi: `Mã "${code}" đã được dùng cho một ${WHAT[what].vi} khác; hãy chọn mã khác.`,
      en: `The code "${code}" is already used by another ${WHAT[what].en}; choose another.`,
    },
    { duplicateCode: code },
  );

/** Employee codes name one account each (the city's sign-in matches by it). */
export const employeeCodeTaken = (code: string) =>
  new BadInputError('EMPLOYEE_CODE_TAKEN', { vi: `Mã cán bộ ${code} đã gắn với một tài khoản khác.`, en: `The employee code ${code} already belongs to another account.` }, [
    { field: 'input.employeeCode', message: { vi: 'mã này đã gắn với một tài khoản khác', en: 'another account has this code' } },
  ]);

export const duplicateEmail = (email: string) =>
  new ConflictError(
    'DUPLICATE_EMAIL',
    {
      vi: `Email ${email} đã được dùng cho một tài khoản khác.`,
      en: `The email ${email} is already used by another account.`,
    },
    { email },
  );

export const invalidReference = (field: string, vi: string, en: string) =>
  new BadInputError('INVALID_REFERENCE', { vi: `${field}: ${vi}`, en: `${field}: ${en}` }, [{ field, message: { vi, en } }]);

export const unitHasMembers = (activeOfficials: number, activeChildren: number) =>
  new ConflictError(
    'UNIT_NOT_EMPTY',
    {
      vi: `Không thể ngừng hoạt động đơn vị: còn ${activeOfficials} công chức và ${activeChildren} đơn vị trực thuộc đang hoạt động. Hãy chuyển họ sang đơn vị khác trước.`,
      en: `The unit cannot be deactivated: ${activeOfficials} officials and ${activeChildren} sub-units are still active. Move them first.`,
    },
    { activeOfficials, activeChildren },
  );

export const unitCycle = () =>
  invalidReference('input.parentId', 'không thể đặt đơn vị làm cấp dưới của chính nó hoặc của đơn vị con', 'a unit cannot be placed under itself or one of its sub-units');

/** Setting a role (or city scope) the caller could not grant. */
export const roleNotGrantable = (role: string) =>
  new ForbiddenError('ROLE_NOT_GRANTABLE', {
    vi: `Chỉ quản trị được cấp vai trò ${role} hoặc phạm vi toàn thành phố.`,
    en: `Only an administrator may grant the ${role} role or city scope.`,
  });

/** Acting on an account whose current role (or city scope) the caller could not grant. */
export const accountNotManageable = (role: string) =>
  new ForbiddenError('ACCOUNT_NOT_MANAGEABLE', {
    vi: `Bạn không thể sửa, cấp lại mật khẩu, ngừng hay kích hoạt lại tài khoản có vai trò ${role} (hoặc phạm vi toàn thành phố): chỉ quản trị làm được việc này.`,
    en: `You may not edit, reset, deactivate or reactivate an account with the ${role} role (or city scope): only an administrator may.`,
  });

export const selfDeactivation = () =>
  new ConflictError('SELF_DEACTIVATION', { vi: 'Bạn không thể tự ngừng kích hoạt tài khoản của mình.', en: 'You cannot deactivate your own account.' });
