import { fail } from '../shared/errors';
import { addDays, LocalDate } from '../shared/local-date';
import type { EvaluationStatusName, EvaluationWindowName, EvaluationWindows } from './evaluation-flow';

/**
 * Evaluation periods (PRODUCT.md 4.4, docs/RULES.md "Evaluation periods"): a month or a quarter as
 * the pilot chooses, and the year. Their dates, who is in scope, the completion board's buckets, the
 * reminders and the "window closing" notices are all decided here; the API's SQL reads these lists.
 */
export const PERIOD_KINDS = ['MONTH', 'QUARTER', 'YEAR'] as const;
export type PeriodKindName = (typeof PERIOD_KINDS)[number];

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of a month (1–12) of a year. */
function lastDayOfMonth(year: number, month: number): LocalDate {
  // The 1st of the next month minus one day, in calendar arithmetic (no time zone involved).
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
  return addDays(next, -1);
}

/**
 * The first and last day of a period: MONTH 1–12, QUARTER 1–4, YEAR without a number. Years outside
 * 2000–2100 are refused (a typing error, not a period anyone evaluates).
 */
export function periodDates(kind: PeriodKindName, year: number, number: number | null): { startsOn: LocalDate; endsOn: LocalDate } {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) fail('year', 'must be a year between 2000 and 2100');
  if (kind === 'YEAR') {
    if (number !== null) fail('number', 'must be empty for a year');
    return { startsOn: `${year}-01-01`, endsOn: `${year}-12-31` };
  }
  const max = kind === 'MONTH' ? 12 : 4;
  if (number === null || !Number.isInteger(number) || number < 1 || number > max) fail('number', `must be 1–${max} for a ${kind === 'MONTH' ? 'month' : 'quarter'}`);
  const firstMonth = kind === 'MONTH' ? number : (number - 1) * 3 + 1;
  const lastMonth = kind === 'MONTH' ? number : firstMonth + 2;
  return { startsOn: `${year}-${pad(firstMonth)}-01`, endsOn: lastDayOfMonth(year, lastMonth) };
}

/** The period's default name in Vietnamese: "Tháng 3/2026", "Quý 1/2026", "Năm 2026". */
export function periodName(kind: PeriodKindName, year: number, number: number | null): string {
  if (kind === 'YEAR') return `Năm ${year}`;
  return `${kind === 'MONTH' ? 'Tháng' : 'Quý'} ${number}/${year}`;
}

/**
 * Staff categories and the evaluation regime they are evaluated under: công chức by Decree
 * 335/2025 (results-based), viên chức by Decree 90/2020 as amended by 48/2023. Cán bộ (elected
 * posts) and người lao động (labour contracts) fall under neither decree: a period does not create
 * evaluations for them.
 */
export function regimeOfStaffCategory(category: string): 'CONG_CHUC' | 'VIEN_CHUC' | null {
  if (category === 'CONG_CHUC' || category === 'VIEN_CHUC') return category;
  return null;
}

/** The staff categories a period evaluates (the SQL filter of the opening job). */
export const EVALUATED_STAFF_CATEGORIES = ['CONG_CHUC', 'VIEN_CHUC'] as const;

/** The group of similar tasks an evaluation is counted in when none is set: the position, or this. */
export const NO_POSITION_TASK_GROUP = 'NO_POSITION';

/**
 * The completion board's buckets (PRODUCT.md 4.4 "completion board"): which statuses count as
 * still missing each step. An evaluation returned for changes has no (valid) self-assessment; a
 * reopened one has no head score for its new revision.
 */
export const COMPLETION_BUCKETS = {
  noSelfAssessment: ['AWAITING_SELF_ASSESSMENT', 'RETURNED'],
  noHeadScore: ['AWAITING_SELF_ASSESSMENT', 'RETURNED', 'AWAITING_HEAD', 'REOPENED'],
  notApproved: ['AWAITING_SELF_ASSESSMENT', 'RETURNED', 'AWAITING_HEAD', 'SCORED', 'REOPENED'],
  notPublished: ['AWAITING_SELF_ASSESSMENT', 'RETURNED', 'AWAITING_HEAD', 'SCORED', 'APPROVED', 'REOPENED'],
} as const satisfies Record<string, readonly EvaluationStatusName[]>;
export type CompletionBucket = keyof typeof COMPLETION_BUCKETS;

/** Who a reminder of each stage goes to, and for which evaluations. */
export const REMINDER_STAGES = ['SELF_ASSESSMENT', 'HEAD_SCORING', 'APPROVAL', 'PUBLICATION'] as const;
export type ReminderStage = (typeof REMINDER_STAGES)[number];

