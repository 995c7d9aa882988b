import { check } from '../shared/errors';
import { assertFinite, assertInteger, roundTo } from '../shared/numbers';

/*
 * The small rules of the pilot evaluation report (PRODUCT 4.7) that are not the DiD itself: how a
 * rate, a mean, a share and the workload are finished from the sums PostgreSQL returns, and which
 * month ranges a report may compare.
 */

/**
 * Spot-check compliance counts a closed check as kept when it was answered on time or excused
 * (an objective reason accepted by the head); late and missed answers are not kept.
 */
export const SPOT_CHECK_COMPLIANT_OUTCOMES: readonly string[] = Object.freeze(['ON_TIME', 'EXCUSED']);

/** The longest range a report compares (each of the period and the baseline), in months. */
export const REPORT_MAX_MONTHS = 24;

/** successes ÷ total × 100, two decimals; null when there is nothing to count. */
export function ratePercent(successes: number, total: number): number | null {
  assertInteger(total, 'total');
  assertInteger(successes, 'successes', 0, total);
  return total === 0 ? null : roundTo((successes / total) * 100);
}

/** total ÷ n, `decimals` places; null when n is 0. */
export function meanOf(total: number, n: number, decimals = 2): number | null {
  assertFinite(total, 'total');
  assertInteger(n, 'n');
  return n === 0 ? null : roundTo(total / n, decimals);
}

/** Workload per official: converted units ÷ official-months (one official for one month = 1), two decimals. */
export function workloadPerOfficialMonth(convertedUnits: number, officialMonths: number): number | null {
  return meanOf(convertedUnits, officialMonths);
}

/** Each count as a percent of their total, two decimals (all 0 when the total is 0). */
export function sharesPercent(counts: readonly number[]): number[] {
  counts.forEach((count, i) => assertInteger(count, `counts[${i}]`));
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((count) => (total === 0 ? 0 : roundTo((count / total) * 100)));
}

export interface MonthRange {
  /** YYYY-MM */
  from: string;
  to: string;
}

export interface ResolvedMonthRange extends MonthRange {
  /** First and last day, YYYY-MM-DD. */
  startsOn: string;
  endsOn: string;
  months: number;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function monthIndex(month: string, field: string): number {
  const match = MONTH.exec(month);
  check(match !== null, field, 'must be a month, YYYY-MM');
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

function monthOfIndex(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function lastDayOf(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${monthOfIndex(index)}-${String(days).padStart(2, '0')}`;
}

/** The months of a range, in order: ['2026-01', '2026-02', …]. */
export function monthsOf(range: MonthRange): string[] {
  const from = monthIndex(range.from, 'from');
  const to = monthIndex(range.to, 'to');
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => monthOfIndex(from + i));
}

function resolve(range: MonthRange, field: string): ResolvedMonthRange {
  const from = monthIndex(range.from, `${field}.from`);
  const to = monthIndex(range.to, `${field}.to`);
  check(from <= to, `${field}.to`, 'must not be before from');
  check(to - from + 1 <= REPORT_MAX_MONTHS, field, `must span at most ${REPORT_MAX_MONTHS} months`);
  return { from: range.from, to: range.to, startsOn: `${range.from}-01`, endsOn: lastDayOf(to), months: to - from + 1 };
}

export interface ReportRanges {
  period: ResolvedMonthRange;
  baseline: ResolvedMonthRange;
  /** The months of the pre-trend: from the baseline's first month to the last whole month before the pilot. */
  preTrendMonths: string[];
}

/**
 * The ranges of a pilot report: each ordered and at most REPORT_MAX_MONTHS long; the baseline
 * ends before the pilot starts (its last day is before the pilot's first day) and so before the
 * period. Refusals name the field (baseline.to, period.from, …).
 */
export function validateReportRanges(input: { period: MonthRange; baseline: MonthRange; pilotStartDate: string }): ReportRanges {
  const period = resolve(input.period, 'period');
  const baseline = resolve(input.baseline, 'baseline');
  check(baseline.endsOn < input.pilotStartDate, 'baseline.to', `must end before the pilot starts (${input.pilotStartDate})`);
  check(baseline.endsOn < period.startsOn, 'baseline.to', 'must end before the period starts');
  const pilotMonth = monthIndex(input.pilotStartDate.slice(0, 7), 'pilotStartDate');
  // A month is before the pilot when it ends before the start day: every month before the pilot's first.
  const preTrendMonths = monthsOf({ from: baseline.from, to: monthOfIndex(pilotMonth - 1) });
  return { period, baseline, preTrendMonths };
}
