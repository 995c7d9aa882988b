import { RULE_SET_V1 } from '../rule-sets/v1';
import { DomainValidationError } from '../shared/errors';
import { seededRandom } from '../shared/prng';
import { gradeDistribution, mean, meansByCohort, quantile, ratesByCohort } from './descriptive';
import { bootstrapDifferenceInDifferences, differenceInDifferences, ScoreObservation } from './difference-in-differences';

const obs = (cohort: 'HOME' | 'OFFICE', phase: 'BASELINE' | 'PILOT', values: number[], clusterPrefix?: string): ScoreObservation[] =>
  values.map((value, i) => ({ cohort, phase, value, ...(clusterPrefix ? { clusterId: `${clusterPrefix}${i}` } : {}) }));

const small = [...obs('HOME', 'BASELINE', [70, 72]), ...obs('HOME', 'PILOT', [80, 82]), ...obs('OFFICE', 'BASELINE', [70, 70]), ...obs('OFFICE', 'PILOT', [72, 74])];

describe('descriptive statistics (PRODUCT 4.7)', () => {
  it('computes means and type-7 quantiles', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(mean([])).toBeNull();
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([1, 2, 3, 4], 1)).toBe(4);
    expect(quantile([7], 0.975)).toBe(7);
    expect(() => quantile([], 0.5)).toThrow(DomainValidationError);
    expect(() => quantile([1], 1.5)).toThrow(DomainValidationError);
  });

  it('gives means by cohort with explanations', () => {
    const result = meansByCohort(
      [
        { cohort: 'OFFICE', value: 80 },
        { cohort: 'HOME', value: 90 },
        { cohort: 'HOME', value: 85 },
      ],
      'period score',
    );
    expect(result.cohorts).toEqual([
      { cohort: 'HOME', n: 2, mean: 87.5 },
      { cohort: 'OFFICE', n: 1, mean: 80 },
    ]);
    expect(result.explanation).toMatchObject({ rule: 'statistics.meansByCohort', inputs: { measure: 'period score' } });
    expect(meansByCohort([]).cohorts).toEqual([]);
    expect(() => meansByCohort([{ cohort: 'HOME', value: Number.NaN }])).toThrow(/observations\[0\]\.value/);
  });

  it('gives rates by cohort', () => {
    const result = ratesByCohort([
      { cohort: 'HOME', success: true },
      { cohort: 'HOME', success: true },
      { cohort: 'HOME', success: false },
      { cohort: 'OFFICE', success: false },
    ]);
    expect(result.cohorts).toEqual([
      { cohort: 'HOME', n: 3, successes: 2, ratePercent: 66.67 },
      { cohort: 'OFFICE', n: 1, successes: 0, ratePercent: 0 },
    ]);
    expect(result.explanation.steps[0].formula).toBe('2 ÷ 3 × 100');
  });

  it('counts the grade distribution', () => {
    const distribution = gradeDistribution(['HOAN_THANH_TOT', 'HOAN_THANH_TOT', 'HOAN_THANH', 'NOT_CLASSIFIED']);
    expect(distribution.total).toBe(4);
    expect(distribution.counts).toEqual({ HOAN_THANH_XUAT_SAC: 0, HOAN_THANH_TOT: 2, HOAN_THANH: 1, KHONG_HOAN_THANH: 0, NOT_CLASSIFIED: 1 });
    expect(distribution.percents.HOAN_THANH_TOT).toBe(50);
    expect(gradeDistribution([]).percents.HOAN_THANH).toBe(0);
    expect(distribution.explanation).toMatchObject({ rule: 'statistics.gradeDistribution', result: distribution.counts });
  });
});

describe('difference in differences', () => {
  it('is (home pilot − home baseline) − (office pilot − office baseline)', () => {
    const result = differenceInDifferences(small);
    expect(result.estimate).toBe(7);
    expect(result.cells).toEqual({ home: { baseline: 71, pilot: 81 }, office: { baseline: 70, pilot: 73 } });
    expect(result.counts.home.pilot).toBe(2);
    expect(result.explanation.steps.map((step) => step.value)).toEqual([10, 3, 7]);
  });

  it.each([
    [small.filter((o) => !(o.cohort === 'OFFICE' && o.phase === 'PILOT')), /needs at least one score/],
    [[{ cohort: 'REMOTE', phase: 'PILOT', value: 1 } as unknown as ScoreObservation], /cohort/],
    [[{ cohort: 'HOME', phase: 'LATER', value: 1 } as unknown as ScoreObservation], /phase/],
    [[{ ...small[0], value: Infinity }], /value/],
    [[{ ...small[0], clusterId: 'a' }, small[1]], /clusterId/],
  ])('rejects unusable data (%#)', (observations, message) => {
    expect(() => differenceInDifferences(observations)).toThrow(message);
  });
});

