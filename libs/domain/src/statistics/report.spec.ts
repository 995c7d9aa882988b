import { RULE_SET_V1 } from '../rule-sets/v1';
import { seededRandom } from '../shared/prng';
import { clusteredBootstrapDifferenceInDifferences, UnitScoreObservation } from './difference-in-differences';
import { meanOf, monthsOf, ratePercent, REPORT_MAX_MONTHS, sharesPercent, SPOT_CHECK_COMPLIANT_OUTCOMES, validateReportRanges, workloadPerOfficialMonth } from './report';

/**
 * A city of `units` units, each with home and office officials scored in both phases; the unit
 * shifts every score of its officials by a common amount (the reason to cluster), and the home
 * cohort gains `effect` in the pilot phase.
 */
function city(effect: number, seed: string, units = 30, perCohort = 4): UnitScoreObservation[] {
  const random = seededRandom(seed);
  const noise = () => (random.nextFloat() - 0.5) * 6;
  const observations: UnitScoreObservation[] = [];
  for (let u = 0; u < units; u++) {
    const unitId = `unit-${String(u).padStart(3, '0')}`;
    const unitLevel = 70 + (random.nextFloat() - 0.5) * 16;
    const unitPilotShift = (random.nextFloat() - 0.5) * 4;
    for (const cohort of ['HOME', 'OFFICE'] as const) {
      for (let i = 0; i < perCohort; i++) {
        const person = (random.nextFloat() - 0.5) * 8;
        observations.push({ cohort, phase: 'BASELINE', unitId, value: unitLevel + person + noise() });
        observations.push({ cohort, phase: 'PILOT', unitId, value: unitLevel + unitPilotShift + person + noise() + 2 + (cohort === 'HOME' ? effect : 0) });
      }
    }
  }
  return observations;
}

describe('difference in differences with a bootstrap clustered by unit', () => {
  it('recovers a planted effect inside its interval', () => {
    const result = clusteredBootstrapDifferenceInDifferences(city(5, 'planted'), { seed: 'pilot-report', resamples: 400 }, RULE_SET_V1);
    expect(result.lower).toBeLessThanOrEqual(5);
    expect(result.upper).toBeGreaterThanOrEqual(5);
    expect(result.lower).toBeGreaterThan(0);
    expect(result.estimate).toBeGreaterThan(3.5);
    expect(result).toMatchObject({ clusters: 30, resamples: 400, confidenceLevel: 0.95, redrawn: 0 });
    expect(result.explanation).toMatchObject({ rule: 'statistics.clusteredBootstrapInterval', inputs: { clusters: 30 } });
  });

  it('contains 0 when there is no effect', () => {
    const result = clusteredBootstrapDifferenceInDifferences(city(0, 'no effect'), { seed: 'pilot-report', resamples: 400 }, RULE_SET_V1);
    expect(result.lower).toBeLessThanOrEqual(0);
    expect(result.upper).toBeGreaterThanOrEqual(0);
  });

  it('gives the same interval for the same seed, whatever the order of the observations', () => {
    const data = city(3, 'seeded', 12);
    const a = clusteredBootstrapDifferenceInDifferences(data, { seed: 's1', resamples: 200 }, RULE_SET_V1);
    const b = clusteredBootstrapDifferenceInDifferences([...data].reverse(), { seed: 's1', resamples: 200 }, RULE_SET_V1);
    const c = clusteredBootstrapDifferenceInDifferences(data, { seed: 's2', resamples: 200 }, RULE_SET_V1);
    expect([b.lower, b.upper]).toEqual([a.lower, a.upper]);
    expect([c.lower, c.upper]).not.toEqual([a.lower, a.upper]);
  });

  it('redraws resamples that leave a cell empty, and needs every observation to name its unit', () => {
    // One unit has only home officials, another only office ones: a resample of two may draw the same twice.
    const data: UnitScoreObservation[] = [
      { cohort: 'HOME', phase: 'BASELINE', unitId: 'a', value: 70 },
      { cohort: 'HOME', phase: 'PILOT', unitId: 'a', value: 80 },
      { cohort: 'OFFICE', phase: 'BASELINE', unitId: 'b', value: 70 },
      { cohort: 'OFFICE', phase: 'PILOT', unitId: 'b', value: 72 },
    ];
    const result = clusteredBootstrapDifferenceInDifferences(data, { seed: 'x', resamples: 50, confidenceLevel: 0.9 }, RULE_SET_V1);
    expect(result.redrawn).toBeGreaterThan(0);
    expect([result.estimate, result.lower, result.upper]).toEqual([8, 8, 8]);
    expect(() => clusteredBootstrapDifferenceInDifferences([{ ...data[0], unitId: '' }, ...data.slice(1)], { seed: 'x' }, RULE_SET_V1)).toThrow(/unitId/);
  });
});

