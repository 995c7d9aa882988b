import { RuleSet } from '../rule-sets/rule-set.types';
import { check } from '../shared/errors';
import { explain, Explanation } from '../shared/explanation';
import { assertFinite, assertInteger, roundTo } from '../shared/numbers';
import { RandomSource, seededRandom } from '../shared/prng';
import { mean, quantile } from './descriptive';

export type Cohort = 'HOME' | 'OFFICE';
export type Phase = 'BASELINE' | 'PILOT';

export interface ScoreObservation {
  cohort: Cohort;
  phase: Phase;
  value: number;
  /**
   * The official the score belongs to. When given, the bootstrap resamples officials (with all
   * their scores) within each cohort, which respects that the same person is measured in both
   * phases; without it, scores are resampled within each cohort × phase cell.
   */
  clusterId?: string;
}

export interface CellMeans {
  home: { baseline: number; pilot: number };
  office: { baseline: number; pilot: number };
}

export interface DifferenceInDifferences {
  estimate: number;
  cells: CellMeans;
  counts: { home: { baseline: number; pilot: number }; office: { baseline: number; pilot: number } };
  explanation: Explanation;
}

export interface BootstrapOptions {
  /** Text seed of the generator: the same seed gives the same interval. */
  seed: string;
  resamples?: number;
  confidenceLevel?: number;
}

export interface BootstrapInterval {
  estimate: number;
  lower: number;
  upper: number;
  confidenceLevel: number;
  resamples: number;
  seed: string;
  explanation: Explanation;
}

const SOURCE = 'Pilot evaluation report (PRODUCT 4.7): difference-in-differences of the mean score, (home pilot − home baseline) − (office pilot − office baseline)';

function cellValues(observations: readonly ScoreObservation[]): Record<Cohort, Record<Phase, number[]>> {
  const cells: Record<Cohort, Record<Phase, number[]>> = { HOME: { BASELINE: [], PILOT: [] }, OFFICE: { BASELINE: [], PILOT: [] } };
  for (const observation of observations) cells[observation.cohort][observation.phase].push(observation.value);
  return cells;
}

function estimateOf(cells: Record<Cohort, Record<Phase, number[]>>): number | null {
  const means = [cells.HOME.PILOT, cells.HOME.BASELINE, cells.OFFICE.PILOT, cells.OFFICE.BASELINE].map(mean);
  if (means.some((value) => value === null)) return null;
  const [homePilot, homeBaseline, officePilot, officeBaseline] = means as number[];
  return homePilot - homeBaseline - (officePilot - officeBaseline);
}

function validate(observations: readonly ScoreObservation[]): void {
  observations.forEach((observation, i) => {
    check(observation.cohort === 'HOME' || observation.cohort === 'OFFICE', `observations[${i}].cohort`, 'must be HOME or OFFICE');
    check(observation.phase === 'BASELINE' || observation.phase === 'PILOT', `observations[${i}].phase`, 'must be BASELINE or PILOT');
    assertFinite(observation.value, `observations[${i}].value`);
  });
  const clustered = observations.filter((observation) => observation.clusterId !== undefined).length;
  check(clustered === 0 || clustered === observations.length, 'observations', 'give clusterId for every observation or for none');
}

/**
 * The difference-in-differences of mean scores (PRODUCT 4.7): how much more the home cohort's mean
 * changed from baseline to pilot than the office cohort's, which nets out what changed for
 * everyone (new rules, a busy quarter). Each of the four cells needs at least one score.
 */
export function differenceInDifferences(observations: readonly ScoreObservation[]): DifferenceInDifferences {
  validate(observations);
  const cells = cellValues(observations);
  const estimate = estimateOf(cells);
  check(estimate !== null, 'observations', 'each of home/office × baseline/pilot needs at least one score');
  const cellMeans: CellMeans = {
    home: { baseline: mean(cells.HOME.BASELINE) as number, pilot: mean(cells.HOME.PILOT) as number },
    office: { baseline: mean(cells.OFFICE.BASELINE) as number, pilot: mean(cells.OFFICE.PILOT) as number },
  };
  const r = (value: number): number => roundTo(value, 4);
  return {
    estimate: r(estimate),
    cells: {
      home: { baseline: r(cellMeans.home.baseline), pilot: r(cellMeans.home.pilot) },
      office: { baseline: r(cellMeans.office.baseline), pilot: r(cellMeans.office.pilot) },
    },
    counts: {
      home: { baseline: cells.HOME.BASELINE.length, pilot: cells.HOME.PILOT.length },
      office: { baseline: cells.OFFICE.BASELINE.length, pilot: cells.OFFICE.PILOT.length },
    },
    explanation: explain({
      rule: 'statistics.differenceInDifferences',
      source: SOURCE,
      ruleSetVersion: 'n/a',
      inputs: { observations: observations.length },
      steps: [
        { label: 'home change', value: r(cellMeans.home.pilot - cellMeans.home.baseline), formula: `${r(cellMeans.home.pilot)} − ${r(cellMeans.home.baseline)}` },
        { label: 'office change', value: r(cellMeans.office.pilot - cellMeans.office.baseline), formula: `${r(cellMeans.office.pilot)} − ${r(cellMeans.office.baseline)}` },
        { label: 'difference in differences', value: r(estimate) },
      ],
      result: r(estimate),
    }),
  };
}

