/** What the accounts page says about an account's state, from the fields the API sends. */
export interface AccountStateInput {
  active: boolean;
  hasPassword: boolean;
  mustChangePassword: boolean;
  lockedUntil: string | null | undefined;
}

export type AccountFlag = 'INACTIVE' | 'LOCKED' | 'MUST_CHANGE' | 'NO_PASSWORD';

/** A lock in the past no longer holds (the API lifts it at the next correct sign-in). */
export function isLocked(lockedUntil: string | null | undefined, now: Date): boolean {
  return !!lockedUntil && new Date(lockedUntil).getTime() > now.getTime();
}

export function accountFlags(account: AccountStateInput, now: Date): AccountFlag[] {
  const flags: AccountFlag[] = [];
  if (!account.active) flags.push('INACTIVE');
  if (isLocked(account.lockedUntil, now)) flags.push('LOCKED');
  if (!account.hasPassword) flags.push('NO_PASSWORD');
  else if (account.mustChangePassword) flags.push('MUST_CHANGE');
  return flags;
}

export type StatusFilter = 'ALL' | 'ACTIVE' | 'INACTIVE' | 'LOCKED' | 'MUST_CHANGE';

/** The API filter for the state chosen in the page's select. */
export function statusFilter(status: StatusFilter): { active?: boolean; includeInactive?: boolean; locked?: boolean; mustChangePassword?: boolean } {
  switch (status) {
    case 'ACTIVE':
      return { active: true };
    case 'INACTIVE':
      return { active: false };
    case 'LOCKED':
      return { locked: true, includeInactive: true };
    case 'MUST_CHANGE':
      return { mustChangePassword: true, includeInactive: true };
    default:
      return { includeInactive: true };
  }
}
