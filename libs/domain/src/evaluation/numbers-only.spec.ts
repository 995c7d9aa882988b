import fc from 'fast-check';
import { AssignmentScoringInput, DeductionEvent, scoreAssignment, scoreAssignmentNumbers } from '../assignment-scoring/assignment-scoring';
import { RULE_SET_V1 } from '../rule-sets/v1';
import { GRADES, Grade } from '../shared/grade';
import { computePeriodScore, computePeriodScoreNumbers, PeriodScoreInput } from './period-score';

// The period board shows numbers only, so it calls the *Numbers variants (no explanation built).
// They must give exactly what the full functions give, and refuse exactly what they refuse.
const rules = RULE_SET_V1;
const outcome = <T>(f: () => T): { value?: T; error?: string } => {
  try {
    return { value: f() };
  } catch (e) {
    return { error: `${(e as Error).constructor.name}: ${(e as Error).message}` };
  }
};

const deductionEvent: fc.Arbitrary<DeductionEvent> = fc.record({
  // Mostly valid, sometimes refused (an empty reference, a waiver without its cause or confirmation).
  reference: fc.oneof({ weight: 1, arbitrary: fc.constant('') }, { weight: 40, arbitrary: fc.string({ minLength: 1, maxLength: 6 }) }),
  waiver: fc.option(
    fc.oneof(
      { weight: 20, arbitrary: fc.constant({ cause: 'Mất điện', confirmedBy: 'CV 12/UBND' }) },
      { weight: 1, arbitrary: fc.record({ cause: fc.constantFrom('', ' '), confirmedBy: fc.constantFrom('', 'CV 12/UBND') }) },
    ),
    { nil: null, freq: 2 },
  ),
});
const units = fc.oneof(
  { weight: 10, arbitrary: fc.double({ min: 0.01, max: 50, noNaN: true }) },
  { weight: 10, arbitrary: fc.integer({ min: 1, max: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, Infinity, NaN) },
);
const scoring: fc.Arbitrary<AssignmentScoringInput> = fc.record({
  assignmentId: fc.uuid(),
  expectedUnits: units,
  deliveredUnits: units,
  majorErrorReturns: fc.array(deductionEvent, { maxLength: 5 }),
  missedDeadlines: fc.array(deductionEvent, { maxLength: 5 }),
});

describe('numbers without explanations', () => {
  it('scoreAssignmentNumbers gives scoreAssignment’s numbers, and its refusals, on random facts', () => {
    let computed = 0;
    fc.assert(
      fc.property(scoring, (input) => {
        const full = outcome(() => scoreAssignment(input, rules));
        const numbers = outcome(() => scoreAssignmentNumbers(input, rules));
        if (full.value) {
          computed++;
          // eslint-disable-next-line @typescript-eslint/no-unused-vars
          const { explanations, ...rest } = full.value;
          expect(numbers).toEqual({ value: rest });
        } else expect(numbers).toEqual(full);
      }),
      { numRuns: 2000 },
    );
    // Not only refusals: most runs compute numbers.
    expect(computed).toBeGreaterThan(500);
  });

  const percent = fc.oneof(
    { weight: 60, arbitrary: fc.integer({ min: 0, max: 100 }) },
    { weight: 60, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }) },
    { weight: 1, arbitrary: fc.constantFrom(101, -1) },
  );
  const periodInput: fc.Arbitrary<PeriodScoreInput> = fc.record({
    assignments: fc.array(
      fc.record({
        assignmentId: fc.uuid(),
        convertedUnits: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.double({ min: 0.1, max: 30, noNaN: true })),
        quantity: percent,
        quality: percent,
        progress: percent,
      }),
      { maxLength: 30 },
    ),
    generalCriteria: fc
      .tuple(...rules.congChuc.generalCriteria.map(() => fc.constantFrom(0, 5.25, 6.5, 7, 7.5, 8)))
      .map((points) => rules.congChuc.generalCriteria.map((c, i) => ({ code: c.code, points: points[i] }))),
    leader: fc.option(fc.record({ subordinateGrades: fc.array(fc.constantFrom(...(GRADES as readonly Grade[])), { maxLength: 8 }) }), { nil: null }),
    attendance: fc.option(
      fc.integer({ min: 0, max: 23 }).chain((scheduled) => fc.record({ scheduledWorkingDays: fc.constant(scheduled), workedDays: fc.integer({ min: 0, max: scheduled }) })),
      { nil: null },
    ),
    overrides: fc.option(fc.record({ ethicalDegradation: fc.option(fc.record({ reference: fc.constant('KL 3/2026') }), { nil: null }) }), { nil: undefined }),
  });

  it('computePeriodScoreNumbers gives computePeriodScore’s numbers, and its refusals, on random periods', () => {
    let computed = 0;
    fc.assert(
      fc.property(periodInput, (input) => {
        const full = outcome(() => computePeriodScore(input, rules));
        const numbers = outcome(() => computePeriodScoreNumbers(input, rules));
        if (full.value) {
          computed++;
          // eslint-disable-next-line @typescript-eslint/no-unused-vars
          const { explanation, components, ...rest } = full.value;
          expect(numbers).toEqual({ value: rest });
        } else expect(numbers).toEqual(full);
      }),
      { numRuns: 2000 },
    );
    // Not only refusals: most runs compute numbers.
    expect(computed).toBeGreaterThan(500);
  });
});
