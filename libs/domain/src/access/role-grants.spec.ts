import { ACCOUNT_ROLES, AccountRole, canGrantAccount, canGrantCityScope, canGrantRole, grantableRoles } from './role-grants';

describe('role grants', () => {
  it.each<[AccountRole, AccountRole[]]>([
    ['ADMIN', ['OFFICIAL', 'UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR']],
    ['HR', ['OFFICIAL', 'UNIT_HEAD']],
    ['UNIT_HEAD', []],
    ['OFFICIAL', []],
    ['INSPECTOR', []],
  ])('%s may grant %j', (granter, roles) => {
    expect(grantableRoles(granter)).toEqual(roles);
    for (const role of ACCOUNT_ROLES) expect(canGrantRole(granter, role)).toBe(roles.includes(role));
  });

  it('only an administrator grants city scope', () => {
    expect(ACCOUNT_ROLES.filter(canGrantCityScope)).toEqual(['ADMIN']);
  });

  it('an account is manageable only when both its role and its city scope could have been granted', () => {
    expect(canGrantAccount('HR', { role: 'UNIT_HEAD', cityScope: false })).toBe(true);
    expect(canGrantAccount('HR', { role: 'ADMIN', cityScope: false })).toBe(false);
    expect(canGrantAccount('HR', { role: 'INSPECTOR', cityScope: true })).toBe(false);
    expect(canGrantAccount('HR', { role: 'HR', cityScope: false })).toBe(false);
    // A stray city-scope flag on an official still needs an administrator.
    expect(canGrantAccount('HR', { role: 'OFFICIAL', cityScope: true })).toBe(false);
    expect(canGrantAccount('ADMIN', { role: 'INSPECTOR', cityScope: true })).toBe(true);
  });
});
