import { blockingWeekdays, weekGrid, type WeekdayCapInput } from './week-grid';

// The demo's Phòng Công chức viên chức: 7 officials, cap 30% (at most 2 at home), 1 on site.
const day = (weekday: number, homeCount: number, affected: boolean, extra: Partial<WeekdayCapInput> = {}): WeekdayCapInput => ({
  weekday,
  affected,
  homeCount,
  total: 7,
  sharePercent: Math.round((homeCount / 7) * 10000) / 100,
  capPercent: 30,
  maxHome: 2,
  onSiteCount: 7 - homeCount,
  minOnSite: 1,
  breaksCap: homeCount > 2,
  breaksMinOnSite: 7 - homeCount < 1,
  breakingDates: [],
  ...extra,
});

describe('weekGrid', () => {
  it('gives Monday to Friday in order with the counts with and without the request', () => {
    const cells = weekGrid([day(5, 2, false), day(1, 3, true, { breakingDates: ['2026-12-14', '2026-12-07'] }), day(2, 1, false), day(3, 2, false), day(4, 2, true)]);
    expect(cells.map((c) => c.weekday)).toEqual([1, 2, 3, 4, 5]);
    expect(cells[0]).toMatchObject({ requested: true, homeWithRequest: 3, homeWithout: 2, maxHome: 2, state: 'overCap', firstBreakingDate: '2026-12-07' });
    expect(cells[1]).toMatchObject({ requested: false, homeWithRequest: 1, homeWithout: 1, state: 'free', firstBreakingDate: null });
    // Thursday reaches the cap exactly: allowed, shown as full.
    expect(cells[3]).toMatchObject({ requested: true, homeWithRequest: 2, homeWithout: 1, state: 'full' });
    expect(blockingWeekdays(cells)).toEqual([1]);
  });

  it('marks a requested day with room as ok and the on-site minimum as its own reason', () => {
    const small = (weekday: number, affected: boolean, homeCount: number): WeekdayCapInput => ({
      weekday,
      affected,
      homeCount,
      total: 2,
      sharePercent: homeCount * 50,
      capPercent: 100,
      maxHome: 2,
      onSiteCount: 2 - homeCount,
      minOnSite: 1,
      breaksCap: false,
      breaksMinOnSite: 2 - homeCount < 1,
      breakingDates: 2 - homeCount < 1 ? ['2026-12-01'] : [],
    });
    const cells = weekGrid([small(1, true, 1), small(2, true, 2)]);
    expect(cells[0].state).toBe('ok');
    expect(cells[1]).toMatchObject({ state: 'underMinOnSite', onSite: 0, minOnSite: 1, firstBreakingDate: '2026-12-01' });
    expect(blockingWeekdays(cells)).toEqual([2]);
  });

  it('shows a weekday over the cap that the request does not ask for without blocking on it', () => {
    const cells = weekGrid([day(3, 3, false)]);
    expect(cells[2]).toMatchObject({ requested: false, state: 'overCap', homeWithout: 3 });
    expect(blockingWeekdays(cells)).toEqual([]);
  });

  it('fills weekdays the API left out with an empty, free cell', () => {
    const cells = weekGrid([]);
    expect(cells).toHaveLength(5);
    expect(cells.every((c) => c.state === 'free' && c.homeWithRequest === 0)).toBe(true);
  });
});
