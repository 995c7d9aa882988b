import { deriveRuleSet } from '../rule-sets/registry';
import { RULE_SET_V1 } from '../rule-sets/v1';
import { DomainValidationError } from '../shared/errors';
import { Grade } from '../shared/grade';
import { annualDecisionDeadline, computeAnnualGrade } from './annual-grade';
import { gradeForScore } from './bands';
import { leaderUnitResultsPercent } from './leader';
import { DISCIPLINE_LEVELS, GradeOverrides } from './overrides';
import { computePeriodScore, GeneralCriterionScore, PeriodScoreInput, ScoredAssignment } from './period-score';

const rules = RULE_SET_V1;
const assignment = (percent: number, units = 10, id = 'a'): ScoredAssignment => ({
  assignmentId: id,
  convertedUnits: units,
  quantity: percent,
  quality: percent,
  progress: percent,
});
/** Head's sub-scores adding up to `total` (each criterion ≤ 7.5). */
const general = (total: number): GeneralCriterionScore[] => {
  let left = total;
  return rules.congChuc.generalCriteria.map((criterion) => {
    const points = Math.min(criterion.maxPoints, Math.round(left * 100) / 100);
    left -= points;
    return { code: criterion.code, points };
  });
};
const period = (overrides: Partial<PeriodScoreInput>): PeriodScoreInput => ({ assignments: [assignment(100)], generalCriteria: general(30), ...overrides });

describe('bands (Decree 335/2025/NĐ-CP)', () => {
  it.each([
    [100, 'HOAN_THANH_XUAT_SAC'],
    [90, 'HOAN_THANH_XUAT_SAC'],
    [89.99, 'HOAN_THANH_TOT'],
    [70, 'HOAN_THANH_TOT'],
    [69.99, 'HOAN_THANH'],
    [50, 'HOAN_THANH'],
    [49.99, 'KHONG_HOAN_THANH'],
    [0, 'KHONG_HOAN_THANH'],
  ])('score %d → %s', (score, grade) => {
    expect(gradeForScore(score, rules)).toBe(grade);
  });

  // The same edges reached through the full computation: task points + the head's general points.
  it.each([
    [60, 7.99, 49.99, 'KHONG_HOAN_THANH'],
    [60, 8, 50, 'HOAN_THANH'],
    [60, 27.99, 69.99, 'HOAN_THANH'],
    [60, 28, 70, 'HOAN_THANH_TOT'],
    [100, 19.99, 89.99, 'HOAN_THANH_TOT'],
    [100, 20, 90, 'HOAN_THANH_XUAT_SAC'],
  ])('task %d%% and general %d points → %d, %s', (taskPercent, generalTotal, score, grade) => {
    const result = computePeriodScore(period({ assignments: [assignment(taskPercent)], generalCriteria: general(generalTotal) }), rules);
    expect(result.score).toBe(score);
    expect(result.grade).toBe(grade);
    expect(result.taskPoints! + result.generalPoints!).toBeCloseTo(score, 10);
  });
});