export const REMINDER_TARGETS: Record<ReminderStage, { recipient: 'OFFICIAL' | 'EVALUATOR'; statuses: readonly EvaluationStatusName[] }> = {
  // The official writes the self-assessment.
  SELF_ASSESSMENT: { recipient: 'OFFICIAL', statuses: COMPLETION_BUCKETS.noSelfAssessment },
  // The evaluator scores what is waiting (also without a self-assessment once its window closed).
  HEAD_SCORING: { recipient: 'EVALUATOR', statuses: COMPLETION_BUCKETS.noHeadScore },
  APPROVAL: { recipient: 'EVALUATOR', statuses: ['SCORED'] },
  PUBLICATION: { recipient: 'EVALUATOR', statuses: ['APPROVED'] },
};

/** The stage whose people a closing window concerns. */
export const WINDOW_STAGE: Record<EvaluationWindowName, ReminderStage> = {
  SELF_ASSESSMENT: 'SELF_ASSESSMENT',
  HEAD_SCORING: 'HEAD_SCORING',
  PUBLISH: 'PUBLICATION',
};

/** "Window closing in 3 working days" (PRODUCT.md 4.4 notifications). */
export const WINDOW_CLOSING_NOTICE_WORKING_DAYS = 3;

/**
 * The windows whose last day is at most WINDOW_CLOSING_NOTICE_WORKING_DAYS working days away
 * (today and the last day included) and not past: the daily job tells the people who still have to
 * act. Counted with the working calendar, so a window ending after Tết is not announced a week early.
 */
export function windowsClosingSoon(
  windows: EvaluationWindows,
  today: LocalDate,
  countWorkingDays: (from: LocalDate, to: LocalDate) => number,
): { window: EvaluationWindowName; until: LocalDate; workingDaysLeft: number }[] {
  const all: [EvaluationWindowName, LocalDate][] = [
    ['SELF_ASSESSMENT', windows.selfAssessmentUntil],
    ['HEAD_SCORING', windows.headScoringUntil],
    ['PUBLISH', windows.publishUntil],
  ];
  const out: { window: EvaluationWindowName; until: LocalDate; workingDaysLeft: number }[] = [];
  for (const [window, until] of all) {
    if (until < today) continue;
    const left = countWorkingDays(today, until);
    if (left <= WINDOW_CLOSING_NOTICE_WORKING_DAYS) out.push({ window, until, workingDaysLeft: left });
  }
  return out;
}

/** Windows may only move later while the period is open (nobody loses time they were promised). */
export function windowsShortened(before: EvaluationWindows, after: EvaluationWindows): (keyof EvaluationWindows)[] {
  return (['selfAssessmentUntil', 'headScoringUntil', 'publishUntil'] as const).filter((k) => after[k] < before[k]);
}

/**
 * Absences that are time not worked (pro-rating, PRODUCT.md 4.4 "partial periods"): leave and sick
 * leave. A business trip (công tác) is work done elsewhere and counts as worked.
 */
export const NOT_WORKED_ABSENCE_KINDS: readonly string[] = ['LEAVE', 'SICK'];

/**
 * Scheduled working days of a period and those worked: the working days minus the working days
 * covered by a not-worked absence (overlapping absences count each day once).
 */
export function attendanceInPeriod(
  period: { startsOn: LocalDate; endsOn: LocalDate },
  absences: readonly { kind: string; startDate: LocalDate; endDate: LocalDate }[],
  isWorkingDay: (date: LocalDate) => boolean,
  scheduledWorkingDays: number,
): { scheduledWorkingDays: number; workedDays: number } {
  const away = new Set<LocalDate>();
  for (const a of absences) {
    if (!NOT_WORKED_ABSENCE_KINDS.includes(a.kind)) continue;
    const from = a.startDate < period.startsOn ? period.startsOn : a.startDate;
    const to = a.endDate > period.endsOn ? period.endsOn : a.endDate;
    for (let day = from; day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) away.add(day);
  }
  return { scheduledWorkingDays, workedDays: scheduledWorkingDays - away.size };
}

/**
 * The data cut-off (chốt số liệu) falls after the period's work is due and before the heads score:
 * its local date from the period's last day to the last day of head scoring. Returns the problem or null.
 */
export function cutOffProblem(cutOffDate: LocalDate, periodEndsOn: LocalDate, windows: EvaluationWindows): string | null {
  if (cutOffDate < periodEndsOn) return 'cutOffAt must be on or after the last day of the period';
  if (cutOffDate > windows.headScoringUntil) return 'cutOffAt must be on or before headScoringUntil';
  return null;
}
