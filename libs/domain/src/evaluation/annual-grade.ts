import { RuleSet } from '../rule-sets/rule-set.types';
import { check } from '../shared/errors';
import { explain, Explanation } from '../shared/explanation';
import { Grade } from '../shared/grade';
import { LocalDate } from '../shared/local-date';
import { assertFinite, sum } from '../shared/numbers';
import { displayScore, exactScore, gradeForScore } from './bands';
import { GradeOverrides, OverrideReason, overrideReasons } from './overrides';

export interface PeriodScoreOfYear {
  periodId: string;
  /** The period's score, or null when it was not classified. */
  score: number | null;
  /** Days actually worked in the period (PeriodScore.weightDays); omit to weight periods equally. */
  weightDays?: number | null;
  /** The period's exact score (PeriodScore.exactScore); the average uses it when given, else `score`. */
  exactScore?: number | null;
  /**
   * The findings the period carried (PeriodScore.overrideReasons): a discipline sanction or a
   * degradation conclusion recorded on any period of the year reaches the annual grade from here,
   * without the caller passing it again.
   */
  overrideReasons?: readonly OverrideReason[];
}

export interface AnnualGradeInput {
  /**
   * All of the year's periods, including those scored in a previous unit (they travel with the
   * official). `{ periodId, ...computePeriodScore(...) }` fits as is.
   */
  periods: readonly PeriodScoreOfYear[];
  isLeader?: boolean;
  /** Findings known only at the year's end; those recorded on a period come from the period. */
  overrides?: GradeOverrides;
}

export interface AnnualGrade {
  /** The average as shown (displayScore); the band is decided on exactAverageScore. */
  averageScore: number | null;
  exactAverageScore: number | null;
  grade: Grade;
  overrideReasons: OverrideReason[];
  explanation: Explanation;
}

const ORDER: readonly OverrideReason[] = ['DISCIPLINE_REPRIMAND_OR_ABOVE', 'ETHICAL_DEGRADATION', 'UNIT_CORRUPTION'];

/**
 * Decree 335/2025/NĐ-CP: the annual grade comes from the average of the year's monthly or
 * quarterly scores. Periods are weighted by days actually worked when known (leave is graded on
 * the time worked), so a half-worked month counts half; periods not classified are left out, and a
 * year with none is NOT_CLASSIFIED. A sanction or degradation in the year gives KHONG_HOAN_THANH,
 * whether it is passed here or was recorded on one of the periods (classified or not).
 */
export function computeAnnualGrade(input: AnnualGradeInput, ruleSet: RuleSet): AnnualGrade {
  const scored = input.periods.filter((period): period is PeriodScoreOfYear & { score: number } => period.score !== null);
  const weighted = scored.filter((period) => period.weightDays !== undefined && period.weightDays !== null);
  check(weighted.length === 0 || weighted.length === scored.length, 'periods', 'give weightDays for every scored period or for none');
  scored.forEach((period, i) => {
    assertFinite(period.score, `periods[${i}].score`, 0, 100);
    if (period.exactScore !== undefined && period.exactScore !== null) assertFinite(period.exactScore, `periods[${i}].exactScore`, 0, 100);
    if (weighted.length > 0) assertFinite(period.weightDays as number, `periods[${i}].weightDays`, 0);
  });
  const weights = scored.map((period) => (weighted.length > 0 ? (period.weightDays as number) : 1));
  const totalWeight = sum(weights);
  const inputs = { periods: input.periods.length, scoredPeriods: scored.length, weightedByDaysWorked: weighted.length > 0 };
  const source = 'Decree 335/2025/NĐ-CP: annual grade from the average of the year’s period scores, graded on time actually worked';
  if (totalWeight === 0) {
    return {
      averageScore: null,
      exactAverageScore: null,
      grade: 'NOT_CLASSIFIED',
      overrideReasons: [],
      explanation: explain({
        rule: 'congChuc.annualGrade',
        source,
        ruleSetVersion: ruleSet.version,
        inputs,
        steps: [{ label: 'no classified period', value: null }],
        result: 'NOT_CLASSIFIED',
      }),
    };
  }
  const exactOf = (period: PeriodScoreOfYear & { score: number }): number => period.exactScore ?? period.score;
  const exactAverageScore = exactScore(sum(scored.map((period, i) => exactOf(period) * weights[i])) / totalWeight);
  const averageScore = displayScore(exactAverageScore);
  const fromPeriods = input.periods.flatMap((period) => (period.overrideReasons ?? []).map((reason) => ({ periodId: period.periodId, reason })));
  const given = overrideReasons(input.overrides, input.isLeader ?? false);
  const reasons = ORDER.filter((reason) => given.includes(reason) || fromPeriods.some((found) => found.reason === reason));
  const bandGrade = gradeForScore(exactAverageScore, ruleSet);
  return {
    averageScore,
    exactAverageScore,
    grade: reasons.length > 0 ? 'KHONG_HOAN_THANH' : bandGrade,
    overrideReasons: reasons,
    explanation: explain({
      rule: 'congChuc.annualGrade',
      source,
      ruleSetVersion: ruleSet.version,
      inputs,
      steps: [
        ...scored.map((period, i) => ({ label: `period ${period.periodId}`, value: period.score, formula: `weight ${weights[i]}` })),
        { label: 'average', value: averageScore, formula: `Σ score × weight ÷ ${totalWeight}, shown truncated to two decimals` },
        { label: 'band', value: bandGrade, formula: `on the exact average ${exactAverageScore}` },
        ...fromPeriods.map((found) => ({ label: `finding recorded on period ${found.periodId}`, value: found.reason })),
        ...(reasons.length > 0 ? [{ label: 'override', value: reasons, formula: 'KHONG_HOAN_THANH whatever the score' }] : []),
      ],
      result: { averageScore, grade: reasons.length > 0 ? 'KHONG_HOAN_THANH' : bandGrade },
    }),
  };
}

/**
 * Decree 335/2025/NĐ-CP: the annual evaluation is decided before 15 December, or before 15 January
 * of the next year for units whose work follows a special cycle.
 */
export function annualDecisionDeadline(year: number, specialCycle = false): LocalDate {
  return specialCycle ? `${year + 1}-01-15` : `${year}-12-15`;
}
