import { DATE_RANGE, isDayInRange, isInstantInRange } from './date-range';

describe('DATE_RANGE', () => {
  it.each([
    ['1999-12-31', false],
    ['2000-01-01', true],
    ['2026-03-02', true],
    ['2100-12-31', true],
    ['2101-01-01', false],
    ['9999-12-31', false],
    ['0100-01-01', false],
  ])('day %s in range: %s', (day, expected) => {
    expect(isDayInRange(day)).toBe(expected);
  });

  it('bounds instants by the days in Asia/Ho_Chi_Minh (UTC+7)', () => {
    expect(DATE_RANGE).toEqual({ first: '2000-01-01', last: '2100-12-31' });
    expect(isInstantInRange(new Date('1999-12-31T16:59:59.999Z'))).toBe(false); // 1999-12-31 23:59:59 in HCM
    expect(isInstantInRange(new Date('1999-12-31T17:00:00.000Z'))).toBe(true); // 2000-01-01 00:00 in HCM
    expect(isInstantInRange(new Date('2100-12-31T16:59:59.999Z'))).toBe(true);
    expect(isInstantInRange(new Date('2100-12-31T17:00:00.000Z'))).toBe(false); // 2101-01-01 00:00 in HCM
    expect(isInstantInRange(new Date(8.64e15))).toBe(false); // +275760-09-13
  });
});