describe('period score (công chức)', () => {
  it('weights assignments by converted units and combines the three percentages in equal thirds', () => {
    const result = computePeriodScore(
      period({
        assignments: [
          { assignmentId: 'small', convertedUnits: 10, quantity: 100, quality: 100, progress: 100 },
          { assignmentId: 'large', convertedUnits: 30, quantity: 100, quality: 25, progress: 25 },
        ],
        generalCriteria: general(25),
      }),
      rules,
    );
    // large: (100 + 25 + 25) / 3 = 50; weighted: (10 × 100 + 30 × 50) / 40 = 62.5% → 43.75 points.
    expect(result.taskPercent).toBe(62.5);
    expect(result.taskPoints).toBe(43.75);
    expect(result.generalPoints).toBe(25);
    expect(result.score).toBe(68.75);
    expect(result.grade).toBe('HOAN_THANH');
    expect(result.components.task?.steps.map((step) => step.value)).toEqual([100, 50, 62.5]);
    expect(result.explanation).toMatchObject({ rule: 'congChuc.periodScore', ruleSetVersion: 'v1', result: { score: 68.75, grade: 'HOAN_THANH' } });
  });

  it('uses the rule set’s combination when the template weights quantity double', () => {
    const v = deriveRuleSet(rules, { version: 'q2', effectiveFrom: '2026-01-01', description: '' }, { congChuc: { taskCombination: { quantity: 2, quality: 1, progress: 1 } } });
    const result = computePeriodScore(period({ assignments: [{ assignmentId: 'a', convertedUnits: 1, quantity: 100, quality: 0, progress: 0 }] }), v);
    expect(result.taskPercent).toBe(50);
    expect(result.explanation.ruleSetVersion).toBe('q2');
  });

  describe('overrides give KHONG_HOAN_THANH whatever the score', () => {
    it.each(DISCIPLINE_LEVELS.map((level) => [level]))('discipline sanction %s in the year', (level) => {
      const result = computePeriodScore(period({ overrides: { disciplineSanction: { level, reference: 'QĐ 1/QĐ-UBND' } } }), rules);
      expect(result.score).toBe(100);
      expect(result.grade).toBe('KHONG_HOAN_THANH');
      expect(result.overrideReasons).toEqual(['DISCIPLINE_REPRIMAND_OR_ABOVE']);
    });

    it.each<[string, GradeOverrides, boolean, Grade]>([
      ['ethical degradation', { ethicalDegradation: { reference: 'KL 3' } }, false, 'KHONG_HOAN_THANH'],
      ['unit corruption, for a leader', { unitCorruption: { reference: 'KL 4' } }, true, 'KHONG_HOAN_THANH'],
      ['unit corruption does not apply to a non-leader', { unitCorruption: { reference: 'KL 4' } }, false, 'HOAN_THANH_XUAT_SAC'],
      ['no finding', {}, false, 'HOAN_THANH_XUAT_SAC'],
      ['explicit nulls', { disciplineSanction: null, ethicalDegradation: null }, false, 'HOAN_THANH_XUAT_SAC'],
    ])('%s', (_, overrides, leader, grade) => {
      const result = computePeriodScore(period({ overrides, leader: leader ? { subordinateGrades: ['HOAN_THANH'] } : null }), rules);
      expect(result.grade).toBe(grade);
    });
  });

  describe('leaders (unit-results component)', () => {
    it.each<[string, Grade[], number]>([
      ['every subordinate at least HOAN_THANH', ['HOAN_THANH_XUAT_SAC', 'HOAN_THANH_TOT', 'HOAN_THANH'], 100],
      ['one subordinate KHONG_HOAN_THANH', ['HOAN_THANH_TOT', 'KHONG_HOAN_THANH'], 50],
      ['unclassified subordinates do not count', ['NOT_CLASSIFIED', 'HOAN_THANH'], 100],
    ])('%s', (_, grades, percent) => {
      expect(leaderUnitResultsPercent(grades, rules)).toMatchObject({ applies: true, percent });
    });

    it('blends the leader’s own work and the unit results 50/50', () => {
      const result = computePeriodScore(
        period({ assignments: [assignment(80)], generalCriteria: general(30), leader: { subordinateGrades: ['HOAN_THANH', 'KHONG_HOAN_THANH'] } }),
        rules,
      );
      // (80 × 50 + 50 × 50) / 100 = 65% → 45.5 points; + 30 = 75.5.
      expect(result.taskPercent).toBe(65);
      expect(result.score).toBe(75.5);
      expect(result.components.leader).toMatchObject({ rule: 'congChuc.leaderUnitResults', result: 50 });
    });
  });

  describe('pro-rating for time actually worked', () => {
    it('is NOT_CLASSIFIED when no working day was worked', () => {
      const result = computePeriodScore(period({ attendance: { scheduledWorkingDays: 20, workedDays: 0 } }), rules);
      expect(result).toMatchObject({ score: null, grade: 'NOT_CLASSIFIED', notClassifiedReason: 'NO_TIME_WORKED', weightDays: 0 });
    });

    it('is NOT_CLASSIFIED without any assignment', () => {
      const result = computePeriodScore(period({ assignments: [] }), rules);
      expect(result).toMatchObject({ grade: 'NOT_CLASSIFIED', notClassifiedReason: 'NO_ASSIGNMENTS', weightDays: null });
      expect(result.explanation.result).toBe('NOT_CLASSIFIED');
    });

    it('scores a partly worked period on its work and weights it by the days worked', () => {
      const result = computePeriodScore(period({ attendance: { scheduledWorkingDays: 22, workedDays: 11 } }), rules);
      expect(result.score).toBe(100);
      expect(result.weightDays).toBe(11);
      expect(result.explanation.steps.at(-1)).toEqual({ label: 'time actually worked', value: '11/22 working days' });
    });

    it('weights the annual average by days worked', () => {
      const annual = computeAnnualGrade(
        {
          periods: [
            { periodId: '2026-Q1', score: 92, weightDays: 60 },
            { periodId: '2026-Q2', score: 62, weightDays: 30 },
            { periodId: '2026-Q3', score: null, weightDays: 0 },
          ],
        },
        rules,
      );
      // (92 × 60 + 62 × 30) / 90 = 82
      expect(annual.averageScore).toBe(82);
      expect(annual.grade).toBe('HOAN_THANH_TOT');
    });
  });

  it.each([
    [{ assignments: [assignment(100, 0)] }, /convertedUnits/],
    [{ assignments: [{ ...assignment(100), quality: -1 }] }, /quality/],
    [{ generalCriteria: general(30).map((score, i) => (i === 0 ? { ...score, points: 7.125 } : score)) }, /at most two decimals/],
    [{ generalCriteria: [...general(30), { code: 'EXTRA', points: 1 }] }, /EXTRA/],
    [{ generalCriteria: general(30).slice(1) }, /has not been scored/],
    [{ generalCriteria: [...general(30), general(30)[0]] }, /once/],
    [{ generalCriteria: general(30).map((score) => ({ ...score, points: 8 })) }, /between 0 and 7.5/],
    [{ attendance: { scheduledWorkingDays: 20, workedDays: 21 } }, /workedDays/],
  ])('rejects %j', (overrides, message) => {
    expect(() => computePeriodScore(period(overrides as Partial<PeriodScoreInput>), rules)).toThrow(DomainValidationError);
    expect(() => computePeriodScore(period(overrides as Partial<PeriodScoreInput>), rules)).toThrow(message);
  });
});

