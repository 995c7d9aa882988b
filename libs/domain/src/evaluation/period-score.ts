import { RuleSet } from '../rule-sets/rule-set.types';
import { assertPercentage, check } from '../shared/errors';
import { explain, Explanation, ExplanationStep } from '../shared/explanation';
import { Grade } from '../shared/grade';
import { assertFinite, assertInteger, roundTo, sum } from '../shared/numbers';
import { displayScore, exactScore, gradeForScore } from './bands';
import { leaderUnitResultsPercent } from './leader';
import { GradeOverrides, OverrideReason, overrideReasons } from './overrides';

/** An assignment's three percentages (from scoreAssignment) and its weight in converted units. */
export interface ScoredAssignment {
  assignmentId: string;
  convertedUnits: number;
  /** 0–100; anything else is refused with PercentageOutOfRangeError. */
  quantity: number;
  quality: number;
  progress: number;
}

export interface GeneralCriterionScore {
  code: string;
  /** The head's points, at most two decimals (as entered and shown). */
  points: number;
}

export interface Attendance {
  /** Working days in the period (from the working calendar). */
  scheduledWorkingDays: number;
  /** Working days the official actually worked (leave and absence excluded). */
  workedDays: number;
}

export interface PeriodScoreInput {
  assignments: readonly ScoredAssignment[];
  /** The head's sub-scores, one per criterion of the rule set's template. */
  generalCriteria: readonly GeneralCriterionScore[];
  /** Present for heads and deputies: the grades of the công chức under them this period. */
  leader?: { subordinateGrades: readonly Grade[] } | null;
  attendance?: Attendance | null;
  overrides?: GradeOverrides;
}

export type NotClassifiedReason = 'NO_TIME_WORKED' | 'NO_ASSIGNMENTS';

/**
 * How a leader's task results were formed: with the unit-results component, or — when no
 * subordinate was classified — from the leader's own work alone (the component does not apply).
 */
export interface LeaderComponent {
  applies: boolean;
  /** The unit-results percentage, null when it does not apply. */
  unitResultsPercent: number | null;
  /** The weight the rule set gives the component when it applies. */
  weightPercent: number;
  taskResultsFrom: 'OWN_WORK_AND_UNIT_RESULTS' | 'OWN_WORK_ONLY';
}

export interface PeriodScore {
  /** Out of 100 as shown: displayScore of exactScore (two decimals, truncated); null when not classified. */
  score: number | null;
  /** The score as computed (binary noise removed, see exactScore): the band is decided on it. */
  exactScore: number | null;
  grade: Grade;
  /** Shown with two decimals, truncated like the score. */
  taskPercent: number | null;
  /** Task points as shown (≤ 70); taskPoints + generalPoints = score. */
  taskPoints: number | null;
  generalPoints: number | null;
  /** Days that count when the annual grade averages the periods (time actually worked). */
  weightDays: number | null;
  /**
   * Discipline and degradation findings that apply this period, even when it is not classified:
   * the annual grade reads them from the period (computeAnnualGrade), so they are never lost.
   */
  overrideReasons: OverrideReason[];
  notClassifiedReason: NotClassifiedReason | null;
  /** Leaders only: whether the unit-results component applied and how the task results were formed. */
  leaderComponent: LeaderComponent | null;
  explanation: Explanation;
  components: { task: Explanation | null; general: Explanation | null; leader: Explanation | null };
}

const SOURCE = 'Decree 335/2025/NĐ-CP: task results up to 70 points, general criteria up to 30, bands 90/70/50 on the exact score, KHONG_HOAN_THANH on discipline or degradation';

/** The general sub-criteria scored on the rule set: every code once, each within its maximum, two decimals; the sum capped. */
export function generalPoints(scores: readonly GeneralCriterionScore[], ruleSet: RuleSet): { points: number; explanation: Explanation } {
  const template = ruleSet.congChuc.generalCriteria;
  const byCode = new Map(scores.map((score) => [score.code, score.points]));
  scores.forEach((score, i) => {
    check(
      template.some((criterion) => criterion.code === score.code),
      `generalCriteria[${i}].code`,
      `"${score.code}" is not a criterion of rule set ${ruleSet.version}`,
    );
  });
  check(byCode.size === scores.length, 'generalCriteria', 'each criterion may be scored once');
  const steps: ExplanationStep[] = template.map((criterion) => {
    const points = byCode.get(criterion.code);
    check(points !== undefined, 'generalCriteria', `criterion "${criterion.code}" has not been scored`);
    assertFinite(points, `generalCriteria.${criterion.code}`, 0, criterion.maxPoints);
    // Two decimals at most, as the head enters and reads them: the shown parts then add up exactly.
    check(Math.abs(points * 100 - Math.round(points * 100)) < 1e-6, `generalCriteria.${criterion.code}`, 'at most two decimals');
    return { label: criterion.label, value: points, formula: `≤ ${criterion.maxPoints}` };
  });
  const points = roundTo(Math.min(ruleSet.congChuc.generalMaxPoints, sum(steps.map((step) => step.value as number))));
  return {
    points,
    explanation: explain({
      rule: 'congChuc.generalCriteria',
      source: 'Decree 335/2025/NĐ-CP: general criteria up to 30 points, scored by the head on the template’s sub-criteria',
      ruleSetVersion: ruleSet.version,
      inputs: Object.fromEntries(template.map((criterion) => [criterion.code, byCode.get(criterion.code) as number])),
      steps,
      result: points,
    }),
  };
}

