import { ASSIGNMENT_STATUSES, convertedUnits, isOpenAssignment, isOverdue, isWithOfficial, OPEN_ASSIGNMENT_STATUSES, WITH_OFFICIAL_STATUSES } from './assignment-status';

describe('assignment statuses (PRODUCT.md 4.3)', () => {
  const deadline = new Date('2026-03-20T10:00:00Z');
  const before = new Date('2026-03-20T09:59:59.999Z');
  const after = new Date('2026-03-20T10:00:00.001Z');

  it('open is every status but accepted and cancelled; with the official is open minus submitted', () => {
    expect(OPEN_ASSIGNMENT_STATUSES).toEqual(ASSIGNMENT_STATUSES.filter((s) => s !== 'ACCEPTED' && s !== 'CANCELLED'));
    expect(WITH_OFFICIAL_STATUSES).toEqual(OPEN_ASSIGNMENT_STATUSES.filter((s) => s !== 'SUBMITTED'));
    expect(ASSIGNMENT_STATUSES.filter(isOpenAssignment)).toEqual(OPEN_ASSIGNMENT_STATUSES);
    expect(ASSIGNMENT_STATUSES.filter(isWithOfficial)).toEqual(WITH_OFFICIAL_STATUSES);
    expect(isOpenAssignment('OVERDUE')).toBe(false);
  });

  it.each(ASSIGNMENT_STATUSES.map((s) => [s, WITH_OFFICIAL_STATUSES.includes(s)] as const))('%s past its effective deadline is overdue: %s', (status, overdue) => {
    expect(isOverdue(status, deadline, after)).toBe(overdue);
    expect(isOverdue(status, deadline, before)).toBe(false);
    // At the deadline itself the work is still on time.
    expect(isOverdue(status, deadline, deadline)).toBe(false);
    expect(isOverdue(status, deadline.getTime(), after.getTime())).toBe(overdue);
  });

  it('converted units keep 4 decimals, the same for the API and the form preview', () => {
    expect(convertedUnits(1.25, 1.25)).toBe(1.5625);
    expect(convertedUnits(1.5, 3)).toBe(4.5);
    expect(convertedUnits(0.01, 0.01)).toBe(0.0001);
    // Binary noise does not leak: 1.1 × 1.1 is 1.2100000000000002 in floating point.
    expect(convertedUnits(1.1, 1.1)).toBe(1.21);
  });
});