describe('annual grade (công chức)', () => {
  it.each([
    [[90, 90, 89.97, 90], 89.99, 'HOAN_THANH_TOT'],
    [[95, 85], 90, 'HOAN_THANH_XUAT_SAC'],
    [[50, 49.98], 49.99, 'KHONG_HOAN_THANH'],
    // 69.996… is below 70: the band is decided on the exact average, shown truncated.
    [[70, 70, 69.99], 69.99, 'HOAN_THANH'],
    [[70, 70, 70.01], 70, 'HOAN_THANH_TOT'],
  ])('averages %j to %d → %s', (scores, average, grade) => {
    const result = computeAnnualGrade({ periods: scores.map((score, i) => ({ periodId: `m${i + 1}`, score })) }, rules);
    expect(result.averageScore).toBe(average);
    expect(result.grade).toBe(grade);
  });

  it('keeps periods from the previous unit (they travel with the official) and skips unclassified ones', () => {
    const result = computeAnnualGrade(
      {
        periods: [
          { periodId: 'old-unit-2026-01', score: 80 },
          { periodId: '2026-02', score: null },
          { periodId: '2026-03', score: 90 },
        ],
      },
      rules,
    );
    expect(result.averageScore).toBe(85);
    expect(result.explanation.inputs).toEqual({ periods: 3, scoredPeriods: 2, weightedByDaysWorked: false });
  });

  it('is NOT_CLASSIFIED with no classified period', () => {
    expect(computeAnnualGrade({ periods: [{ periodId: 'p', score: null }] }, rules)).toMatchObject({ averageScore: null, grade: 'NOT_CLASSIFIED' });
    expect(computeAnnualGrade({ periods: [] }, rules).grade).toBe('NOT_CLASSIFIED');
  });

  it('gives KHONG_HOAN_THANH for a sanction in the year whatever the average', () => {
    const result = computeAnnualGrade({ periods: [{ periodId: 'p', score: 95 }], isLeader: true, overrides: { unitCorruption: { reference: 'KL 1' } } }, rules);
    expect(result).toMatchObject({ averageScore: 95, grade: 'KHONG_HOAN_THANH', overrideReasons: ['UNIT_CORRUPTION'] });
    expect(result.explanation.steps.at(-1)?.label).toBe('override');
  });

  it('refuses mixed weighting and out-of-range scores', () => {
    expect(() =>
      computeAnnualGrade(
        {
          periods: [
            { periodId: 'a', score: 80, weightDays: 10 },
            { periodId: 'b', score: 70 },
          ],
        },
        rules,
      ),
    ).toThrow(/weightDays/);
    expect(() => computeAnnualGrade({ periods: [{ periodId: 'a', score: 101 }] }, rules)).toThrow(DomainValidationError);
    expect(() => computeAnnualGrade({ periods: [{ periodId: 'a', score: 80, weightDays: -1 }] }, rules)).toThrow(DomainValidationError);
  });

  it('is decided before 15/12, or 15/01 of the next year for special cycles', () => {
    expect(annualDecisionDeadline(2026)).toBe('2026-12-15');
    expect(annualDecisionDeadline(2026, true)).toBe('2027-01-15');
  });
});