function taskPercent(
  assignments: readonly ScoredAssignment[],
  leader: PeriodScoreInput['leader'],
  ruleSet: RuleSet,
  explaining: boolean,
): { percent: number; explanation: Explanation; leader: Explanation | null; leaderComponent: LeaderComponent | null } {
  const weights = ruleSet.congChuc.taskCombination;
  const weightTotal = weights.quantity + weights.quality + weights.progress;
  const totalUnits = sum(assignments.map((assignment) => assignment.convertedUnits));
  const combined = assignments.map(
    (assignment) => (weights.quantity * assignment.quantity + weights.quality * assignment.quality + weights.progress * assignment.progress) / weightTotal,
  );
  // The steps are words and rounded copies of the numbers: the numbers below never read them.
  const steps: ExplanationStep[] = !explaining
    ? []
    : assignments.map((assignment, i) => ({
        label: `assignment ${assignment.assignmentId} (${assignment.convertedUnits} units)`,
        value: displayScore(combined[i]),
        formula: `(${weights.quantity}×${assignment.quantity} + ${weights.quality}×${assignment.quality} + ${weights.progress}×${assignment.progress}) ÷ ${weightTotal}`,
      }));
  const own = sum(assignments.map((assignment, i) => assignment.convertedUnits * combined[i])) / totalUnits;
  if (explaining) steps.push({ label: 'own work, weighted by converted units', value: displayScore(own), formula: `Σ units × combined ÷ ${totalUnits}` });
  let percent = own;
  let leaderExplanation: Explanation | null = null;
  let leaderComponent: LeaderComponent | null = null;
  if (leader) {
    const unit = leaderUnitResultsPercent(leader.subordinateGrades, ruleSet);
    const w = ruleSet.congChuc.leader.unitResultsWeightPercent;
    leaderExplanation = unit.explanation;
    if (unit.percent !== null) {
      percent = (own * (100 - w) + unit.percent * w) / 100;
      steps.push({ label: 'with unit results (leader)', value: displayScore(percent), formula: `(${displayScore(own)} × ${100 - w} + ${unit.percent} × ${w}) ÷ 100` });
    } else {
      steps.push({ label: 'unit results do not apply (no classified subordinate): own work only', value: displayScore(percent) });
    }
    leaderComponent = {
      applies: unit.applies,
      unitResultsPercent: unit.percent,
      weightPercent: w,
      taskResultsFrom: unit.applies ? 'OWN_WORK_AND_UNIT_RESULTS' : 'OWN_WORK_ONLY',
    };
  }
  // Every input is within 0–100, so this only absorbs binary noise; task points never pass 70.
  percent = Math.min(100, percent);
  return {
    percent,
    leader: leaderExplanation,
    leaderComponent,
    explanation: !explaining
      ? NOT_EXPLAINED
      : explain({
          rule: 'congChuc.taskResults',
          source:
            'Decree 335/2025/NĐ-CP art. 14: quantity, quality and progress of converted units; the combination (default equal thirds) and the leader weighting come from the rule set',
          ruleSetVersion: ruleSet.version,
          inputs: { assignments: assignments.length, convertedUnits: totalUnits, combination: { ...weights }, leader: Boolean(leader) },
          steps,
          result: displayScore(percent),
        }),
  };
}

function validate(input: PeriodScoreInput): void {
  input.assignments.forEach((assignment, i) => {
    assertFinite(assignment.convertedUnits, `assignments[${i}].convertedUnits`, 0);
    check(assignment.convertedUnits > 0, `assignments[${i}].convertedUnits`, 'must be greater than 0');
    for (const key of ['quantity', 'quality', 'progress'] as const) assertPercentage(assignment[key], `assignments[${i}].${key}`);
  });
  if (input.attendance) {
    assertInteger(input.attendance.scheduledWorkingDays, 'attendance.scheduledWorkingDays', 0, 400);
    assertInteger(input.attendance.workedDays, 'attendance.workedDays', 0, input.attendance.scheduledWorkingDays);
  }
}

