/**
 * Who may hand out which account role (PRODUCT.md 1). One rule, used by the API for every
 * mutation that acts on an account and by the dashboard when it offers role choices:
 * nobody may create, edit, reset, deactivate or reactivate an account whose role they could not grant.
 */
export type AccountRole = 'OFFICIAL' | 'UNIT_HEAD' | 'HR' | 'ADMIN' | 'INSPECTOR';

export const ACCOUNT_ROLES: readonly AccountRole[] = ['OFFICIAL', 'UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'];

const GRANTS: Record<AccountRole, readonly AccountRole[]> = {
  ADMIN: ACCOUNT_ROLES,
  // HR staffs the agencies; the roles that see beyond one's own records (HR, ADMIN, INSPECTOR) are an administrator's.
  HR: ['OFFICIAL', 'UNIT_HEAD'],
  UNIT_HEAD: [],
  OFFICIAL: [],
  INSPECTOR: [],
};

/** The roles `granter` may give an account, in display order. */
export function grantableRoles(granter: AccountRole): readonly AccountRole[] {
  return GRANTS[granter];
}

export function canGrantRole(granter: AccountRole, role: AccountRole): boolean {
  return GRANTS[granter].includes(role);
}

/** City scope widens HR and inspectors to every agency: an administrator's decision only. */
export function canGrantCityScope(granter: AccountRole): boolean {
  return granter === 'ADMIN';
}

export interface AccountGrant {
  role: AccountRole;
  cityScope: boolean;
}

/** Whether `granter` could have given this account what it has (its role and city scope). */
export function canGrantAccount(granter: AccountRole, account: AccountGrant): boolean {
  return canGrantRole(granter, account.role) && (!account.cityScope || canGrantCityScope(granter));
}
