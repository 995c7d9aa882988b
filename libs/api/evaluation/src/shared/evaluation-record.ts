import {
  AssignmentNumbers,
  AssignmentScore,
  computePeriodScore,
  computePeriodScoreNumbers,
  computeVienChucGrade,
  Deduction,
  Explanation,
  Grade,
  GradeOverrides,
  GeneralCriterionScore,
  LeaderComponent,
  ManagedUnit,
  NotClassifiedReason,
  OverrideReason,
  PeriodScore,
  PeriodScoreNumbers,
  RuleSet,
  scoreAssignment,
  scoreAssignmentNumbers,
  tallyFromAssignments,
  TaskCombination,
  TaskTally,
  VienChucReason,
} from '@ketqua/domain';
import { EvaluationRegime } from '../evaluation/evaluation.entity';

/** What an evaluation's numbers are computed from: the stored inputs and decisions, the frozen facts. */
export interface RecordInputs {
  regime: EvaluationRegime;
  isLeader: boolean;
  ruleSet: RuleSet;
  facts: readonly RecordFact[];
  /** The head's general sub-scores (công chức); null while not scored: the score is then the task part only. */
  generalScores: readonly GeneralCriterionScore[] | null;
  overrides: GradeOverrides | null;
  scheduledWorkingDays: number | null;
  workedDays: number | null;
  /** Công chức leaders: the grades of the công chức under them in the period. */
  subordinateGrades?: readonly Grade[] | null;
  /** Viên chức managers: the unit they are in charge of. */
  managedUnit?: ManagedUnit | null;
  decidedGrade: Grade | null;
  gradeChangeReason: string | null;
}

/** A frozen fact (evaluation_fact) as the record needs it. */
export interface RecordFact {
  assignmentId: string;
  title: string;
  sourceDocument: string | null;
  status: string;
  deadlineDate: string;
  expectedUnits: number;
  deliveredUnits: number;
  majorErrorReturns: { reference: string; waiver?: { cause: string; confirmedBy: string } | null }[];
  missedDeadlines: { reference: string; waiver?: { cause: string; confirmedBy: string } | null }[];
}

/**
 * A frozen fact as buildRecord reads it, from an evaluation_fact row (or a raw SQL row, whose
 * numeric columns arrive as text).
 */
export function toRecordFact(f: Omit<RecordFact, 'expectedUnits' | 'deliveredUnits'> & { expectedUnits: number | string; deliveredUnits: number | string }): RecordFact {
  return {
    assignmentId: f.assignmentId,
    title: f.title,
    sourceDocument: f.sourceDocument,
    status: f.status,
    deadlineDate: f.deadlineDate,
    expectedUnits: Number(f.expectedUnits),
    deliveredUnits: Number(f.deliveredUnits),
    majorErrorReturns: f.majorErrorReturns,
    missedDeadlines: f.missedDeadlines,
  };
}

/** One line of the receipt: an assignment counted, its units, its three percentages and each deduction. */
export interface ReceiptLine {
  assignmentId: string;
  title: string;
  sourceDocument: string | null;
  status: string;
  deadlineDate: string;
  expectedUnits: number;
  deliveredUnits: number;
  quantity: number;
  quality: number;
  progress: number;
  /** Quality and progress deductions, each with its waiver (objective cause) when waived. */
  deductions: (Deduction & { kind: 'MAJOR_ERROR_RETURN' | 'MISSED_DEADLINE' })[];
}

/**
 * Everything an evaluation shows, derived from libs/domain on the inputs: the computed result, the
 * decided grade and the receipt (PRODUCT.md 4.4 "every number … its receipt"). Stored as is in
 * evaluation_revision when published; printed as the annex of the sheet.
 */
