import fc from 'fast-check';
import { deriveRuleSet } from '../rule-sets/registry';
import { RULE_SET_V1 } from '../rule-sets/v1';
import { DomainValidationError, PercentageOutOfRangeError } from '../shared/errors';
import { Grade } from '../shared/grade';
import { computeAnnualGrade } from './annual-grade';
import { displayScore, formatScore, gradeForScore } from './bands';
import { computePeriodScore, GeneralCriterionScore, PeriodScoreInput, ScoredAssignment } from './period-score';

const rules = RULE_SET_V1;
const fullGeneral = (): GeneralCriterionScore[] => rules.congChuc.generalCriteria.map((c) => ({ code: c.code, points: c.maxPoints }));
/** General points adding up to 25 (7.5, 7.5, 7.5, 2.5). */
const general25 = (): GeneralCriterionScore[] => fullGeneral().map((score, i) => (i === 3 ? { ...score, points: 2.5 } : score));
const a = (quantity: number, quality = quantity, progress = quantity, convertedUnits = 10, assignmentId = 'a'): ScoredAssignment => ({
  assignmentId,
  convertedUnits,
  quantity,
  quality,
  progress,
});
const period = (overrides: Partial<PeriodScoreInput>): PeriodScoreInput => ({ assignments: [a(100)], generalCriteria: fullGeneral(), ...overrides });

// Decree 335/2025/NĐ-CP art. 14: task results are scored out of 70 points from percentages of the
// assigned converted units — a share of what was assigned, so 0–100%.
describe('task results are out of 100% and 70 points (Decree 335/2025/NĐ-CP art. 14)', () => {
  it.each<[string, ScoredAssignment]>([
    ['quantity 200% (scored 170 out of 100 before)', a(200)],
    ['quality above 100', a(100, 100.01, 100)],
    ['negative progress', a(100, 100, -0.01)],
    ['NaN quantity', a(Number.NaN, 100, 100)],
    ['infinite quality', a(100, Number.POSITIVE_INFINITY, 100)],
  ])('refuses %s with PercentageOutOfRangeError', (_, assignment) => {
    const run = () => computePeriodScore(period({ assignments: [assignment] }), rules);
    expect(run).toThrow(PercentageOutOfRangeError);
    expect(run).toThrow(DomainValidationError);
    try {
      run();
    } catch (error) {
      expect((error as PercentageOutOfRangeError).issues[0].field).toMatch(/^assignments\[0\]\.(quantity|quality|progress)$/);
    }
  });

  it.each([
    [a(100), 70, 100],
    [a(0), 0, 30],
    [a(100, 100, 100, 1), 70, 100],
  ])('never more than 70 task points: %j → %d task points, %d in all', (assignment, taskPoints, score) => {
    const result = computePeriodScore(period({ assignments: [assignment] }), rules);
    expect(result).toMatchObject({ taskPoints, score });
  });

  it('refuses a rule set whose quantity cap would score above 100% (104.67 out of 100 before)', () => {
    expect(() => deriveRuleSet(rules, { version: 'x', effectiveFrom: '2026-01-01', description: '' }, { assignment: { quantityCapPercent: 120 } })).toThrow(DomainValidationError);
    expect(() => deriveRuleSet(rules, { version: 'x', effectiveFrom: '2026-01-01', description: '' }, { assignment: { quantityCapPercent: 0 } })).toThrow(/quantityCapPercent/);
  });

  it('property: any valid percentages give 0 ≤ task points ≤ 70 and 0 ≤ score ≤ 100', () => {
    const percent = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(percent, percent, percent, fc.integer({ min: 1, max: 1000 })), { minLength: 1, maxLength: 6 }), (rows) => {
        const result = computePeriodScore(period({ assignments: rows.map(([q, ql, p, u], i) => a(q, ql, p, u, `a${i}`)) }), rules);
        return result.taskPoints! >= 0 && result.taskPoints! <= 70 && result.score! >= 0 && result.score! <= 100;
      }),
    );
  });
});

