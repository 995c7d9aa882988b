import { DomainValidationError } from '../shared/errors';
import { lastMonths, meanPercent, percentOf, spotCheckCompliance, weekAndMonthOf, workFigures } from './unit-figures';

describe("the unit head's overview figures (journey 2)", () => {
  it('divides accepted by assigned and on-time by accepted, one decimal, null when there is nothing to divide', () => {
    expect(workFigures({ assigned: 3, accepted: 2, acceptedOnTime: 1, unitsAssigned: 4.5, unitsDelivered: 3.005 })).toEqual({
      assigned: 3,
      accepted: 2,
      acceptedOnTime: 1,
      unitsAssigned: 4.5,
      unitsDelivered: 3.01,
      completionRate: 66.7,
      onTimeRate: 50,
    });
    expect(workFigures({ assigned: 0, accepted: 0, acceptedOnTime: 0, unitsAssigned: 0, unitsDelivered: 0 })).toMatchObject({ completionRate: null, onTimeRate: null });
  });

  it('refuses counts that cannot be (negative, fractional, a part above its whole)', () => {
    expect(() => workFigures({ assigned: 1, accepted: 2, acceptedOnTime: 0, unitsAssigned: 1, unitsDelivered: 1 })).toThrow(DomainValidationError);
    expect(() => workFigures({ assigned: 1.5, accepted: 0, acceptedOnTime: 0, unitsAssigned: 1, unitsDelivered: 0 })).toThrow(DomainValidationError);
    expect(() => workFigures({ assigned: 1, accepted: 0, acceptedOnTime: 0, unitsAssigned: -1, unitsDelivered: 0 })).toThrow(DomainValidationError);
    expect(() => workFigures({ assigned: 1, accepted: 0, acceptedOnTime: 0, unitsAssigned: 1, unitsDelivered: Number.NaN })).toThrow(DomainValidationError);
    expect(() => percentOf(-1, 2)).toThrow(DomainValidationError);
  });

  it('counts spot-check compliance over the checks owed an answer: EXCUSED on neither side', () => {
    expect(spotCheckCompliance({ onTime: 3, late: 1, missed: 0, excused: 5 })).toBe(75);
    expect(spotCheckCompliance({ onTime: 0, late: 0, missed: 0, excused: 2 })).toBeNull();
    expect(() => spotCheckCompliance({ onTime: -1, late: 0, missed: 0, excused: 0 })).toThrow(DomainValidationError);
  });

  it('means percentages with one decimal, null for none, refusing values outside 0–100', () => {
    expect(meanPercent([100, 75, 75])).toBe(83.3);
    expect(meanPercent([])).toBeNull();
    expect(() => meanPercent([101])).toThrow(DomainValidationError);
  });

  it('finds the ISO week and the month of a day, across a year end', () => {
    expect(weekAndMonthOf('2026-12-04')).toEqual({ week: { from: '2026-11-30', to: '2026-12-06' }, month: { from: '2026-12-01', to: '2026-12-31' } });
    expect(weekAndMonthOf('2026-02-15').month).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(() => weekAndMonthOf('2026-13-01')).toThrow(DomainValidationError);
  });

  it('lists the last six months oldest first with their labels', () => {
    const months = lastMonths('2026-03-10', 6);
    expect(months.map((m) => m.label)).toEqual(['10/2025', '11/2025', '12/2025', '01/2026', '02/2026', '03/2026']);
    expect(months[0]).toEqual({ from: '2025-10-01', to: '2025-10-31', label: '10/2025' });
    expect(() => lastMonths('2026-03-10', 0)).toThrow(DomainValidationError);
  });
});
