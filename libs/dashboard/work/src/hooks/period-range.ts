import type { Dayjs } from 'dayjs';

export type PeriodKind = 'month' | 'quarter';

/** A month or quarter (evaluation periods are months or quarters) as the first and last day it covers. */
export function periodRange(kind: PeriodKind, at: Dayjs): [Dayjs, Dayjs] {
  const start = kind === 'month' ? at.startOf('month') : at.month(Math.floor(at.month() / 3) * 3).startOf('month');
  return [start, start.add(kind === 'month' ? 1 : 3, 'month').subtract(1, 'day')];
}
