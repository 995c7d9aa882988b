import { gradeDistribution, mean, quantile } from '../statistics/descriptive';
import { explain, Explanation } from '../shared/explanation';
import { Grade } from '../shared/grade';
import { assertFinite, roundTo } from '../shared/numbers';

/**
 * Calibration (PRODUCT 4.4 "Calibration view"): a scorer whose mean score is more than
 * `meanGapPoints` away from the unit's mean is shown as lenient (above) or harsh (below), once they
 * have scored at least `minScored` officials — fewer scores say nothing about a scorer. The unit's
 * mean includes the scorer's own scores. Nothing is changed by the flag: it is for the head and HR
 * to look at (RULES.md "Calibration").
 */
export const CALIBRATION_RULES = { meanGapPoints: 5, minScored: 3 } as const;

export interface ScoreSummary {
  count: number;
  /** Two decimals; null without scores. */
  mean: number | null;
  /** Type-7 quantile 0.5, two decimals; null without scores. */
  median: number | null;
  min: number | null;
  max: number | null;
}

/** Count, mean, median, min and max of scores (each rounded to two decimals). */
export function summarizeScores(values: readonly number[]): ScoreSummary {
  values.forEach((value, i) => assertFinite(value, `scores[${i}]`, 0, 100));
  if (values.length === 0) return { count: 0, mean: null, median: null, min: null, max: null };
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: values.length,
    mean: roundTo(mean(sorted) as number),
    median: roundTo(quantile(sorted, 0.5)),
    min: sorted[0],
    max: sorted[sorted.length - 1],
  };
}

export interface CalibrationEntry {
  scorerId: string;
  /** The shown score (công chức); null for viên chức or not yet scored. */
  score: number | null;
  grade: Grade | null;
}

export interface ScorerCalibration {
  scorerId: string;
  scores: ScoreSummary;
  grades: Record<Grade, number>;
  /** Scorer mean − unit mean, two decimals; null when either has no score. */
  meanGap: number | null;
  flag: 'LENIENT' | 'HARSH' | null;
}

export interface Calibration {
  unit: { scores: ScoreSummary; grades: Record<Grade, number> };
  scorers: ScorerCalibration[];
  meanGapPoints: number;
  minScored: number;
  explanation: Explanation;
}

const gradesOf = (entries: readonly CalibrationEntry[]) => gradeDistribution(entries.map((e) => e.grade).filter((g): g is Grade => g !== null)).counts;
const scoresOf = (entries: readonly CalibrationEntry[]) => entries.map((e) => e.score).filter((s): s is number => s !== null);

/** The distribution of scores and grades per scorer beside the unit's, with the lenient/harsh flag. */
export function calibrateScorers(entries: readonly CalibrationEntry[]): Calibration {
  const { meanGapPoints, minScored } = CALIBRATION_RULES;
  const unitScores = summarizeScores(scoresOf(entries));
  const byScorer = new Map<string, CalibrationEntry[]>();
  for (const entry of entries) byScorer.set(entry.scorerId, [...(byScorer.get(entry.scorerId) ?? []), entry]);
  const scorers = [...byScorer.keys()].sort().map((scorerId): ScorerCalibration => {
    const own = byScorer.get(scorerId) as CalibrationEntry[];
    const scores = summarizeScores(scoresOf(own));
    const meanGap = scores.mean === null || unitScores.mean === null ? null : roundTo(scores.mean - unitScores.mean);
    const flagged = meanGap !== null && scores.count >= minScored && Math.abs(meanGap) > meanGapPoints;
    return { scorerId, scores, grades: gradesOf(own), meanGap, flag: flagged ? ((meanGap as number) > 0 ? 'LENIENT' : 'HARSH') : null };
  });
  return {
    unit: { scores: unitScores, grades: gradesOf(entries) },
    scorers,
    meanGapPoints,
    minScored,
    explanation: explain({
      rule: 'evaluation.calibration',
      source: `Calibration view (PRODUCT 4.4): a scorer with at least ${minScored} scores whose mean is more than ${meanGapPoints} points from the unit's mean is flagged`,
      ruleSetVersion: 'n/a',
      inputs: { evaluations: entries.length, scorers: scorers.length, meanGapPoints, minScored },
      steps: scorers.map((s) => ({ label: s.scorerId, value: s.meanGap, formula: `${s.scores.mean ?? '—'} − ${unitScores.mean ?? '—'} (${s.scores.count} scores)` })),
      result: scorers.filter((s) => s.flag !== null).map((s) => ({ scorerId: s.scorerId, flag: s.flag })),
    }),
  };
}
