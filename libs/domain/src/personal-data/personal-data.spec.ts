import { isLoggedAccess, retentionExpired } from './personal-data';

describe('personal data rules', () => {
  it.each([
    ['HR', 'a', 'b', true],
    ['INSPECTOR', 'a', 'b', true],
    ['ADMIN', 'a', 'b', true],
    ['ADMIN', 'a', null, true],
    ['HR', 'a', 'a', false],
    ['UNIT_HEAD', 'a', 'b', false],
    ['OFFICIAL', 'a', 'b', false],
  ] as const)('%s %s reading %s’s record is logged: %s', (role, viewer, subject, logged) => {
    expect(isLoggedAccess(role, viewer, subject)).toBe(logged);
  });

  it('expires a record once today is past the pilot’s end plus the days kept', () => {
    expect(retentionExpired('2026-12-31', 30, '2027-01-30')).toBe(false);
    expect(retentionExpired('2026-12-31', 30, '2027-01-31')).toBe(true);
    expect(retentionExpired('2024-02-28', 1, '2024-02-29')).toBe(false);
    expect(retentionExpired('2024-02-28', 1, '2024-03-01')).toBe(true);
  });
});
