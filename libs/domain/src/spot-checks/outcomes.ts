import { RuleSet } from '../rule-sets/rule-set.types';
import { check } from '../shared/errors';
import { explain, Explanation } from '../shared/explanation';
import { toEpochMs } from '../shared/local-date';

export type SpotCheckOutcome = 'ON_TIME' | 'LATE' | 'MISSED' | 'EXCUSED';

export interface SpotCheckResponseInput {
  promptAt: Date | number;
  answerBy: Date | number;
  /** When the official answered, if they did. */
  respondedAt?: Date | number | null;
  /** When the check closes for good (e.g. the end of the day's core hours): no answer by then is MISSED. */
  closesAt: Date | number;
  /** The head's recorded reason when the check is excused. */
  excuse?: string | null;
}

export interface SpotCheckClassification {
  outcome: SpotCheckOutcome;
  explanation: Explanation;
}

const iso = (instant: Date | number): string => new Date(toEpochMs(instant)).toISOString();

function outcomeOf(input: SpotCheckResponseInput): SpotCheckOutcome {
  if (input.excuse && input.excuse.trim().length > 0) return 'EXCUSED';
  if (input.respondedAt === null || input.respondedAt === undefined || toEpochMs(input.respondedAt) > toEpochMs(input.closesAt)) return 'MISSED';
  return toEpochMs(input.respondedAt) <= toEpochMs(input.answerBy) ? 'ON_TIME' : 'LATE';
}

/**
 * PRODUCT 4.6: ON_TIME within the answer window; LATE after it but before the check closes;
 * MISSED when no answer came by then; EXCUSED when the head records a reason (which wins).
 */
export function classifySpotCheckResponse(input: SpotCheckResponseInput, ruleSet: RuleSet): SpotCheckClassification {
  check(toEpochMs(input.answerBy) >= toEpochMs(input.promptAt), 'answerBy', 'must not be before promptAt');
  check(toEpochMs(input.closesAt) >= toEpochMs(input.answerBy), 'closesAt', 'must not be before answerBy');
  const outcome = outcomeOf(input);
  return {
    outcome,
    explanation: explain({
      rule: 'spotChecks.outcome',
      source: 'Pilot principle (PRODUCT 4.6): answer within the window; LATE after it, MISSED without an answer, EXCUSED with the head’s reason',
      ruleSetVersion: ruleSet.version,
      inputs: {
        promptAt: iso(input.promptAt),
        answerBy: iso(input.answerBy),
        closesAt: iso(input.closesAt),
        respondedAt: input.respondedAt === null || input.respondedAt === undefined ? null : iso(input.respondedAt),
        excuse: input.excuse ?? null,
      },
      result: outcome,
    }),
  };
}

export interface MissedChecksReview {
  month: string;
  missed: number;
  threshold: number;
  flagForReview: boolean;
  explanation: Explanation;
}

/**
 * PRODUCT 4.6: three MISSED checks in a month flag the enrollment for the head's review (suspend or
 * keep). `month` is YYYY-MM; outcomes carry the local date of their check.
 */
export function reviewMissedChecks(outcomes: ReadonlyArray<{ date: string; outcome: SpotCheckOutcome }>, month: string, ruleSet: RuleSet): MissedChecksReview {
  check(/^\d{4}-(0[1-9]|1[0-2])$/.test(month), 'month', 'must be written YYYY-MM');
  const missed = outcomes.filter((entry) => entry.date.startsWith(`${month}-`) && entry.outcome === 'MISSED').length;
  const threshold = ruleSet.spotChecks.missedPerMonthForReview;
  return {
    month,
    missed,
    threshold,
    flagForReview: missed >= threshold,
    explanation: explain({
      rule: 'spotChecks.missedReview',
      source: 'Pilot principle (PRODUCT 4.6): three MISSED checks in a month flag the enrollment for review',
      ruleSetVersion: ruleSet.version,
      inputs: { month, checks: outcomes.filter((entry) => entry.date.startsWith(`${month}-`)).length },
      steps: [{ label: 'missed in month', value: missed, formula: `≥ ${threshold} flags` }],
      result: missed >= threshold,
    }),
  };
}