export interface EvaluationRecord {
  regime: EvaluationRegime;
  ruleSetVersion: string;
  /** Công chức: out of 100 as shown (two decimals, truncated); null for viên chức or when not classified. */
  score: number | null;
  exactScore: number | null;
  taskPercent: number | null;
  taskPoints: number | null;
  /** Null until the head entered the general sub-scores. */
  generalPoints: number | null;
  /** The band of the score (công chức) or the conditions (viên chức); null while the general part is missing. */
  computedGrade: Grade | null;
  /** The evaluator's decision when made, else the computed grade. */
  grade: Grade | null;
  gradeChangedFromComputed: boolean;
  gradeChangeReason: string | null;
  notClassifiedReason: NotClassifiedReason | null;
  overrideReasons: OverrideReason[];
  leaderComponent: LeaderComponent | null;
  vienChuc: { tally: TaskTally; reasons: VienChucReason[] } | null;
  receipt: {
    lines: ReceiptLine[];
    combination: TaskCombination;
    /** The combination and rounding, in words (Vietnamese first). */
    formula: { vi: string; en: string };
    rounding: { vi: string; en: string };
    explanations: Explanation[];
  };
}

const ROUNDING = {
  vi: 'Điểm hiển thị lấy 2 chữ số thập phân, làm tròn xuống; mức xếp loại xét trên điểm chính xác, nên điểm hiển thị không bao giờ vượt ngưỡng của mức bên cạnh.',
  en: 'Scores are shown with two decimals, rounded down; the grade is decided on the exact score, so a shown score never crosses the band edge of the grade beside it.',
};

function combinationText(c: TaskCombination): { vi: string; en: string } {
  const total = c.quantity + c.quality + c.progress;
  return {
    vi: `Kết quả nhiệm vụ = (${c.quantity} × số lượng + ${c.quality} × chất lượng + ${c.progress} × tiến độ) ÷ ${total}, bình quân theo sản phẩm đã quy đổi; điểm nhiệm vụ = kết quả × 70`,
    en: `Task results = (${c.quantity} × quantity + ${c.quality} × quality + ${c.progress} × progress) ÷ ${total}, averaged by converted units; task points = results × 70`,
  };
}

function receiptLine(fact: RecordFact, score: AssignmentScore): ReceiptLine {
  const kinded = (kind: ReceiptLine['deductions'][number]['kind'], list: Deduction[] | undefined) => (list ?? []).map((d) => ({ ...d, kind }));
  return {
    assignmentId: fact.assignmentId,
    title: fact.title,
    sourceDocument: fact.sourceDocument,
    status: fact.status,
    deadlineDate: fact.deadlineDate,
    expectedUnits: fact.expectedUnits,
    deliveredUnits: fact.deliveredUnits,
    quantity: score.quantity,
    quality: score.quality,
    progress: score.progress,
    deductions: [...kinded('MAJOR_ERROR_RETURN', score.explanations.quality.deductions), ...kinded('MISSED_DEADLINE', score.explanations.progress.deductions)],
  };
}

/** An evaluation's numbers without the receipt: what the period board, the quota meter and a leader's unit component read. */
export type EvaluationRecordNumbers = Omit<EvaluationRecord, 'receipt'>;

/**
 * The one function that turns an evaluation's inputs into its numbers, by libs/domain only. Every
 * reader — the official's page, the head's board, the quota meter, the sheet, publication — calls it
 * (or buildRecordNumbers when it shows no receipt), so the same inputs always give the same record.
 */
export function buildRecord(input: RecordInputs): EvaluationRecord {
  return build(input, true) as EvaluationRecord;
}

/**
 * buildRecord without the receipt: the same libs/domain arithmetic (scoreAssignmentNumbers,
 * computePeriodScoreNumbers) with no explanation, formula or receipt line built, so the same
 * inputs give the same numbers (a property test compares both on random facts). For readers that
 * select no receipt, such as the period board (60 records of ~25 assignments on each request).
 */
export function buildRecordNumbers(input: RecordInputs): EvaluationRecordNumbers {
  return build(input, false);
}

