import fc from 'fast-check';
import { GRADES, Grade, RULE_SET_V1 } from '@ketqua/domain';
import { buildRecord, buildRecordNumbers, RecordFact, RecordInputs } from './evaluation-record';

// The period board asks for no receipt and gets buildRecordNumbers; every other reader gets
// buildRecord. On the same inputs both must give the same numbers, and the same refusals.
const outcome = <T>(f: () => T): { value?: T; error?: string } => {
  try {
    return { value: f() };
  } catch (e) {
    return { error: `${(e as Error).constructor.name}: ${(e as Error).message}` };
  }
};
const rules = RULE_SET_V1;
const event = fc.record({
  reference: fc.oneof({ weight: 30, arbitrary: fc.string({ minLength: 1, maxLength: 5 }) }, { weight: 1, arbitrary: fc.constant('') }),
  waiver: fc.option(fc.constant({ cause: 'Mất điện', confirmedBy: 'CV 12/UBND' }), { nil: null, freq: 3 }),
});
const fact: fc.Arbitrary<RecordFact> = fc.record({
  assignmentId: fc.uuid(),
  title: fc.constant('Báo cáo'),
  sourceDocument: fc.option(fc.constant('CV 1/SNV'), { nil: null }),
  status: fc.constantFrom('ACCEPTED', 'IN_PROGRESS', 'OVERDUE'),
  deadlineDate: fc.constant('2026-11-20'),
  expectedUnits: fc.oneof(
    { weight: 30, arbitrary: fc.integer({ min: 1, max: 20 }) },
    { weight: 10, arbitrary: fc.double({ min: 0.1, max: 20, noNaN: true }) },
    { weight: 1, arbitrary: fc.constant(0) },
  ),
  deliveredUnits: fc.oneof(fc.integer({ min: 0, max: 25 }), fc.double({ min: 0, max: 25, noNaN: true })),
  majorErrorReturns: fc.array(event, { maxLength: 4 }),
  missedDeadlines: fc.array(event, { maxLength: 4 }),
});
const grade = fc.constantFrom(...(GRADES as readonly Grade[]));
const inputs: fc.Arbitrary<RecordInputs> = fc.record({
  regime: fc.constantFrom('CONG_CHUC' as const, 'VIEN_CHUC' as const),
  isLeader: fc.boolean(),
  ruleSet: fc.constant(rules),
  facts: fc.array(fact, { maxLength: 30 }),
  generalScores: fc.option(
    fc
      .tuple(...rules.congChuc.generalCriteria.map(() => fc.constantFrom(0, 5.5, 6.75, 7.5)))
      .map((p) => rules.congChuc.generalCriteria.map((c, i) => ({ code: c.code, points: p[i] }))),
    { nil: null },
  ),
  overrides: fc.option(
    fc.record({
      ethicalDegradation: fc.option(fc.constant({ reference: 'KL 3/2026' }), { nil: null, freq: 4 }),
      unitCorruption: fc.option(fc.constant({ reference: 'KL 4' }), { nil: null, freq: 4 }),
    }),
    { nil: null },
  ),
  scheduledWorkingDays: fc.option(fc.constant(21), { nil: null }),
  workedDays: fc.option(fc.integer({ min: 0, max: 21 }), { nil: null }),
  subordinateGrades: fc.option(fc.array(grade, { maxLength: 10 }), { nil: null }),
  managedUnit: fc.option(
    fc.record({
      targets: fc
        .integer({ min: 0, max: 10 })
        .chain((total) => fc.record({ total: fc.constant(total), completed: fc.integer({ min: 0, max: total }), onTimeAndQuality: fc.constant(0), exceeded: fc.constant(0) })),
    }),
    { nil: null },
  ),
  decidedGrade: fc.option(grade, { nil: null }),
  gradeChangeReason: fc.option(fc.constant('Theo kết luận của hội đồng'), { nil: null }),
});

describe('buildRecordNumbers', () => {
  it('gives buildRecord’s numbers (everything but the receipt), and its refusals, on random facts and decisions', () => {
    let computed = 0;
    fc.assert(
      fc.property(inputs, (input) => {
        const full = outcome(() => buildRecord(input));
        const numbers = outcome(() => buildRecordNumbers(input));
        if (full.value) {
          computed++;
          const { receipt, ...rest } = full.value;
          expect(receipt.lines).toHaveLength(input.facts.length);
          expect(numbers).toEqual({ value: rest });
          // The receipt is absent, not empty: a reader can't mistake it for "no assignment".
          expect('receipt' in (numbers.value as object)).toBe(false);
        } else expect(numbers).toEqual(full);
      }),
      { numRuns: 1500 },
    );
    expect(computed).toBeGreaterThan(500);
  });
});
