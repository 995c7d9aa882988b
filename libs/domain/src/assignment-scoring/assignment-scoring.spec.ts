import { deriveRuleSet } from '../rule-sets/registry';
import { RULE_SET_V1 } from '../rule-sets/v1';
import { DomainValidationError } from '../shared/errors';
import { AssignmentScoringInput, DeductionEvent, scoreAssignment } from './assignment-scoring';

const event = (reference: string, waived = false): DeductionEvent => ({
  reference,
  waiver: waived ? { cause: 'Mất điện diện rộng', confirmedBy: 'Công văn 12/UBND' } : null,
});
const events = (count: number): DeductionEvent[] => Array.from({ length: count }, (_, i) => event(`r${i + 1}`));
const input = (overrides: Partial<AssignmentScoringInput>): AssignmentScoringInput => ({
  assignmentId: 'a1',
  expectedUnits: 10,
  deliveredUnits: 10,
  majorErrorReturns: [],
  missedDeadlines: [],
  ...overrides,
});

// Decree 335/2025/NĐ-CP art. 14(2): quantity = completed ÷ assigned; quality and progress lose 25%
// per major content error or delay unless an objective cause is confirmed in writing.
describe('assignment percentages (Decree 335/2025/NĐ-CP art. 14)', () => {
  it.each([
    ['delivered in full, no errors', {}, [100, 100, 100]],
    ['one return for a major content error', { majorErrorReturns: events(1) }, [100, 75, 100]],
    ['three returns', { majorErrorReturns: events(3) }, [100, 25, 100]],
    ['four returns reach the floor', { majorErrorReturns: events(4) }, [100, 0, 100]],
    ['five returns stay at the floor of 0', { majorErrorReturns: events(5) }, [100, 0, 100]],
    ['a return waived for an objective cause', { majorErrorReturns: [event('r1', true)] }, [100, 100, 100]],
    ['one missed deadline', { missedDeadlines: events(1) }, [100, 100, 75]],
    ['two missed deadlines, one waived', { missedDeadlines: [event('d1'), event('d2', true)] }, [100, 100, 75]],
    ['more delivered than expected is capped at 100', { deliveredUnits: 12 }, [100, 100, 100]],
    ['half delivered with one return', { deliveredUnits: 5, majorErrorReturns: events(1) }, [50, 25, 50]],
    ['nothing delivered', { deliveredUnits: 0, missedDeadlines: events(1) }, [0, 0, 0]],
    ['a third delivered', { expectedUnits: 3, deliveredUnits: 1 }, [33.33, 33.33, 33.33]],
  ] as const)('%s', (_, overrides, [quantity, quality, progress]) => {
    const score = scoreAssignment(input(overrides), RULE_SET_V1);
    expect([score.quantity, score.quality, score.progress]).toEqual([quantity, quality, progress]);
  });

  it('applies a configurable quantity cap from the rule set', () => {
    const strict = deriveRuleSet(RULE_SET_V1, { version: 'cap-90', effectiveFrom: '2026-01-01', description: '' }, { assignment: { quantityCapPercent: 90 } });
    expect(scoreAssignment(input({ deliveredUnits: 13 }), strict).quantity).toBe(90);
    expect(scoreAssignment(input({ deliveredUnits: 8 }), strict).quantity).toBe(80);
    // Task results are out of 100% (at most 70 points): a cap above 100 is refused, since it scored 104.67 out of 100.
    expect(() => deriveRuleSet(RULE_SET_V1, { version: 'cap-120', effectiveFrom: '2026-01-01', description: '' }, { assignment: { quantityCapPercent: 120 } })).toThrow(
      /quantityCapPercent/,
    );
  });

  it('explains each percentage with its deductions and waivers', () => {
    const score = scoreAssignment(input({ majorErrorReturns: [event('review 7'), event('review 9', true)] }), RULE_SET_V1);
    expect(score.convertedUnits).toBe(10);
    expect(score.explanations.quality).toMatchObject({ rule: 'assignment.quality', ruleSetVersion: 'v1', result: 75 });
    expect(score.explanations.quality.deductions).toEqual([
      { reason: 'returned for a major content error (review 7)', points: 25, waived: false, waiver: null },
      { reason: 'returned for a major content error (review 9)', points: 0, waived: true, waiver: 'Mất điện diện rộng — xác nhận: Công văn 12/UBND' },
    ]);
    expect(score.explanations.quantity.source).toMatch(/Decree 335\/2025/);
    expect(score.explanations.progress.result).toBe(100);
  });

  it('is deterministic for the same inputs and version', () => {
    const once = scoreAssignment(input({ missedDeadlines: events(2) }), RULE_SET_V1);
    expect(scoreAssignment(input({ missedDeadlines: events(2) }), RULE_SET_V1)).toEqual(once);
  });

  it.each([
    [{ expectedUnits: 0 }, /expectedUnits/],
    [{ deliveredUnits: -1 }, /deliveredUnits/],
    [{ majorErrorReturns: [{ reference: '' }] }, /majorErrorReturns\[0\]\.reference/],
    [{ missedDeadlines: [{ reference: 'd', waiver: { cause: ' ', confirmedBy: 'x' } }] }, /waiver\.cause/],
    [{ missedDeadlines: [{ reference: 'd', waiver: { cause: 'storm', confirmedBy: '' } }] }, /waiver\.confirmedBy/],
  ])('rejects %j', (overrides, message) => {
    expect(() => scoreAssignment(input(overrides), RULE_SET_V1)).toThrow(DomainValidationError);
    expect(() => scoreAssignment(input(overrides), RULE_SET_V1)).toThrow(message);
  });
});