function build(input: RecordInputs, explaining: boolean): EvaluationRecordNumbers & { receipt?: EvaluationRecord['receipt'] } {
  const { ruleSet } = input;
  const scoringInputs = input.facts.map((fact) => ({
    assignmentId: fact.assignmentId,
    expectedUnits: fact.expectedUnits,
    deliveredUnits: fact.deliveredUnits,
    majorErrorReturns: fact.majorErrorReturns,
    missedDeadlines: fact.missedDeadlines,
  }));
  const full = explaining ? scoringInputs.map((a) => scoreAssignment(a, ruleSet)) : null;
  const scores: AssignmentNumbers[] = full ?? scoringInputs.map((a) => scoreAssignmentNumbers(a, ruleSet));
  const receiptOf = (more: Explanation[]): EvaluationRecord['receipt'] | undefined => {
    if (!full) return undefined;
    return {
      lines: input.facts.map((fact, i) => receiptLine(fact, full[i])),
      combination: { ...ruleSet.congChuc.taskCombination },
      formula: combinationText(ruleSet.congChuc.taskCombination),
      rounding: ROUNDING,
      explanations: [...full.flatMap((s) => [s.explanations.quantity, s.explanations.quality, s.explanations.progress]), ...more],
    };
  };
  const withReceipt = <T extends EvaluationRecordNumbers>(numbers: T, more: () => Explanation[]) => {
    const receipt = receiptOf(full ? more() : []);
    return receipt ? { ...numbers, receipt } : numbers;
  };
  const decide = (computed: Grade | null) => {
    const grade = input.decidedGrade ?? computed;
    return { grade, gradeChangedFromComputed: input.decidedGrade !== null && computed !== null && input.decidedGrade !== computed, gradeChangeReason: input.gradeChangeReason };
  };

  if (input.regime === 'VIEN_CHUC') {
    const tally = tallyFromAssignments(input.facts.map((fact, i) => ({ ...fact, quality: scores[i].quality, progress: scores[i].progress })));
    // A period is graded on its own tasks; the time rules (months worked, leave) apply to the year.
    const result = computeVienChucGrade(
      { tasks: tally, managedUnit: input.managedUnit ?? null, monthsWorked: ruleSet.vienChuc.minMonthsWorked, monthsOfLeave: 0, overrides: input.overrides ?? undefined },
      ruleSet,
    );
    const overrideReasons = result.reasons.filter((r): r is OverrideReason => ['DISCIPLINE_REPRIMAND_OR_ABOVE', 'ETHICAL_DEGRADATION', 'UNIT_CORRUPTION'].includes(r));
    return withReceipt(
      {
        regime: input.regime,
        ruleSetVersion: ruleSet.version,
        score: null,
        exactScore: null,
        taskPercent: null,
        taskPoints: null,
        generalPoints: null,
        computedGrade: result.grade,
        ...decide(result.grade),
        notClassifiedReason: tally.total === 0 ? 'NO_ASSIGNMENTS' : null,
        overrideReasons,
        leaderComponent: null,
        vienChuc: { tally, reasons: result.reasons },
      },
      () => [result.explanation],
    );
  }

  // Công chức. Before the head scores, the task part is computed with zero general points and the
  // score and grade are left empty: the official and the head see the running task score.
  const scored = input.generalScores !== null;
  const generalCriteria = input.generalScores ?? ruleSet.congChuc.generalCriteria.map((c) => ({ code: c.code, points: 0 }));
  const periodInput = {
    assignments: scores.map((s) => ({ assignmentId: s.assignmentId, convertedUnits: s.convertedUnits, quantity: s.quantity, quality: s.quality, progress: s.progress })),
    generalCriteria,
    leader: input.isLeader ? { subordinateGrades: input.subordinateGrades ?? [] } : null,
    attendance: input.scheduledWorkingDays !== null && input.workedDays !== null ? { scheduledWorkingDays: input.scheduledWorkingDays, workedDays: input.workedDays } : null,
    overrides: input.overrides ?? undefined,
  };
  const explained = full ? computePeriodScore(periodInput, ruleSet) : null;
  const period: PeriodScoreNumbers = explained ?? computePeriodScoreNumbers(periodInput, ruleSet);
  const computedGrade = scored || period.grade === 'NOT_CLASSIFIED' ? period.grade : null;
  return withReceipt(
    {
      regime: input.regime,
      ruleSetVersion: ruleSet.version,
      score: scored ? period.score : null,
      exactScore: scored ? period.exactScore : null,
      taskPercent: period.taskPercent,
      taskPoints: period.taskPoints,
      generalPoints: scored ? period.generalPoints : null,
      computedGrade,
      ...decide(computedGrade),
      notClassifiedReason: period.notClassifiedReason,
      overrideReasons: period.overrideReasons,
      leaderComponent: period.leaderComponent,
      vienChuc: null,
    },
    () => {
      const p = explained as PeriodScore;
      return [...[p.components.task, p.components.general, p.components.leader].filter((e): e is Explanation => e !== null), p.explanation];
    },
  );
}
