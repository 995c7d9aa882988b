import { RuleSet } from '../rule-sets/rule-set.types';
import { check } from '../shared/errors';
import { Deduction, explain, Explanation } from '../shared/explanation';
import { assertFinite, roundTo } from '../shared/numbers';

/**
 * An objective cause (nguyên nhân khách quan) the head recorded and had confirmed in writing.
 * Decree 335/2025/NĐ-CP art. 14(2): errors and delays due to objective causes confirmed by the
 * competent person carry no deduction.
 */
export interface Waiver {
  cause: string;
  confirmedBy: string;
}

/** One return for a major content error, or one missed deadline. */
export interface DeductionEvent {
  /** What it refers to, e.g. the review id or the deadline, shown in the explanation. */
  reference: string;
  waiver?: Waiver | null;
}

export interface AssignmentScoringInput {
  assignmentId: string;
  /** Converted units expected (hệ số quy đổi × expected quantity): the assignment's weight. */
  expectedUnits: number;
  /** Converted units delivered and accepted. */
  deliveredUnits: number;
  /** Returns for a major content error (lỗi lớn về nội dung). */
  majorErrorReturns: readonly DeductionEvent[];
  missedDeadlines: readonly DeductionEvent[];
}

export interface AssignmentScore {
  assignmentId: string;
  convertedUnits: number;
  quantity: number;
  quality: number;
  progress: number;
  explanations: { quantity: Explanation; quality: Explanation; progress: Explanation };
}

const SOURCE_QUANTITY = 'Decree 335/2025/NĐ-CP art. 14(2)(a): completed converted units ÷ assigned converted units';
const SOURCE_QUALITY =
  'Decree 335/2025/NĐ-CP art. 14(2)(b): units meeting content quality ÷ assigned units; 25% off per major content error unless an objective cause is confirmed';
const SOURCE_PROGRESS = 'Decree 335/2025/NĐ-CP art. 14(2)(c): units meeting progress ÷ assigned units; 25% off per delay unless an objective cause is confirmed';

function checkEvent(event: DeductionEvent, i: number, field: string): void {
  check(typeof event.reference === 'string' && event.reference.length > 0, `${field}[${i}].reference`, 'must not be empty');
  if (event.waiver) {
    check(event.waiver.cause.trim().length > 0, `${field}[${i}].waiver.cause`, 'an objective cause must be stated');
    check(event.waiver.confirmedBy.trim().length > 0, `${field}[${i}].waiver.confirmedBy`, 'the written confirmation must be named');
  }
}

/** The points an event list takes off, in list order (the same sum toDeductions' list adds up to). */
function deductedPoints(events: readonly DeductionEvent[], points: number, field: string): number {
  let total = 0;
  events.forEach((event, i) => {
    checkEvent(event, i, field);
    total += event.waiver ? 0 : points;
  });
  return total;
}

/** The inputs checked, the quantity percentage and the completed share both other percentages start from. */
function shares(input: AssignmentScoringInput, ruleSet: RuleSet): { rawQuantity: number; quantity: number; completedShare: number } {
  assertFinite(input.expectedUnits, 'expectedUnits', 0);
  check(input.expectedUnits > 0, 'expectedUnits', 'must be greater than 0');
  assertFinite(input.deliveredUnits, 'deliveredUnits', 0);
  const rawQuantity = (input.deliveredUnits / input.expectedUnits) * 100;
  return { rawQuantity, quantity: roundTo(Math.min(ruleSet.assignment.quantityCapPercent, rawQuantity)), completedShare: Math.min(100, rawQuantity) };
}

const afterDeductions = (completedShare: number, total: number) => roundTo(Math.max(0, completedShare - total));

function toDeductions(events: readonly DeductionEvent[], points: number, reason: string, field: string): Deduction[] {
  return events.map((event, i) => {
    checkEvent(event, i, field);
    const waived = Boolean(event.waiver);
    return {
      reason: `${reason} (${event.reference})`,
      points: waived ? 0 : points,
      waived,
      waiver: event.waiver ? `${event.waiver.cause} — xác nhận: ${event.waiver.confirmedBy}` : null,
    };
  });
}