// Decree 335/2025/NĐ-CP (mức xếp loại chất lượng công chức): ≥ 90 HOAN_THANH_XUAT_SAC, 70 to < 90
// HOAN_THANH_TOT, 50 to < 70 HOAN_THANH, < 50 KHONG_HOAN_THANH. PRODUCT 4.4: band edges apply to the
// exact score; a shown score never crosses a band edge.
describe('band edges on the exact score, shown truncated (Decree 335/2025/NĐ-CP, bands)', () => {
  it.each<[number, number, string, Grade]>([
    [89.995, 89.99, '89.99', 'HOAN_THANH_TOT'],
    [89.999999, 89.99, '89.99', 'HOAN_THANH_TOT'],
    [90, 90, '90.00', 'HOAN_THANH_XUAT_SAC'],
    [69.995, 69.99, '69.99', 'HOAN_THANH'],
    [70, 70, '70.00', 'HOAN_THANH_TOT'],
    [49.999, 49.99, '49.99', 'KHONG_HOAN_THANH'],
    [50, 50, '50.00', 'HOAN_THANH'],
    [0.29, 0.29, '0.29', 'KHONG_HOAN_THANH'],
    [64.1666666, 64.16, '64.16', 'HOAN_THANH'],
    [100, 100, '100.00', 'HOAN_THANH_XUAT_SAC'],
    [-1.239, -1.23, '-1.23', 'KHONG_HOAN_THANH'],
  ])('exact %d shows %d ("%s") and is %s', (exact, shown, text, grade) => {
    expect(displayScore(exact)).toBe(shown);
    expect(formatScore(exact)).toBe(text);
    expect(gradeForScore(exact, rules)).toBe(grade);
    expect(gradeForScore(displayScore(exact), rules)).toBe(grade);
  });

  it('a period whose exact score is 89.995 shows 89.99 and is HOAN_THANH_TOT (it showed 90.00, XUAT_SAC, before)', () => {
    // 1 unit at 100% and 39 units at (100 + 100 + 78) / 3: own work 92.85% → 64.995 task points; + 25 general.
    const result = computePeriodScore(period({ assignments: [a(100, 100, 100, 1, 'x'), a(100, 100, 78, 39, 'y')], generalCriteria: general25() }), rules);
    expect(result.exactScore).toBe(89.995);
    expect(result.score).toBe(89.99);
    expect(result.grade).toBe('HOAN_THANH_TOT');
    expect(result.taskPoints).toBe(64.99);
    expect(result.taskPoints! + result.generalPoints!).toBeCloseTo(result.score!, 10);
  });

  it('the annual average is banded on the exact average and shown truncated', () => {
    const annual = computeAnnualGrade(
      {
        periods: [
          { periodId: 'm1', score: 89.99 },
          { periodId: 'm2', score: 90 },
        ],
      },
      rules,
    );
    expect(annual).toMatchObject({ exactAverageScore: 89.995, averageScore: 89.99, grade: 'HOAN_THANH_TOT' });
    // The periods' exact scores are used when given, not their display.
    const exact = computeAnnualGrade(
      {
        periods: [
          { periodId: 'm1', score: 89.99, exactScore: 89.995 },
          { periodId: 'm2', score: 90, exactScore: 90.005 },
        ],
      },
      rules,
    );
    expect(exact).toMatchObject({ exactAverageScore: 90, averageScore: 90, grade: 'HOAN_THANH_XUAT_SAC' });
  });

  it('property: display(score) is never in a different band than the score, and never above it', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (score) => {
        const shown = displayScore(score);
        return gradeForScore(shown, rules) === gradeForScore(score, rules) && shown <= score + 1e-6 && score - shown < 0.01 + 1e-6;
      }),
      { numRuns: 5000 },
    );
    // The band edges themselves and their nearest neighbours.
    for (const edge of [50, 70, 90]) {
      for (const score of [edge - 0.000001, edge - 0.005, edge, edge + 0.000001, edge + 0.005]) {
        expect(gradeForScore(displayScore(score), rules)).toBe(gradeForScore(score, rules));
      }
    }
  });

  it('property: a computed period’s shown score is in the band of its grade', () => {
    const percent = fc.integer({ min: 0, max: 10000 }).map((hundredths) => hundredths / 100);
    const points = fc.integer({ min: 0, max: 750 }).map((hundredths) => hundredths / 100);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(percent, percent, percent, fc.integer({ min: 1, max: 50 })), { minLength: 1, maxLength: 5 }),
        fc.tuple(points, points, points, points),
        (rows, [p1, p2, p3, p4]) => {
          const generalCriteria = rules.congChuc.generalCriteria.map((c, i) => ({ code: c.code, points: [p1, p2, p3, p4][i] }));
          const result = computePeriodScore({ assignments: rows.map(([q, ql, p, u], i) => a(q, ql, p, u, `a${i}`)), generalCriteria }, rules);
          return gradeForScore(result.score!, rules) === result.grade && Math.abs(result.taskPoints! + result.generalPoints! - result.score!) < 1e-9;
        },
      ),
      { numRuns: 2000 },
    );
  });
});

