import { convertedUnits, DeductionEvent, getRuleSet, isOpenAssignment, isOverdue, scoreAssignment, WorkingCalendar } from '@ketqua/domain';
import { DeliverableEntity } from '../deliverable/deliverable.entity';
import { AssignmentDeadlineEntity } from './assignment-deadline.entity';
import { AssignmentStatus } from './assignment-status';
import { Assignment, AssignmentDeadline, AssignmentScores } from './models/assignment.model';

export interface AssignmentHistory {
  deadlines: AssignmentDeadlineEntity[];
  deliverables: DeliverableEntity[];
}

export interface DerivedAssignment {
  effectiveDeadline: Date;
  isOverdue: boolean;
  workingDaysLeft: number | null;
  deadlines: AssignmentDeadline[];
  scores: AssignmentScores | null;
}

/**
 * Everything about an assignment that is derived, never stored: the numbers come from libs/domain
 * (WorkingCalendar for deadlines and lateness, scoreAssignment with the recorded rule set).
 *
 * - A deadline that falls on a day off moves to the next working day (calendar.effectiveDeadline).
 * - Overdue: libs/domain's isOverdue (the same rule the list filter `overdue` builds its SQL from,
 *   see core's work-facts/assignment-sql.ts).
 * - A deadline is missed when the first submission came after it (or none came before it was
 *   extended, or before now). Each missed deadline costs progress points unless waived.
 */
export function deriveAssignment(a: Assignment, history: AssignmentHistory, calendar: WorkingCalendar, now: Date): DerivedAssignment {
  const deadlines = deadlineHistoryOf(a, history, calendar, now);
  return {
    effectiveDeadline: effectiveDeadlineOf(a, calendar),
    isOverdue: isOverdueNow(a, calendar, now),
    workingDaysLeft: workingDaysLeftOf(a, calendar, now),
    deadlines,
    scores: assignmentScoresOf(a, history, deadlines),
  };
}

// The parts of deriveAssignment, each computed by the GraphQL field that shows it and only when a
// client selects that field (a list row asks for the deadline fields, never for scores): the first
// three need the calendar only, the last two the assignment's deadline and deliverable history.

export function effectiveDeadlineOf(a: Pick<Assignment, 'deadline'>, calendar: WorkingCalendar): Date {
  return calendar.effectiveDeadline(a.deadline);
}

export function isOverdueNow(a: Pick<Assignment, 'deadline' | 'status'>, calendar: WorkingCalendar, now: Date): boolean {
  return isOverdue(a.status, effectiveDeadlineOf(a, calendar), now);
}

export function workingDaysLeftOf(a: Pick<Assignment, 'deadline' | 'status'>, calendar: WorkingCalendar, now: Date): number | null {
  return isOpenAssignment(a.status) ? calendar.workingDaysBetween(now, effectiveDeadlineOf(a, calendar)) : null;
}

export function deadlineHistoryOf(a: Assignment, history: AssignmentHistory, calendar: WorkingCalendar, now: Date): AssignmentDeadline[] {
  return deadlineOutcomes(history.deadlines, history.deliverables, a.acceptedAt ?? a.cancelledAt ?? now, calendar).map(({ entry, effectiveDeadline, missed }) =>
    AssignmentDeadline.from(entry, effectiveDeadline, missed),
  );
}

export function assignmentScoresOf(a: Assignment, history: AssignmentHistory, deadlines: AssignmentDeadline[]): AssignmentScores | null {
  return a.status === AssignmentStatus.CANCELLED ? null : scoresOf(a, history.deliverables, deadlines);
}

/**
 * The percentages the assignment would get if the head accepted it now with `acceptedQuantity`:
 * the same calculation as `scores` once it is accepted (shown to the head before confirming).
 * Missed deadlines are already settled while a version waits for review (it was submitted).
 */
export function scoresOnAcceptance(a: Assignment, history: AssignmentHistory, deadlines: AssignmentDeadline[], acceptedQuantity: number): AssignmentScores {
  return scoresOf({ ...a, status: AssignmentStatus.ACCEPTED, acceptedQuantity }, history.deliverables, deadlines);
}

/** What deadlineOutcomes reads of a deadline row (an AssignmentDeadlineEntity or a raw row). */
export interface DeadlineRow {
  deadline: Date;
  setAt: Date;
}

