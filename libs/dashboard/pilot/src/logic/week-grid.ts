/** One weekday of an enrollment's cap check, as the API returns it (libs/domain checkHomeWorkCaps). */
export interface WeekdayCapInput {
  weekday: number;
  affected: boolean;
  homeCount: number;
  total: number;
  sharePercent: number;
  capPercent: number;
  maxHome: number;
  onSiteCount: number;
  minOnSite: number;
  breaksCap: boolean;
  breaksMinOnSite: boolean;
  breakingDates: readonly string[];
}

export type WeekCellState = 'free' | 'ok' | 'full' | 'overCap' | 'underMinOnSite';

/** One column of the head's week grid: who would be at home that weekday with this request. */
export interface WeekGridCell {
  weekday: number;
  /** This request puts its official at home on this weekday. */
  requested: boolean;
  /** The unit at home on the busiest date of this weekday, this request included when it asks for it. */
  homeWithRequest: number;
  /** The same without this request (what the head approved so far). */
  homeWithout: number;
  maxHome: number;
  total: number;
  capPercent: number;
  sharePercent: number;
  onSite: number;
  minOnSite: number;
  state: WeekCellState;
  /** The first date that breaks, when one does. */
  firstBreakingDate: string | null;
}

export const WORK_WEEKDAYS = [1, 2, 3, 4, 5] as const;

/**
 * Monday to Friday in order, each with the counts the head needs to decide: the API's figures
 * include the request on the weekdays it asks for, so "without" takes it back out there. A weekday
 * the request does not touch can still be over the cap (approved before a rule changed): it shows,
 * but only a requested weekday that breaks is why the approval would be refused.
 */
export function weekGrid(days: readonly WeekdayCapInput[]): WeekGridCell[] {
  return WORK_WEEKDAYS.map((weekday) => {
    const day = days.find((d) => d.weekday === weekday);
    if (!day) {
      return {
        weekday,
        requested: false,
        homeWithRequest: 0,
        homeWithout: 0,
        maxHome: 0,
        total: 0,
        capPercent: 0,
        sharePercent: 0,
        onSite: 0,
        minOnSite: 0,
        state: 'free',
        firstBreakingDate: null,
      };
    }
    const homeWithout = day.affected ? Math.max(0, day.homeCount - 1) : day.homeCount;
    const state: WeekCellState = day.breaksCap ? 'overCap' : day.breaksMinOnSite ? 'underMinOnSite' : !day.affected ? 'free' : day.homeCount >= day.maxHome ? 'full' : 'ok';
    const firstBreakingDate = [...day.breakingDates].sort()[0] ?? null;
    return {
      weekday,
      requested: day.affected,
      homeWithRequest: day.homeCount,
      homeWithout,
      maxHome: day.maxHome,
      total: day.total,
      capPercent: day.capPercent,
      sharePercent: day.sharePercent,
      onSite: day.onSiteCount,
      minOnSite: day.minOnSite,
      state,
      firstBreakingDate,
    };
  });
}

/** The requested weekdays that would break a limit: approval of such a request is refused. */
export function blockingWeekdays(cells: readonly WeekGridCell[]): number[] {
  return cells.filter((c) => c.requested && (c.state === 'overCap' || c.state === 'underMinOnSite')).map((c) => c.weekday);
}
