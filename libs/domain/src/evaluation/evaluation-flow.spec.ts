import { tallyFromAssignments } from '../vien-chuc/vien-chuc-grade';
import {
  countsInPeriod,
  EVALUATION_ACTIONS,
  EVALUATION_STATUSES,
  evaluatorFor,
  mayScoreWithoutSelfAssessment,
  nextEvaluationStatus,
  windowAllows,
  windowsProblem,
} from './evaluation-flow';

const windows = { selfAssessmentUntil: '2026-11-05', headScoringUntil: '2026-11-10', publishUntil: '2026-11-15' };

describe('evaluation flow (PRODUCT.md 4.4 "Both regimes — Flow")', () => {
  it.each([
    ['AWAITING_SELF_ASSESSMENT', 'SUBMIT_SELF_ASSESSMENT', 'AWAITING_HEAD'],
    ['RETURNED', 'SUBMIT_SELF_ASSESSMENT', 'AWAITING_HEAD'],
    ['AWAITING_HEAD', 'SCORE', 'SCORED'],
    ['AWAITING_SELF_ASSESSMENT', 'SCORE', 'SCORED'],
    ['SCORED', 'SCORE', 'SCORED'],
    ['SCORED', 'RETURN_FOR_CHANGES', 'RETURNED'],
    ['SCORED', 'APPROVE', 'APPROVED'],
    ['APPROVED', 'PUBLISH', 'PUBLISHED'],
    ['PUBLISHED', 'REOPEN', 'REOPENED'],
    ['REOPENED', 'SCORE', 'SCORED'],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(nextEvaluationStatus(from, action)).toBe(to);
  });

  it('a published evaluation is locked: only REOPEN leaves it', () => {
    const allowed = EVALUATION_ACTIONS.filter((action) => nextEvaluationStatus('PUBLISHED', action) !== null);
    expect(allowed).toEqual(['REOPEN']);
  });

  it('publishing needs approval first, approval needs a score', () => {
    for (const status of EVALUATION_STATUSES) {
      if (status !== 'APPROVED') expect(nextEvaluationStatus(status, 'PUBLISH')).toBeNull();
      if (status !== 'SCORED') expect(nextEvaluationStatus(status, 'APPROVE')).toBeNull();
    }
  });

  it('enforces each window up to its last day, and exempts a reopened evaluation', () => {
    expect(windowAllows('SUBMIT_SELF_ASSESSMENT', windows, '2026-11-05')).toBe(true);
    expect(windowAllows('SUBMIT_SELF_ASSESSMENT', windows, '2026-11-06')).toBe(false);
    expect(windowAllows('SCORE', windows, '2026-11-10')).toBe(true);
    expect(windowAllows('SCORE', windows, '2026-11-11')).toBe(false);
    expect(windowAllows('RETURN_FOR_CHANGES', windows, '2026-11-11')).toBe(false);
    expect(windowAllows('PUBLISH', windows, '2026-11-15')).toBe(true);
    expect(windowAllows('APPROVE', windows, '2026-11-16')).toBe(false);
    expect(windowAllows('PUBLISH', windows, '2026-12-01', { reopened: true })).toBe(true);
    expect(windowAllows('REOPEN', windows, '2027-06-01')).toBe(true);
  });

  it('lets the head score without a self-assessment only after its window', () => {
    expect(mayScoreWithoutSelfAssessment(windows, '2026-11-05')).toBe(false);
    expect(mayScoreWithoutSelfAssessment(windows, '2026-11-06')).toBe(true);
  });

  it('refuses windows out of order', () => {
    expect(windowsProblem(windows, '2026-10-31')).toBeNull();
    expect(windowsProblem({ ...windows, selfAssessmentUntil: '2026-10-30' }, '2026-10-31')).toMatch(/selfAssessmentUntil/);
    expect(windowsProblem({ ...windows, headScoringUntil: '2026-11-04' }, '2026-10-31')).toMatch(/headScoringUntil/);
    expect(windowsProblem({ ...windows, publishUntil: '2026-11-09' }, '2026-10-31')).toMatch(/publishUntil/);
  });
});

describe('who evaluates whom (PRODUCT.md 4.4 "Level above")', () => {
  it('a non-leader by the unit head', () => {
    expect(evaluatorFor({ id: 'o', isLeader: false }, { unitHeadId: 'h', parentUnitHeadId: 'p' })).toEqual({ level: 'UNIT_HEAD', evaluatorId: 'h' });
  });
  it('a head or deputy by the head of the parent unit', () => {
    expect(evaluatorFor({ id: 'h', isLeader: true }, { unitHeadId: 'h', parentUnitHeadId: 'p' })).toEqual({ level: 'LEVEL_ABOVE', evaluatorId: 'p' });
    expect(evaluatorFor({ id: 'd', isLeader: true }, { unitHeadId: 'h', parentUnitHeadId: 'p' })).toEqual({ level: 'LEVEL_ABOVE', evaluatorId: 'p' });
  });
  it('HR where there is no level above, and never oneself', () => {
    expect(evaluatorFor({ id: 'h', isLeader: true }, { unitHeadId: 'h', parentUnitHeadId: null })).toEqual({ level: 'HR', evaluatorId: null });
    expect(evaluatorFor({ id: 'h', isLeader: false }, { unitHeadId: 'h', parentUnitHeadId: 'h' })).toEqual({ level: 'HR', evaluatorId: null });
  });
});

describe('which assignments a period counts', () => {
  const period = { startsOn: '2026-10-01', endsOn: '2026-10-31' };
  it('by the deadline in force inside the period, cancelled ones left out', () => {
    expect(countsInPeriod({ status: 'ACCEPTED', deadlineDate: '2026-10-01' }, period)).toBe(true);
    expect(countsInPeriod({ status: 'ASSIGNED', deadlineDate: '2026-10-31' }, period)).toBe(true);
    expect(countsInPeriod({ status: 'ACCEPTED', deadlineDate: '2026-11-01' }, period)).toBe(false);
    expect(countsInPeriod({ status: 'CANCELLED', deadlineDate: '2026-10-15' }, period)).toBe(false);
  });
});

describe('viên chức tally from assignment facts', () => {
  it('short below 100% quality or progress; exceeding when more was delivered and not short', () => {
    expect(
      tallyFromAssignments([
        { expectedUnits: 2, deliveredUnits: 3, quality: 100, progress: 100 },
        { expectedUnits: 2, deliveredUnits: 3, quality: 75, progress: 100 },
        { expectedUnits: 2, deliveredUnits: 2, quality: 100, progress: 75 },
        { expectedUnits: 2, deliveredUnits: 2, quality: 100, progress: 100 },
      ]),
    ).toEqual({ total: 4, short: 2, exceeding: 1 });
  });
});
