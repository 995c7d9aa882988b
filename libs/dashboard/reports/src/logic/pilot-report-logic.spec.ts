import { byNumber, decimal, defaultRanges, intervalExcludesZero, monthLabel, monthsBetween, percent, signed } from './pilot-report-logic';

describe('pilot report page logic', () => {
  it('defaults to the pilot’s start month up to the last ended month, and the six months before the pilot', () => {
    expect(defaultRanges({ startDate: '2026-03-01', endDate: '2027-02-28' }, '2026-06-10')).toEqual({
      period: { from: '2026-03', to: '2026-05' },
      baseline: { from: '2025-09', to: '2026-02' },
    });
    // A pilot that started mid-January 2026: baseline July–December 2025.
    expect(defaultRanges({ startDate: '2026-01-15', endDate: '2026-12-31' }, '2026-01-20')).toEqual({
      period: { from: '2026-01', to: '2026-01' },
      baseline: { from: '2025-07', to: '2025-12' },
    });
    // An ended pilot stops at its end month.
    expect(defaultRanges({ startDate: '2025-03-01', endDate: '2025-08-31' }, '2026-06-10').period).toEqual({ from: '2025-03', to: '2025-08' });
  });

  it('lists months and labels them', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-02', '2026-01')).toEqual([]);
    expect(monthLabel('2026-03')).toBe('03/2026');
  });

  it('formats the Vietnamese way', () => {
    expect(signed(3.21)).toBe('+3,2');
    expect(signed(-1)).toBe('-1,0');
    expect(signed(0)).toBe('0,0');
    expect(decimal(12.345)).toBe('12,3');
    expect(decimal(null)).toBe('—');
    expect(percent(87.5)).toBe('87,5 %');
    expect(percent(87.5, 'en-GB')).toBe('87.5%');
    expect(percent(undefined)).toBe('—');
  });

  it('says whether the interval excludes 0', () => {
    expect(intervalExcludesZero(1.1, 5.3)).toBe(true);
    expect(intervalExcludesZero(-4, -0.5)).toBe(true);
    expect(intervalExcludesZero(-1, 2)).toBe(false);
    expect(intervalExcludesZero(null, 2)).toBeNull();
  });

  it('sorts numbers with the missing ones last', () => {
    const rows = [{ v: 2 }, { v: null }, { v: 1 }, { v: null }];
    expect([...rows].sort(byNumber((r) => r.v)).map((r) => r.v)).toEqual([1, 2, null, null]);
  });
});
