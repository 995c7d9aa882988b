import { check } from '../shared/errors';
import { explain, Explanation } from '../shared/explanation';
import { Grade, GRADES } from '../shared/grade';
import { assertFinite, roundTo, sum } from '../shared/numbers';

const SOURCE = 'Pilot evaluation report (PRODUCT 4.7): per cohort, headcount and means/rates, same positions in both cohorts';

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : sum(values) / values.length;
}

/**
 * Quantile of sorted values by linear interpolation between order statistics (Hyndman & Fan type
 * 7, the default of R and NumPy), so anyone can recompute a report's interval.
 */
export function quantile(sorted: readonly number[], p: number): number {
  check(sorted.length > 0, 'values', 'needs at least one value');
  assertFinite(p, 'p', 0, 1);
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, sorted.length - 1);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

export interface CohortMean {
  cohort: string;
  n: number;
  mean: number | null;
}

/** Mean of a value per cohort (e.g. HOME vs OFFICE), cohorts in name order. */
export function meansByCohort(observations: ReadonlyArray<{ cohort: string; value: number }>, label = 'value'): { cohorts: CohortMean[]; explanation: Explanation } {
  observations.forEach((observation, i) => assertFinite(observation.value, `observations[${i}].value`));
  const groups = new Map<string, number[]>();
  for (const observation of observations) groups.set(observation.cohort, [...(groups.get(observation.cohort) ?? []), observation.value]);
  const cohorts = [...groups.keys()].sort().map((cohort) => {
    const values = groups.get(cohort) as number[];
    return { cohort, n: values.length, mean: roundTo(mean(values) as number, 4) };
  });
  return {
    cohorts,
    explanation: explain({
      rule: 'statistics.meansByCohort',
      source: SOURCE,
      ruleSetVersion: 'n/a',
      inputs: { observations: observations.length, measure: label },
      steps: cohorts.map((cohort) => ({ label: cohort.cohort, value: cohort.mean, formula: `mean of ${cohort.n} values` })),
      result: cohorts.map((cohort) => ({ cohort: cohort.cohort, n: cohort.n, mean: cohort.mean })),
    }),
  };
}

export interface CohortRate {
  cohort: string;
  n: number;
  successes: number;
  /** Share in percent, two decimals; null with no observation. */
  ratePercent: number | null;
}

/** Rate of a yes/no outcome per cohort (completion, on time, spot-check answered on time…). */
export function ratesByCohort(observations: ReadonlyArray<{ cohort: string; success: boolean }>, label = 'rate'): { cohorts: CohortRate[]; explanation: Explanation } {
  const groups = new Map<string, boolean[]>();
  for (const observation of observations) groups.set(observation.cohort, [...(groups.get(observation.cohort) ?? []), observation.success]);
  const cohorts = [...groups.keys()].sort().map((cohort) => {
    const values = groups.get(cohort) as boolean[];
    const successes = values.filter(Boolean).length;
    return { cohort, n: values.length, successes, ratePercent: roundTo((successes / values.length) * 100) };
  });
  return {
    cohorts,
    explanation: explain({
      rule: 'statistics.ratesByCohort',
      source: SOURCE,
      ruleSetVersion: 'n/a',
      inputs: { observations: observations.length, measure: label },
      steps: cohorts.map((cohort) => ({ label: cohort.cohort, value: cohort.ratePercent, formula: `${cohort.successes} ÷ ${cohort.n} × 100` })),
      result: cohorts.map((cohort) => ({ cohort: cohort.cohort, n: cohort.n, successes: cohort.successes, ratePercent: cohort.ratePercent })),
    }),
  };
}

export interface GradeDistribution {
  total: number;
  counts: Record<Grade, number>;
  /** Percent of all grades, two decimals. */
  percents: Record<Grade, number>;
  explanation: Explanation;
}

export function gradeDistribution(grades: readonly Grade[]): GradeDistribution {
  const counts = Object.fromEntries(GRADES.map((grade) => [grade, grades.filter((candidate) => candidate === grade).length])) as Record<Grade, number>;
  const percents = Object.fromEntries(GRADES.map((grade) => [grade, grades.length === 0 ? 0 : roundTo((counts[grade] / grades.length) * 100)])) as Record<Grade, number>;
  return {
    total: grades.length,
    counts,
    percents,
    explanation: explain({
      rule: 'statistics.gradeDistribution',
      source: SOURCE,
      ruleSetVersion: 'n/a',
      inputs: { grades: grades.length },
      steps: GRADES.map((grade) => ({ label: grade, value: counts[grade], formula: `${counts[grade]} ÷ ${grades.length} × 100 = ${percents[grade]}%` })),
      result: { ...counts },
    }),
  };
}