/**
 * The công chức period score (PRODUCT 4.4, Decree 335/2025/NĐ-CP): task points (≤ 70) plus general
 * points (≤ 30). The band is decided on the exact score; the shown score and its parts are
 * displayScore values (truncated at two decimals), so the shown parts add up and the shown score
 * is always in the band of the grade beside it. Pro-rating: the period is graded on the time
 * actually worked; a period with no day worked or no assignment is NOT_CLASSIFIED, and
 * `weightDays` (days worked) weights the period in the annual average. Overrides give
 * KHONG_HOAN_THANH whatever the score, and are carried even by an unclassified period.
 */
export function computePeriodScore(input: PeriodScoreInput, ruleSet: RuleSet): PeriodScore {
  return periodScore(input, ruleSet, true);
}

/** A period score's numbers without their explanations. */
export type PeriodScoreNumbers = Omit<PeriodScore, 'explanation' | 'components'>;

/**
 * The same numbers as computePeriodScore (the same checks and arithmetic: one function with the
 * explanation steps left out), for readers that show only the numbers, such as the period board.
 */
export function computePeriodScoreNumbers(input: PeriodScoreInput, ruleSet: RuleSet): PeriodScoreNumbers {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { explanation, components, ...numbers } = periodScore(input, ruleSet, false);
  return numbers;
}

/** Stands for an explanation computePeriodScoreNumbers does not build (and never returns). */
const NOT_EXPLAINED = null as unknown as Explanation;

function periodScore(input: PeriodScoreInput, ruleSet: RuleSet, explaining: boolean): PeriodScore {
  validate(input);
  const isLeader = Boolean(input.leader);
  const weightDays = input.attendance ? input.attendance.workedDays : null;
  const reasons = overrideReasons(input.overrides, isLeader);
  const baseInputs = {
    assignments: input.assignments.length,
    leader: isLeader,
    scheduledWorkingDays: input.attendance?.scheduledWorkingDays ?? null,
    workedDays: weightDays,
  };
  const overrideStep: ExplanationStep[] = reasons.length > 0 ? [{ label: 'override', value: reasons, formula: 'KHONG_HOAN_THANH whatever the score' }] : [];
  const notClassifiedReason: NotClassifiedReason | null = weightDays === 0 ? 'NO_TIME_WORKED' : input.assignments.length === 0 ? 'NO_ASSIGNMENTS' : null;
  if (notClassifiedReason) {
    return {
      score: null,
      exactScore: null,
      grade: 'NOT_CLASSIFIED',
      taskPercent: null,
      taskPoints: null,
      generalPoints: null,
      weightDays,
      overrideReasons: reasons,
      notClassifiedReason,
      leaderComponent: null,
      components: { task: null, general: null, leader: null },
      explanation: explain({
        rule: 'congChuc.periodScore',
        source: `${SOURCE}; graded on time actually worked`,
        ruleSetVersion: ruleSet.version,
        inputs: baseInputs,
        steps: [{ label: notClassifiedReason === 'NO_TIME_WORKED' ? 'no working day worked in the period' : 'no assignment in the period', value: null }, ...overrideStep],
        result: 'NOT_CLASSIFIED',
      }),
    };
  }
  const task = taskPercent(input.assignments, input.leader, ruleSet, explaining);
  const general = generalPoints(input.generalCriteria, ruleSet);
  const exactTaskPoints = exactScore(Math.min(ruleSet.congChuc.taskMaxPoints, (task.percent * ruleSet.congChuc.taskMaxPoints) / 100));
  const exact = exactScore(exactTaskPoints + general.points);
  const score = displayScore(exact);
  const taskPoints = displayScore(exactTaskPoints);
  const bandGrade = gradeForScore(exact, ruleSet);
  const grade = reasons.length > 0 ? 'KHONG_HOAN_THANH' : bandGrade;
  const steps: ExplanationStep[] = [
    { label: 'task points', value: taskPoints, formula: `min(${ruleSet.congChuc.taskMaxPoints}, ${displayScore(task.percent)}% × ${ruleSet.congChuc.taskMaxPoints})` },
    { label: 'general points', value: general.points },
    { label: 'score', value: score, formula: `${taskPoints} + ${general.points}, shown truncated to two decimals` },
    { label: 'band', value: bandGrade, formula: `on the exact score ${exact}` },
    ...overrideStep,
  ];
  if (input.attendance) {
    steps.push({ label: 'time actually worked', value: `${input.attendance.workedDays}/${input.attendance.scheduledWorkingDays} working days` });
  }
  return {
    score,
    exactScore: exact,
    grade,
    taskPercent: displayScore(task.percent),
    taskPoints,
    generalPoints: general.points,
    weightDays,
    overrideReasons: reasons,
    notClassifiedReason: null,
    leaderComponent: task.leaderComponent,
    components: { task: task.explanation, general: general.explanation, leader: task.leader },
    explanation: explain({ rule: 'congChuc.periodScore', source: SOURCE, ruleSetVersion: ruleSet.version, inputs: baseInputs, steps, result: { score, grade } }),
  };
}
