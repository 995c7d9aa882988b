import { RULE_SET_V1 } from '../rule-sets/v1';
import { DomainValidationError } from '../shared/errors';
import { classifySpotCheckResponse, reviewMissedChecks, SpotCheckOutcome, SpotCheckResponseInput } from './outcomes';

const base: SpotCheckResponseInput = {
  promptAt: new Date('2026-03-03T08:41:00Z'),
  answerBy: new Date('2026-03-03T08:56:00Z'),
  closesAt: new Date('2026-03-03T10:00:00Z'),
};

describe('spot-check outcomes (PRODUCT 4.6)', () => {
  it.each<[string, Partial<SpotCheckResponseInput>, SpotCheckOutcome]>([
    ['answered in the window', { respondedAt: new Date('2026-03-03T08:50:00Z') }, 'ON_TIME'],
    ['answered at the last moment', { respondedAt: new Date('2026-03-03T08:56:00Z') }, 'ON_TIME'],
    ['answered after the window', { respondedAt: Date.parse('2026-03-03T08:56:01Z') }, 'LATE'],
    ['answered after the check closed', { respondedAt: new Date('2026-03-03T10:00:01Z') }, 'MISSED'],
    ['no answer', { respondedAt: null }, 'MISSED'],
    ['excused by the head', { excuse: 'Họp đột xuất với lãnh đạo' }, 'EXCUSED'],
    ['a blank excuse does not excuse', { excuse: '  ' }, 'MISSED'],
  ])('%s', (_, overrides, outcome) => {
    expect(classifySpotCheckResponse({ ...base, ...overrides }, RULE_SET_V1).outcome).toBe(outcome);
  });

  it('refuses windows in the wrong order', () => {
    expect(() => classifySpotCheckResponse({ ...base, answerBy: new Date('2026-03-03T08:00:00Z') }, RULE_SET_V1)).toThrow(DomainValidationError);
    expect(() => classifySpotCheckResponse({ ...base, closesAt: new Date('2026-03-03T08:00:00Z') }, RULE_SET_V1)).toThrow(/closesAt/);
  });

  it('explains the outcome with the instants it compared', () => {
    const { explanation } = classifySpotCheckResponse({ ...base, respondedAt: Date.parse('2026-03-03T09:00:00Z') }, RULE_SET_V1);
    expect(explanation).toMatchObject({
      rule: 'spotChecks.outcome',
      ruleSetVersion: 'v1',
      inputs: { answerBy: '2026-03-03T08:56:00.000Z', respondedAt: '2026-03-03T09:00:00.000Z', excuse: null },
      result: 'LATE',
    });
  });

  it('flags an enrollment for review at three MISSED checks in a month', () => {
    const outcomes = [
      { date: '2026-03-02', outcome: 'MISSED' as const },
      { date: '2026-03-10', outcome: 'MISSED' as const },
      { date: '2026-03-11', outcome: 'ON_TIME' as const },
      { date: '2026-04-01', outcome: 'MISSED' as const },
    ];
    expect(reviewMissedChecks(outcomes, '2026-03', RULE_SET_V1)).toMatchObject({ missed: 2, threshold: 3, flagForReview: false });
    const third = reviewMissedChecks([...outcomes, { date: '2026-03-31', outcome: 'MISSED' }], '2026-03', RULE_SET_V1);
    expect(third).toMatchObject({ missed: 3, flagForReview: true, explanation: { inputs: { month: '2026-03', checks: 4 } } });
    expect(() => reviewMissedChecks(outcomes, '2026-3', RULE_SET_V1)).toThrow(/YYYY-MM/);
  });
});
