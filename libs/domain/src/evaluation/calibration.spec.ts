import { DomainValidationError } from '../shared/errors';
import { CALIBRATION_RULES, calibrateScorers, summarizeScores } from './calibration';

describe('calibration of scorers (PRODUCT 4.4, RULES.md "Calibration")', () => {
  it.each([
    { values: [], summary: { count: 0, mean: null, median: null, min: null, max: null } },
    { values: [80], summary: { count: 1, mean: 80, median: 80, min: 80, max: 80 } },
    { values: [90, 70, 80, 85], summary: { count: 4, mean: 81.25, median: 82.5, min: 70, max: 90 } },
    { values: [70.01, 70.02, 70.02], summary: { count: 3, mean: 70.02, median: 70.02, min: 70.01, max: 70.02 } },
  ])('summarises $values', ({ values, summary }) => {
    expect(summarizeScores(values)).toEqual(summary);
  });

  it('refuses a score outside 0–100', () => {
    expect(() => summarizeScores([101])).toThrow(DomainValidationError);
    expect(() => summarizeScores([Number.NaN])).toThrow(DomainValidationError);
  });

  it('flags a lenient and a harsh scorer past the gap, not a scorer with too few scores, not a scorer without scores', () => {
    const entries = [
      // lenient: mean 95
      ...[95, 94, 96].map((score) => ({ scorerId: 'a', score, grade: 'HOAN_THANH_XUAT_SAC' as const })),
      // harsh: mean 70
      ...[70, 71, 69].map((score) => ({ scorerId: 'b', score, grade: 'HOAN_THANH' as const })),
      // far but only two scores
      ...[99, 99].map((score) => ({ scorerId: 'c', score, grade: 'HOAN_THANH_XUAT_SAC' as const })),
      // close to the mean
      ...[83, 84, 82].map((score) => ({ scorerId: 'd', score, grade: 'HOAN_THANH_TOT' as const })),
      // viên chức: grades only
      { scorerId: 'e', score: null, grade: 'HOAN_THANH_TOT' as const },
      { scorerId: 'e', score: null, grade: null },
    ];
    const c = calibrateScorers(entries);
    expect(c.unit.scores).toEqual({ count: 11, mean: 85.64, median: 84, min: 69, max: 99 });
    expect(c.unit.grades).toEqual({ HOAN_THANH_XUAT_SAC: 5, HOAN_THANH_TOT: 4, HOAN_THANH: 3, KHONG_HOAN_THANH: 0, NOT_CLASSIFIED: 0 });
    expect(c.scorers.map((s) => [s.scorerId, s.meanGap, s.flag])).toEqual([
      ['a', 9.36, 'LENIENT'],
      ['b', -15.64, 'HARSH'],
      ['c', 13.36, null],
      ['d', -2.64, null],
      ['e', null, null],
    ]);
    expect(c.scorers[4].grades.HOAN_THANH_TOT).toBe(1);
    expect(c.meanGapPoints).toBe(CALIBRATION_RULES.meanGapPoints);
    expect(c.explanation.result).toEqual([
      { scorerId: 'a', flag: 'LENIENT' },
      { scorerId: 'b', flag: 'HARSH' },
    ]);
    expect(c.explanation.steps[4].formula).toBe('— − 85.64 (0 scores)');
  });

  it('gives an empty unit nothing to compare', () => {
    const c = calibrateScorers([{ scorerId: 'x', score: null, grade: null }]);
    expect(c.unit.scores.mean).toBeNull();
    expect(c.explanation.steps[0].formula).toBe('— − — (0 scores)');
  });
});