describe('pilot report helpers', () => {
  it('finishes rates, means, shares and workload from sums', () => {
    expect(ratePercent(2, 3)).toBe(66.67);
    expect(ratePercent(0, 0)).toBeNull();
    expect(() => ratePercent(4, 3)).toThrow(/successes/);
    expect(meanOf(10, 4)).toBe(2.5);
    expect(meanOf(1, 3, 4)).toBe(0.3333);
    expect(meanOf(0, 0)).toBeNull();
    expect(workloadPerOfficialMonth(30, 4)).toBe(7.5);
    expect(sharesPercent([1, 1, 2])).toEqual([25, 25, 50]);
    expect(sharesPercent([0, 0])).toEqual([0, 0]);
    expect(SPOT_CHECK_COMPLIANT_OUTCOMES).toEqual(['ON_TIME', 'EXCUSED']);
  });

  it('lists the months of a range', () => {
    expect(monthsOf({ from: '2025-11', to: '2026-02' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsOf({ from: '2026-03', to: '2026-02' })).toEqual([]);
  });

  it('validates the ranges of a report and gives the pre-trend months', () => {
    const ranges = validateReportRanges({ period: { from: '2026-03', to: '2026-05' }, baseline: { from: '2025-09', to: '2026-01' }, pilotStartDate: '2026-03-01' });
    expect(ranges.period).toEqual({ from: '2026-03', to: '2026-05', startsOn: '2026-03-01', endsOn: '2026-05-31', months: 3 });
    expect(ranges.baseline.endsOn).toBe('2026-01-31');
    expect(ranges.preTrendMonths).toEqual(['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02']);
    expect(validateReportRanges({ period: { from: '2024-02', to: '2024-02' }, baseline: { from: '2024-01', to: '2024-01' }, pilotStartDate: '2024-02-10' }).period.endsOn).toBe(
      '2024-02-29',
    );
  });

  it.each([
    [{ from: '2026-03', to: '2026-02' }, { from: '2025-01', to: '2025-02' }, 'period.to'],
    [{ from: '2026-13', to: '2026-02' }, { from: '2025-01', to: '2025-02' }, 'period.from'],
    [{ from: '2026-03', to: '2026-04' }, { from: '2025-01', to: 'June' }, 'baseline.to'],
    [{ from: '2026-03', to: '2026-04' }, { from: '2023-01', to: '2025-02' }, 'baseline'],
    [{ from: '2026-03', to: '2026-04' }, { from: '2026-01', to: '2026-03' }, 'baseline.to'],
  ])('refuses bad ranges (%#)', (period, baseline, field) => {
    expect(() => validateReportRanges({ period, baseline, pilotStartDate: '2026-03-01' })).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ field })] }));
  });

  it('refuses a baseline after the period even inside a long pilot', () => {
    expect(() => validateReportRanges({ period: { from: '2026-01', to: '2026-02' }, baseline: { from: '2026-03', to: '2026-03' }, pilotStartDate: '2026-06-01' })).toThrow(
      /period starts/,
    );
    expect(REPORT_MAX_MONTHS).toBe(24);
  });
});