// Decree 335/2025/NĐ-CP (xếp loại "Không hoàn thành nhiệm vụ"): a discipline sanction of reprimand
// or above in the year, or a conclusion of degradation, gives KHONG_HOAN_THANH — for the year too.
describe('a period’s discipline or degradation finding reaches the annual grade (Decree 335/2025/NĐ-CP)', () => {
  it.each<[string, PeriodScoreInput['overrides'], boolean, string]>([
    ['a reprimand recorded in March', { disciplineSanction: { level: 'REPRIMAND', reference: 'QĐ 5/QĐ-UBND' } }, false, 'DISCIPLINE_REPRIMAND_OR_ABOVE'],
    ['a degradation conclusion recorded in March', { ethicalDegradation: { reference: 'KL 2' } }, false, 'ETHICAL_DEGRADATION'],
    ['corruption in the unit of a leader, recorded in March', { unitCorruption: { reference: 'KL 3' } }, true, 'UNIT_CORRUPTION'],
  ])('%s', (_, overrides, leader, reason) => {
    const extra = leader ? { leader: { subordinateGrades: ['HOAN_THANH'] as Grade[] } } : {};
    const periods = [
      { periodId: '2026-01', ...computePeriodScore(period(extra), rules) },
      { periodId: '2026-03', ...computePeriodScore(period({ ...extra, overrides }), rules) },
      { periodId: '2026-04', ...computePeriodScore(period(extra), rules) },
    ];
    // No isLeader, no overrides passed to the annual computation: the period carries the finding.
    const annual = computeAnnualGrade({ periods }, rules);
    expect(annual.averageScore).toBe(100);
    expect(annual.grade).toBe('KHONG_HOAN_THANH');
    expect(annual.overrideReasons).toEqual([reason]);
    expect(annual.explanation.steps).toContainEqual({ label: 'finding recorded on period 2026-03', value: reason });
  });

  it('even from a period that is not classified (no day worked), and merged with year-end findings without repeats', () => {
    const sanctioned = computePeriodScore(
      period({ attendance: { scheduledWorkingDays: 20, workedDays: 0 }, overrides: { disciplineSanction: { level: 'WARNING', reference: 'QĐ 9' } } }),
      rules,
    );
    expect(sanctioned).toMatchObject({ grade: 'NOT_CLASSIFIED', overrideReasons: ['DISCIPLINE_REPRIMAND_OR_ABOVE'] });
    const worked = computePeriodScore(period({ attendance: { scheduledWorkingDays: 20, workedDays: 20 } }), rules);
    const annual = computeAnnualGrade(
      {
        periods: [
          { periodId: 'p1', ...sanctioned },
          { periodId: 'p2', ...worked },
        ],
        overrides: { disciplineSanction: { level: 'WARNING', reference: 'QĐ 9' }, ethicalDegradation: { reference: 'KL 7' } },
      },
      rules,
    );
    expect(annual).toMatchObject({ averageScore: 100, grade: 'KHONG_HOAN_THANH', overrideReasons: ['DISCIPLINE_REPRIMAND_OR_ABOVE', 'ETHICAL_DEGRADATION'] });
  });

  it('a clean year keeps its band', () => {
    const periods = ['2026-01', '2026-02'].map((periodId) => ({ periodId, ...computePeriodScore(period({}), rules) }));
    expect(computeAnnualGrade({ periods }, rules)).toMatchObject({ grade: 'HOAN_THANH_XUAT_SAC', overrideReasons: [] });
  });
});

// Decree 335/2025/NĐ-CP (leaders' task results include the results of the unit they manage):
// with no classified subordinate there are no unit results, so none is invented.
describe('leaders without classified subordinates (Decree 335/2025/NĐ-CP, leaders’ unit results)', () => {
  it.each<[string, Grade[]]>([
    ['no subordinate', []],
    ['only unclassified subordinates', ['NOT_CLASSIFIED', 'NOT_CLASSIFIED']],
  ])('%s: the component does not apply and the task score is the leader’s own work', (_, subordinateGrades) => {
    const result = computePeriodScore(period({ assignments: [a(60)], leader: { subordinateGrades } }), rules);
    // Own work 60% → 42 task points (an invented 100% unit component made it (60 + 100) / 2 = 80% → 56).
    expect(result.taskPercent).toBe(60);
    expect(result.taskPoints).toBe(42);
    expect(result.leaderComponent).toEqual({ applies: false, unitResultsPercent: null, weightPercent: 50, taskResultsFrom: 'OWN_WORK_ONLY' });
    expect(result.components.leader).toMatchObject({ rule: 'congChuc.leaderUnitResults', result: 'NOT_APPLICABLE' });
    expect(result.components.task?.steps.at(-1)).toEqual({ label: 'unit results do not apply (no classified subordinate): own work only', value: 60 });
  });

  it('with a classified subordinate the component applies and is blended', () => {
    const result = computePeriodScore(period({ assignments: [a(60)], leader: { subordinateGrades: ['NOT_CLASSIFIED', 'HOAN_THANH'] } }), rules);
    expect(result.taskPercent).toBe(80);
    expect(result.leaderComponent).toEqual({ applies: true, unitResultsPercent: 100, weightPercent: 50, taskResultsFrom: 'OWN_WORK_AND_UNIT_RESULTS' });
  });

  it('a non-leader has no leader component', () => {
    expect(computePeriodScore(period({}), rules).leaderComponent).toBeNull();
  });
});