describe('percentile bootstrap interval', () => {
  it('is deterministic per seed and brackets the estimate', () => {
    const a = bootstrapDifferenceInDifferences(small, { seed: 'report-2026-Q1', resamples: 200 }, RULE_SET_V1);
    const b = bootstrapDifferenceInDifferences(small, { seed: 'report-2026-Q1', resamples: 200 }, RULE_SET_V1);
    const c = bootstrapDifferenceInDifferences(small, { seed: 'report-2026-Q2', resamples: 200 }, RULE_SET_V1);
    expect(b).toEqual(a);
    expect([c.lower, c.upper]).not.toEqual([a.lower, a.upper]);
    expect(a.lower).toBeLessThanOrEqual(a.estimate);
    expect(a.upper).toBeGreaterThanOrEqual(a.estimate);
    expect(a).toMatchObject({ estimate: 7, confidenceLevel: 0.95, resamples: 200, seed: 'report-2026-Q1' });
    expect(a.explanation).toMatchObject({ rule: 'statistics.bootstrapInterval', ruleSetVersion: 'v1', inputs: { clustered: false } });
  });

  it('resamples officials with all their scores when clustered, keeping every cell filled', () => {
    const clustered = [
      ...obs('HOME', 'BASELINE', [70, 60], 'h'),
      ...obs('HOME', 'PILOT', [80, 70], 'h'),
      { cohort: 'HOME' as const, phase: 'BASELINE' as const, value: 65, clusterId: 'h-baseline-only' },
      ...obs('OFFICE', 'BASELINE', [70], 'f-baseline-only-'),
      ...obs('OFFICE', 'PILOT', [71], 'f-pilot-only-'),
    ];
    const result = bootstrapDifferenceInDifferences(clustered, { seed: 's', resamples: 300, confidenceLevel: 0.9 }, RULE_SET_V1);
    expect(result.explanation.inputs.clustered).toBe(true);
    expect(Number.isFinite(result.lower) && Number.isFinite(result.upper)).toBe(true);
    expect(result.lower).toBeLessThanOrEqual(result.upper);
    // Office has one baseline-only and one pilot-only official: their cell means never change.
    expect(result.estimate).toBe(differenceInDifferences(clustered).estimate);
  });

  it('refuses silly settings', () => {
    expect(() => bootstrapDifferenceInDifferences(small, { seed: 's', resamples: 5 }, RULE_SET_V1)).toThrow(/resamples/);
    expect(() => bootstrapDifferenceInDifferences(small, { seed: 's', resamples: 100, confidenceLevel: 1 }, RULE_SET_V1)).toThrow(/confidenceLevel/);
  });

  it('covers a known effect in a simulation', () => {
    // Each dataset: 30 officials per cohort, scored before and during the pilot. Everyone's score
    // drifts by +2 (a common trend); home work adds a true effect of +5. The 95% interval should
    // contain 5 in about 95% of datasets and exclude 0 in most.
    const trueEffect = 5;
    const datasets = 24;
    const random = seededRandom('simulation');
    const normal = (sd: number): number => Math.sqrt(-2 * Math.log(1 - random.nextFloat())) * Math.cos(2 * Math.PI * random.nextFloat()) * sd;
    let covered = 0;
    let excludesZero = 0;
    for (let d = 0; d < datasets; d++) {
      const observations: ScoreObservation[] = [];
      for (const cohort of ['HOME', 'OFFICE'] as const) {
        for (let i = 0; i < 30; i++) {
          const ability = 72 + normal(6);
          const clusterId = `${cohort}-${i}`;
          observations.push({ cohort, phase: 'BASELINE', value: ability + normal(3), clusterId });
          observations.push({ cohort, phase: 'PILOT', value: ability + 2 + (cohort === 'HOME' ? trueEffect : 0) + normal(3), clusterId });
        }
      }
      const interval = bootstrapDifferenceInDifferences(observations, { seed: `dataset-${d}`, resamples: 250 }, RULE_SET_V1);
      if (interval.lower <= trueEffect && trueEffect <= interval.upper) covered++;
      if (interval.lower > 0) excludesZero++;
    }
    expect(covered).toBeGreaterThanOrEqual(Math.floor(datasets * 0.85));
    expect(excludesZero).toBeGreaterThanOrEqual(Math.floor(datasets * 0.8));
  });
});