/**
 * Strata keep every resample's four cells filled: unclustered scores are resampled within their
 * cohort × phase cell; clustered officials within their cohort and the phases they have scores in
 * (both, baseline only, pilot only), so an official scored in one phase never empties a cell.
 */
function resampler(observations: readonly ScoreObservation[]): (random: RandomSource) => Record<Cohort, Record<Phase, number[]>> {
  const clustered = observations.length > 0 && observations[0].clusterId !== undefined;
  const strata = new Map<string, ScoreObservation[][]>();
  const clusters = new Map<string, ScoreObservation[]>();
  observations.forEach((observation, i) => {
    const key = clustered ? `${observation.cohort}|${observation.clusterId}` : `${observation.cohort}|${observation.phase}|${i}`;
    clusters.set(key, [...(clusters.get(key) ?? []), observation]);
  });
  for (const members of clusters.values()) {
    const phases = [...new Set(members.map((member) => member.phase))].sort().join('+');
    const stratum = `${members[0].cohort}|${phases}`;
    strata.set(stratum, [...(strata.get(stratum) ?? []), members]);
  }
  const ordered = [...strata.keys()].sort().map((key) => strata.get(key) as ScoreObservation[][]);
  return (random) => {
    const sample: ScoreObservation[] = [];
    for (const stratum of ordered) {
      for (let i = 0; i < stratum.length; i++) sample.push(...stratum[random.uniformInt(stratum.length)]);
    }
    return cellValues(sample);
  };
}

/**
 * Percentile bootstrap interval of the difference in differences: resample (within each stratum,
 * with replacement, from a SHA-256 generator seeded by `seed`), recompute the estimate, and take
 * the (1 − level)/2 and (1 + level)/2 quantiles (type 7) of the estimates. Deterministic per seed.
 */
export function bootstrapDifferenceInDifferences(observations: readonly ScoreObservation[], options: BootstrapOptions, ruleSet: RuleSet): BootstrapInterval {
  const point = differenceInDifferences(observations);
  const resamples = options.resamples ?? ruleSet.statistics.bootstrapResamples;
  const level = options.confidenceLevel ?? ruleSet.statistics.confidenceLevel;
  assertInteger(resamples, 'resamples', 10, 1_000_000);
  assertFinite(level, 'confidenceLevel', 0.5, 0.999);
  const random = seededRandom(options.seed);
  const draw = resampler(observations);
  // Every stratum keeps its size, so each resample fills the four cells the data fills.
  const estimates = Array.from({ length: resamples }, () => estimateOf(draw(random)) as number).sort((a, b) => a - b);
  const lower = roundTo(quantile(estimates, (1 - level) / 2), 4);
  const upper = roundTo(quantile(estimates, (1 + level) / 2), 4);
  return {
    estimate: point.estimate,
    lower,
    upper,
    confidenceLevel: level,
    resamples,
    seed: options.seed,
    explanation: explain({
      rule: 'statistics.bootstrapInterval',
      source: `${SOURCE}; percentile bootstrap interval from a seeded SHA-256 generator`,
      ruleSetVersion: ruleSet.version,
      inputs: { observations: observations.length, seed: options.seed, resamples, confidenceLevel: level, clustered: observations[0].clusterId !== undefined },
      steps: [
        ...point.explanation.steps,
        { label: 'resamples', value: resamples },
        { label: `${roundTo(level * 100, 1)}% interval`, value: [lower, upper], formula: `quantiles ${roundTo((1 - level) / 2, 4)} and ${roundTo((1 + level) / 2, 4)}` },
      ],
      result: { estimate: point.estimate, lower, upper },
    }),
  };
}

/** A score (one official's mean in one phase) with the unit it belongs to: the cluster. */
export interface UnitScoreObservation extends ScoreObservation {
  unitId: string;
}

export interface ClusteredBootstrapInterval extends BootstrapInterval {
  /** Units resampled. */
  clusters: number;
  /** Resamples redrawn because a cell (cohort × phase) came out empty. */
  redrawn: number;
}