/**
 * Each deadline the assignment has had, in the order they were set, with its effective deadline
 * (moved off a day off) and whether it was missed: the first submission came after it, or none came
 * before it was extended, or before the assignment was closed (accepted, cancelled) or now
 * (`closedAt`). `missed` is WorkingCalendar.lateness's `late` (reference later than the effective
 * deadline), without the working-days count and explanation that nothing here shows.
 * deriveAssignment (the assignment pages) and the evaluation facts (WorkFactsService) both use it.
 */
export function deadlineOutcomes<T extends DeadlineRow>(
  deadlines: readonly T[],
  deliverables: readonly { submittedAt: Date }[],
  closedAt: Date,
  calendar: WorkingCalendar,
): Array<{ entry: T; effectiveDeadline: Date; missed: boolean }> {
  const sorted = [...deadlines].sort((x, y) => x.setAt.getTime() - y.setAt.getTime());
  const firstSubmission = deliverables.reduce<Date | null>((min, d) => (!min || d.submittedAt < min ? d.submittedAt : min), null);
  return sorted.map((entry, i) => {
    const supersededAt = sorted[i + 1]?.setAt ?? null;
    const candidates = [firstSubmission, supersededAt ?? (firstSubmission ? null : closedAt)].filter((d): d is Date => d !== null);
    const reference = candidates.length ? Math.min(...candidates.map((d) => d.getTime())) : closedAt.getTime();
    const effectiveDeadline = calendar.effectiveDeadline(entry.deadline);
    return { entry, effectiveDeadline, missed: reference > effectiveDeadline.getTime() };
  });
}

/** What deductionEventsOf reads of a deliverable (a DeliverableEntity or a raw row). */
export type DeliverableDecisionRow = Pick<DeliverableEntity, 'versionNo' | 'decision' | 'majorError' | 'waiverCause' | 'waiverConfirmedBy'>;

/** The deduction events of an assignment (returns for a major content error, missed deadlines), with their waivers. */
export function deductionEventsOf(
  deliverables: readonly DeliverableDecisionRow[],
  deadlines: ReadonlyArray<Pick<AssignmentDeadline, 'deadline' | 'missed' | 'objectiveCause'>>,
): { majorErrorReturns: DeductionEvent[]; missedDeadlines: DeductionEvent[] } {
  const waiver = (x: { objectiveCause: { cause: string; confirmedBy: string } | null }) => x.objectiveCause;
  const majorErrorReturns: DeductionEvent[] = [...deliverables]
    .filter((d) => d.decision === 'RETURNED' && d.majorError)
    .sort((x, y) => x.versionNo - y.versionNo)
    .map((d) => ({
      reference: `v${d.versionNo}`,
      waiver: d.waiverCause && d.waiverConfirmedBy ? { cause: d.waiverCause, confirmedBy: d.waiverConfirmedBy } : null,
    }));
  const missedDeadlines: DeductionEvent[] = deadlines.filter((d) => d.missed).map((d) => ({ reference: d.deadline.toISOString(), waiver: waiver(d) }));
  return { majorErrorReturns, missedDeadlines };
}

/** Converted units delivered: what the head accepted, 0 until then. */
export function deliveredUnitsOf(a: Pick<Assignment, 'status' | 'coefficient' | 'quantity' | 'acceptedQuantity'>): number {
  return a.status === AssignmentStatus.ACCEPTED ? convertedUnits(a.coefficient, a.acceptedQuantity ?? a.quantity) : 0;
}

function scoresOf(a: Assignment, deliverables: DeliverableEntity[], deadlines: AssignmentDeadline[]): AssignmentScores {
  const ruleSet = getRuleSet(a.ruleSetVersion);
  const { majorErrorReturns, missedDeadlines } = deductionEventsOf(deliverables, deadlines);
  const score = scoreAssignment({ assignmentId: a.id, expectedUnits: a.weight, deliveredUnits: deliveredUnitsOf(a), majorErrorReturns, missedDeadlines }, ruleSet);
  return {
    quantity: score.quantity,
    quality: score.quality,
    progress: score.progress,
    convertedUnits: score.convertedUnits,
    ruleSetVersion: ruleSet.version,
    qualityDeductions: score.explanations.quality.deductions ?? [],
    progressDeductions: score.explanations.progress.deductions ?? [],
  };
}