/**
 * The three percentages of one assignment (PRODUCT 4.3, Decree 335/2025/NĐ-CP art. 14):
 * quantity = delivered ÷ expected, capped; quality and progress start from the completed share
 * (100 when fully delivered, as the decree counts only completed units) and lose 25 points per
 * unwaived major-error return or missed deadline, never below 0.
 */
export function scoreAssignment(input: AssignmentScoringInput, ruleSet: RuleSet): AssignmentScore {
  const rules = ruleSet.assignment;
  const { rawQuantity, quantity, completedShare } = shares(input, ruleSet);
  const base = {
    ruleSetVersion: ruleSet.version,
    inputs: {
      assignmentId: input.assignmentId,
      expectedUnits: input.expectedUnits,
      deliveredUnits: input.deliveredUnits,
      majorErrorReturns: input.majorErrorReturns.length,
      missedDeadlines: input.missedDeadlines.length,
    },
  };

  const deducted = (rule: string, source: string, deductions: Deduction[]): { percent: number; explanation: Explanation } => {
    const total = deductions.reduce((sum, deduction) => sum + deduction.points, 0);
    const percent = afterDeductions(completedShare, total);
    return {
      percent,
      explanation: explain({
        ...base,
        rule,
        source,
        steps: [
          { label: 'completed share', value: roundTo(completedShare), formula: `min(100, ${input.deliveredUnits} ÷ ${input.expectedUnits} × 100)` },
          { label: 'deductions', value: total },
          { label: 'result', value: percent, formula: `max(0, ${roundTo(completedShare)} − ${total})` },
        ],
        deductions,
        result: percent,
      }),
    };
  };

  const quality = deducted(
    'assignment.quality',
    SOURCE_QUALITY,
    toDeductions(input.majorErrorReturns, rules.qualityDeductionPerMajorError, 'returned for a major content error', 'majorErrorReturns'),
  );
  const progress = deducted(
    'assignment.progress',
    SOURCE_PROGRESS,
    toDeductions(input.missedDeadlines, rules.progressDeductionPerMissedDeadline, 'missed deadline', 'missedDeadlines'),
  );

  return {
    assignmentId: input.assignmentId,
    convertedUnits: input.expectedUnits,
    quantity,
    quality: quality.percent,
    progress: progress.percent,
    explanations: {
      quantity: explain({
        ...base,
        rule: 'assignment.quantity',
        source: SOURCE_QUANTITY,
        steps: [
          { label: 'delivered ÷ expected', value: roundTo(rawQuantity), formula: `${input.deliveredUnits} ÷ ${input.expectedUnits} × 100` },
          { label: 'cap', value: rules.quantityCapPercent },
        ],
        result: quantity,
      }),
      quality: quality.explanation,
      progress: progress.explanation,
    },
  };
}

/** An assignment's numbers without their explanations. */
export type AssignmentNumbers = Omit<AssignmentScore, 'explanations'>;

/**
 * The same three percentages as scoreAssignment, with the same checks and the same arithmetic, but
 * no explanation built: for readers that show only the numbers (the period board scores every
 * assignment of a unit on each request). The receipt always comes from scoreAssignment.
 */
export function scoreAssignmentNumbers(input: AssignmentScoringInput, ruleSet: RuleSet): AssignmentNumbers {
  const rules = ruleSet.assignment;
  const { quantity, completedShare } = shares(input, ruleSet);
  const quality = afterDeductions(completedShare, deductedPoints(input.majorErrorReturns, rules.qualityDeductionPerMajorError, 'majorErrorReturns'));
  const progress = afterDeductions(completedShare, deductedPoints(input.missedDeadlines, rules.progressDeductionPerMissedDeadline, 'missedDeadlines'));
  return { assignmentId: input.assignmentId, convertedUnits: input.expectedUnits, quantity, quality, progress };
}
