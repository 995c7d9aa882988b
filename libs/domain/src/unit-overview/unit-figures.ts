import { check } from '../shared/errors';
import { assertFinite, assertInteger, roundTo, sum } from '../shared/numbers';
import { addDays, assertLocalDate, isoWeekday, LocalDate } from '../shared/local-date';

/**
 * The figures of the unit head's overview (Tổng quan đơn vị, PRODUCT.md journey 2), from counts the
 * read model aggregates in SQL. One place decides what each rate divides by, so the API, the charts
 * and the tests never disagree.
 */

/** Counts of the assignments a window counts (deadline in force inside it, not cancelled: PERIOD_ASSIGNMENT_RULE). */
export interface WorkCounts {
  /** Assignments counted. */
  assigned: number;
  /** Of them, accepted by the head. */
  accepted: number;
  /** Of the accepted, those whose accepted version was submitted by the deadline in force then. */
  acceptedOnTime: number;
  /** Converted units expected of the counted assignments (hệ số quy đổi × quantity). */
  unitsAssigned: number;
  /** Converted units accepted. */
  unitsDelivered: number;
}

export interface WorkFigures extends WorkCounts {
  /** accepted ÷ assigned × 100, one decimal; null when nothing was assigned. */
  completionRate: number | null;
  /** acceptedOnTime ÷ accepted × 100, one decimal; null when nothing was accepted. */
  onTimeRate: number | null;
}

/** A share in percent with one decimal, or null when there is nothing to divide by. */
export function percentOf(part: number, whole: number): number | null {
  assertFinite(part, 'part', 0);
  assertFinite(whole, 'whole', 0);
  check(part <= whole, 'part', 'must not exceed the whole');
  return whole === 0 ? null : roundTo((part / whole) * 100, 1);
}

export function workFigures(counts: WorkCounts): WorkFigures {
  for (const key of ['assigned', 'accepted', 'acceptedOnTime'] as const) assertInteger(counts[key], key);
  assertFinite(counts.unitsAssigned, 'unitsAssigned', 0);
  assertFinite(counts.unitsDelivered, 'unitsDelivered', 0);
  return {
    ...counts,
    unitsAssigned: roundTo(counts.unitsAssigned),
    unitsDelivered: roundTo(counts.unitsDelivered),
    completionRate: percentOf(counts.accepted, counts.assigned),
    onTimeRate: percentOf(counts.acceptedOnTime, counts.accepted),
  };
}

/** Closed spot checks of an official or a unit in a window. */
export interface SpotCheckCounts {
  onTime: number;
  late: number;
  missed: number;
  excused: number;
}

/**
 * Spot-check compliance (PRODUCT.md 4.6): checks answered inside the window ÷ checks that were owed
 * an answer; an EXCUSED check (a reason the head accepted) is owed nothing and counts on neither side.
 * null when no check was owed.
 */
export function spotCheckCompliance(counts: SpotCheckCounts): number | null {
  for (const key of ['onTime', 'late', 'missed', 'excused'] as const) assertInteger(counts[key], key);
  return percentOf(counts.onTime, counts.onTime + counts.late + counts.missed);
}

/** The mean of the values (e.g. the quality percentages of the accepted assignments), one decimal; null for none. */
export function meanPercent(values: readonly number[]): number | null {
  values.forEach((value, i) => assertFinite(value, `values[${i}]`, 0, 100));
  return values.length === 0 ? null : roundTo(sum(values) / values.length, 1);
}

/** A stretch of days the overview reports on. */
export interface OverviewWindow {
  from: LocalDate;
  to: LocalDate;
}

/** The ISO week (Monday–Sunday) and the calendar month containing `today`. */
export function weekAndMonthOf(today: LocalDate): { week: OverviewWindow; month: OverviewWindow } {
  assertLocalDate(today, 'today');
  const monday = addDays(today, 1 - isoWeekday(today));
  const monthStart = `${today.slice(0, 8)}01`;
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const nextMonth = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { week: { from: monday, to: addDays(monday, 6) }, month: { from: monthStart, to: addDays(nextMonth, -1) } };
}

/** The last `count` calendar months up to and including today's, oldest first, each with its label "MM/yyyy". */
export function lastMonths(today: LocalDate, count: number): Array<OverviewWindow & { label: string }> {
  assertInteger(count, 'count', 1, 120);
  const months: Array<OverviewWindow & { label: string }> = [];
  let { month } = weekAndMonthOf(today);
  for (let i = 0; i < count; i += 1) {
    months.unshift({ ...month, label: `${month.from.slice(5, 7)}/${month.from.slice(0, 4)}` });
    month = weekAndMonthOf(addDays(month.from, -1)).month;
  }
  return months;
}