/** Per unit: sum and count of the scores of each of the four cells, HOME/OFFICE × BASELINE/PILOT. */
type CellTotals = Float64Array; // [homeBaseline sum, count, homePilot sum, count, officeBaseline sum, count, officePilot sum, count]

const CELL_INDEX: Record<Cohort, Record<Phase, number>> = { HOME: { BASELINE: 0, PILOT: 2 }, OFFICE: { BASELINE: 4, PILOT: 6 } };

function estimateOfTotals(t: CellTotals): number | null {
  if (t[1] === 0 || t[3] === 0 || t[5] === 0 || t[7] === 0) return null;
  return t[2] / t[3] - t[0] / t[1] - (t[6] / t[7] - t[4] / t[5]);
}

/**
 * Percentile bootstrap interval of the difference in differences, **clustered by unit** (PRODUCT
 * 4.7): officials of one unit share a head, a workload and a way of scoring, so their scores are
 * not independent. Each resample draws as many units as there are, with replacement, from a
 * SHA-256 generator seeded by `seed`; a drawn unit brings all its observations of both cohorts and
 * both phases. A resample in which a cell comes out empty (every drawn unit lacks, say, an office
 * official) is redrawn, and counted in `redrawn`. The point estimate is the plain
 * differenceInDifferences of the observations. Deterministic per seed and input order of units.
 */
export function clusteredBootstrapDifferenceInDifferences(observations: readonly UnitScoreObservation[], options: BootstrapOptions, ruleSet: RuleSet): ClusteredBootstrapInterval {
  observations.forEach((observation, i) => check(typeof observation.unitId === 'string' && observation.unitId.length > 0, `observations[${i}].unitId`, 'must name the unit'));
  const point = differenceInDifferences(observations);
  const resamples = options.resamples ?? ruleSet.statistics.bootstrapResamples;
  const level = options.confidenceLevel ?? ruleSet.statistics.confidenceLevel;
  assertInteger(resamples, 'resamples', 10, 1_000_000);
  assertFinite(level, 'confidenceLevel', 0.5, 0.999);
  const byUnit = new Map<string, CellTotals>();
  for (const observation of observations) {
    let totals = byUnit.get(observation.unitId);
    if (!totals) byUnit.set(observation.unitId, (totals = new Float64Array(8)));
    const i = CELL_INDEX[observation.cohort][observation.phase];
    totals[i] += observation.value;
    totals[i + 1] += 1;
  }
  // Units in id order, so the same data in another order gives the same interval.
  const units = [...byUnit.keys()].sort().map((id) => byUnit.get(id) as CellTotals);
  const random = seededRandom(options.seed);
  const estimates: number[] = [];
  const sample = new Float64Array(8);
  const maxDraws = resamples * 20;
  let draws = 0;
  while (estimates.length < resamples) {
    check(draws < maxDraws, 'observations', 'too few units with both cohorts: resamples keep leaving a cohort × phase cell empty');
    draws += 1;
    sample.fill(0);
    for (let k = 0; k < units.length; k++) {
      const unit = units[random.uniformInt(units.length)];
      for (let j = 0; j < 8; j++) sample[j] += unit[j];
    }
    const estimate = estimateOfTotals(sample);
    if (estimate !== null) estimates.push(estimate);
  }
  estimates.sort((a, b) => a - b);
  const lower = roundTo(quantile(estimates, (1 - level) / 2), 4);
  const upper = roundTo(quantile(estimates, (1 + level) / 2), 4);
  const redrawn = draws - resamples;
  return {
    estimate: point.estimate,
    lower,
    upper,
    confidenceLevel: level,
    resamples,
    seed: options.seed,
    clusters: units.length,
    redrawn,
    explanation: explain({
      rule: 'statistics.clusteredBootstrapInterval',
      source: `${SOURCE}; percentile bootstrap interval resampling units (clusters) with all their scores, from a seeded SHA-256 generator`,
      ruleSetVersion: ruleSet.version,
      inputs: { observations: observations.length, clusters: units.length, seed: options.seed, resamples, confidenceLevel: level },
      steps: [
        ...point.explanation.steps,
        { label: 'resamples', value: resamples, formula: `${units.length} units drawn with replacement each time; ${redrawn} redrawn for an empty cell` },
        { label: `${roundTo(level * 100, 1)}% interval`, value: [lower, upper], formula: `quantiles ${roundTo((1 - level) / 2, 4)} and ${roundTo((1 + level) / 2, 4)}` },
      ],
      result: { estimate: point.estimate, lower, upper },
    }),
  };
}
