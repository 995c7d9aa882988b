import { LocalDate } from '../shared/local-date';

/**
 * PRODUCT.md 4.4 "Both regimes — Flow": the official self-assesses, the head scores (changing the
 * proposed grade only with a written reason), the head (or the level above, for leaders) approves
 * and publishes; a published evaluation is locked and reopening it needs a reason. The API's
 * GraphQL enum, its SQL filters, the completion board and the dashboard all read these lists.
 */
export const EVALUATION_STATUSES = ['AWAITING_SELF_ASSESSMENT', 'RETURNED', 'AWAITING_HEAD', 'SCORED', 'APPROVED', 'PUBLISHED', 'REOPENED'] as const;
export type EvaluationStatusName = (typeof EVALUATION_STATUSES)[number];

export const EVALUATION_ACTIONS = ['SUBMIT_SELF_ASSESSMENT', 'SCORE', 'RETURN_FOR_CHANGES', 'APPROVE', 'PUBLISH', 'REOPEN'] as const;
export type EvaluationAction = (typeof EVALUATION_ACTIONS)[number];

/**
 * The transition table. SCORE is allowed before a self-assessment arrives only once the
 * self-assessment window has closed (checked with the windows below): an official who never
 * writes one is still evaluated. A reopened evaluation is scored again, then approved and
 * published as a new revision.
 */
const TRANSITIONS: Record<EvaluationAction, Partial<Record<EvaluationStatusName, EvaluationStatusName>>> = {
  SUBMIT_SELF_ASSESSMENT: { AWAITING_SELF_ASSESSMENT: 'AWAITING_HEAD', RETURNED: 'AWAITING_HEAD', AWAITING_HEAD: 'AWAITING_HEAD' },
  SCORE: { AWAITING_SELF_ASSESSMENT: 'SCORED', AWAITING_HEAD: 'SCORED', SCORED: 'SCORED', REOPENED: 'SCORED' },
  RETURN_FOR_CHANGES: { AWAITING_HEAD: 'RETURNED', SCORED: 'RETURNED' },
  APPROVE: { SCORED: 'APPROVED' },
  PUBLISH: { APPROVED: 'PUBLISHED' },
  REOPEN: { PUBLISHED: 'REOPENED' },
};

/** The status after `action`, or null when the action is not allowed from `status`. */
export function nextEvaluationStatus(status: EvaluationStatusName, action: EvaluationAction): EvaluationStatusName | null {
  return TRANSITIONS[action][status] ?? null;
}

/** Statuses in which the official may still write or change the self-assessment. */
export const SELF_ASSESSMENT_OPEN_STATUSES: readonly EvaluationStatusName[] = ['AWAITING_SELF_ASSESSMENT', 'RETURNED', 'AWAITING_HEAD'];

/** The period's phase windows (each the last day included, Asia/Ho_Chi_Minh). */
export interface EvaluationWindows {
  selfAssessmentUntil: LocalDate;
  headScoringUntil: LocalDate;
  publishUntil: LocalDate;
}

export type EvaluationWindowName = 'SELF_ASSESSMENT' | 'HEAD_SCORING' | 'PUBLISH';

/** Which window an action must fall in. REOPEN is outside the windows: it is the remedy after them. */
export const ACTION_WINDOW: Record<EvaluationAction, EvaluationWindowName | null> = {
  SUBMIT_SELF_ASSESSMENT: 'SELF_ASSESSMENT',
  SCORE: 'HEAD_SCORING',
  RETURN_FOR_CHANGES: 'HEAD_SCORING',
  APPROVE: 'PUBLISH',
  PUBLISH: 'PUBLISH',
  REOPEN: null,
};

/** Windows follow each other: self-assessment ≤ head scoring ≤ publish. Returns the problem or null. */
export function windowsProblem(windows: EvaluationWindows, periodEndsOn: LocalDate): string | null {
  if (windows.selfAssessmentUntil < periodEndsOn) return 'selfAssessmentUntil must be on or after the last day of the period';
  if (windows.headScoringUntil < windows.selfAssessmentUntil) return 'headScoringUntil must be on or after selfAssessmentUntil';
  if (windows.publishUntil < windows.headScoringUntil) return 'publishUntil must be on or after headScoringUntil';
  return null;
}

/**
 * Whether `action` may be taken on `today`. Every window opens with the period (the head may score
 * early, e.g. for an official leaving) and closes at the end of its last day; a reopened evaluation
 * is scored and published again after the windows, since reopening is the remedy for late changes.
 */
export function windowAllows(action: EvaluationAction, windows: EvaluationWindows, today: LocalDate, options: { reopened?: boolean } = {}): boolean {
  const window = ACTION_WINDOW[action];
  if (window === null) return true;
  // A reopened evaluation (scoring, approving and publishing its new revision) is exempt:
  // reopening is the remedy after the windows closed.
  if (options.reopened) return true;
  const until = window === 'SELF_ASSESSMENT' ? windows.selfAssessmentUntil : window === 'HEAD_SCORING' ? windows.headScoringUntil : windows.publishUntil;
  return today <= until;
}

/** The head may score without a self-assessment only after the self-assessment window closed. */
export function mayScoreWithoutSelfAssessment(windows: EvaluationWindows, today: LocalDate): boolean {
  return today > windows.selfAssessmentUntil;
}

/**
 * Who evaluates whom (PRODUCT.md 4.4, "Level above"): a non-leader is evaluated by the head of their
 * unit; a head or deputy by the head of the parent unit, or by HR where there is none. Nobody
 * evaluates themselves: when the resolved evaluator is the evaluatee, it is the level above again.
 */
export interface EvaluatorChain {
  /** The head of the official's unit (null when the unit has none). */
  unitHeadId: string | null;
  /** The head of the parent unit (null when the unit has no parent or the parent no head). */
  parentUnitHeadId: string | null;
}

export type EvaluatorLevel = 'UNIT_HEAD' | 'LEVEL_ABOVE' | 'HR';

export function evaluatorFor(official: { id: string; isLeader: boolean }, chain: EvaluatorChain): { level: EvaluatorLevel; evaluatorId: string | null } {
  const unitHead = official.isLeader || chain.unitHeadId === official.id ? null : chain.unitHeadId;
  if (unitHead) return { level: 'UNIT_HEAD', evaluatorId: unitHead };
  if (chain.parentUnitHeadId && chain.parentUnitHeadId !== official.id) return { level: 'LEVEL_ABOVE', evaluatorId: chain.parentUnitHeadId };
  return { level: 'HR', evaluatorId: null };
}

/**
 * Which assignments an evaluation period counts (PRODUCT.md 4.4 "from the period's assignments"):
 * those whose deadline in force falls inside the period, except cancelled ones. Work still open at
 * cut-off counts with what was delivered by then (nothing accepted gives 0% quantity). The work
 * module's SQL filters by exactly these two conditions.
 */
export const PERIOD_ASSIGNMENT_RULE = { by: 'deadline', excludedStatuses: ['CANCELLED'] } as const;

export function countsInPeriod(assignment: { status: string; deadlineDate: LocalDate }, period: { startsOn: LocalDate; endsOn: LocalDate }): boolean {
  return (
    !(PERIOD_ASSIGNMENT_RULE.excludedStatuses as readonly string[]).includes(assignment.status) &&
    assignment.deadlineDate >= period.startsOn &&
    assignment.deadlineDate <= period.endsOn
  );
}
