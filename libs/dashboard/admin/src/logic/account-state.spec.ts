import { accountFlags, isLocked, statusFilter } from './account-state';

const now = new Date('2026-03-02T03:00:00Z');

describe('account state', () => {
  it('a lock holds only until its time', () => {
    expect(isLocked('2026-03-02T03:10:00Z', now)).toBe(true);
    expect(isLocked('2026-03-02T02:59:00Z', now)).toBe(false);
    expect(isLocked(null, now)).toBe(false);
  });

  it('names every state that needs attention, a missing password before a temporary one', () => {
    expect(accountFlags({ active: true, hasPassword: true, mustChangePassword: false, lockedUntil: null }, now)).toEqual([]);
    expect(accountFlags({ active: false, hasPassword: true, mustChangePassword: true, lockedUntil: '2026-03-02T04:00:00Z' }, now)).toEqual(['INACTIVE', 'LOCKED', 'MUST_CHANGE']);
    expect(accountFlags({ active: true, hasPassword: false, mustChangePassword: true, lockedUntil: null }, now)).toEqual(['NO_PASSWORD']);
  });

  it('turns the chosen state into the API filter', () => {
    expect(statusFilter('ACTIVE')).toEqual({ active: true });
    expect(statusFilter('INACTIVE')).toEqual({ active: false });
    expect(statusFilter('LOCKED')).toEqual({ locked: true, includeInactive: true });
    expect(statusFilter('ALL')).toEqual({ includeInactive: true });
  });
});
