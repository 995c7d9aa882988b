import { RuleSet } from '../rule-sets/rule-set.types';
import { check } from '../shared/errors';
import { explain, Explanation } from '../shared/explanation';
import { Grade } from '../shared/grade';
import { LocalDate } from '../shared/local-date';
import { assertFinite, roundTo, sum } from '../shared/numbers';
import { gradeForScore } from './bands';
import { GradeOverrides, OverrideReason, overrideReasons } from './overrides';

export interface PeriodScoreOfYear {
  periodId: string;
  /** The period's score, or null when it was not classified. */
  score: number | null;
  /** Days actually worked in the period (PeriodScore.weightDays); omit to weight periods equally. */
  weightDays?: number | null;
}

export interface AnnualGradeInput {
  /** All of the year's periods, including those scored in a previous unit (they travel with the official). */
  periods: readonly PeriodScoreOfYear[];
  isLeader?: boolean;
  overrides?: GradeOverrides;
}

export interface AnnualGrade {
  averageScore: number | null;
  grade: Grade;
  overrideReasons: OverrideReason[];
  explanation: Explanation;
}

/**
 * Decree 335/2025/NĐ-CP: the annual grade comes from the average of the year's monthly or
 * quarterly scores. Periods are weighted by days actually worked when known (leave is graded on
 * the time worked), so a half-worked month counts half; periods not classified are left out, and a
 * year with none is NOT_CLASSIFIED. A sanction or degradation in the year gives KHONG_HOAN_THANH.
 */
export function computeAnnualGrade(input: AnnualGradeInput, ruleSet: RuleSet): AnnualGrade {
  const scored = input.periods.filter((period): period is PeriodScoreOfYear & { score: number } => period.score !== null);
  const weighted = scored.filter((period) => period.weightDays !== undefined && period.weightDays !== null);
  check(weighted.length === 0 || weighted.length === scored.length, 'periods', 'give weightDays for every scored period or for none');
  scored.forEach((period, i) => {
    assertFinite(period.score, `periods[${i}].score`, 0, 100);
    if (weighted.length > 0) assertFinite(period.weightDays as number, `periods[${i}].weightDays`, 0);
  });
  const weights = scored.map((period) => (weighted.length > 0 ? (period.weightDays as number) : 1));
  const totalWeight = sum(weights);
  const inputs = { periods: input.periods.length, scoredPeriods: scored.length, weightedByDaysWorked: weighted.length > 0 };
  const source = 'Decree 335/2025/NĐ-CP: annual grade from the average of the year’s period scores, graded on time actually worked';
  if (totalWeight === 0) {
    return {
      averageScore: null,
      grade: 'NOT_CLASSIFIED',
      overrideReasons: [],
      explanation: explain({ rule: 'congChuc.annualGrade', source, ruleSetVersion: ruleSet.version, inputs, steps: [{ label: 'no classified period', value: null }], result: 'NOT_CLASSIFIED' }),
    };
  }
  const averageScore = roundTo(sum(scored.map((period, i) => period.score * weights[i])) / totalWeight, ruleSet.congChuc.scoreDecimals);
  const reasons = overrideReasons(input.overrides, input.isLeader ?? false);
  const bandGrade = gradeForScore(averageScore, ruleSet);
  return {
    averageScore,
    grade: reasons.length > 0 ? 'KHONG_HOAN_THANH' : bandGrade,
    overrideReasons: reasons,
    explanation: explain({
      rule: 'congChuc.annualGrade',
      source,
      ruleSetVersion: ruleSet.version,
      inputs,
      steps: [
        ...scored.map((period, i) => ({ label: `period ${period.periodId}`, value: period.score, formula: `weight ${weights[i]}` })),
        { label: 'average', value: averageScore, formula: `Σ score × weight ÷ ${totalWeight}` },
        { label: 'band', value: bandGrade },
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
