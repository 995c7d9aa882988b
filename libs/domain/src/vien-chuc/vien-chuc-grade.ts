import { GradeOverrides, OverrideReason, overrideReasons } from '../evaluation/overrides';
import { RuleSet } from '../rule-sets/rule-set.types';
import { check } from '../shared/errors';
import { explain, Explanation, ExplanationStep } from '../shared/explanation';
import { ClassifiedGrade, Grade, gradeRank, lowerGrade } from '../shared/grade';
import { assertFinite, assertInteger } from '../shared/numbers';

/** Counts of an official's (or a unit's) tasks for the year. */
export interface TaskTally {
  total: number;
  /** Tasks short of quality or progress (chưa bảo đảm chất lượng, tiến độ). */
  short: number;
  /** Tasks completed beyond the requirement (vượt mức); counted only among those not short. */
  exceeding: number;
}

export interface VienChucInput {
  tasks: TaskTally;
  /** For managers (viên chức quản lý): the tasks of the unit or field they are in charge of. */
  unitTasks?: TaskTally | null;
  /** Months actually worked in the year. */
  monthsWorked: number;
  /** Months of leave in the year other than maternity leave. */
  monthsOfLeave: number;
  /** Maternity leave under the law: graded on the time actually worked, without the time rules. */
  maternityLeave?: boolean;
  overrides?: GradeOverrides;
}

export type VienChucReason =
  | 'WORKED_UNDER_MIN_MONTHS'
  | 'NO_TASKS'
  | 'ALL_ON_TIME_AND_QUALITY_HALF_EXCEEDING'
  | 'ALL_ON_TIME_AND_QUALITY'
  | 'SHORT_WITHIN_COMPLETE_LIMIT'
  | 'SHORT_ABOVE_COMPLETE_LIMIT'
  | 'MORE_THAN_HALF_SHORT'
  | 'LEAVE_CAP'
  | 'UNIT_LOWER'
  | OverrideReason;

export interface VienChucGrade {
  grade: Grade;
  reasons: VienChucReason[];
  explanation: Explanation;
}

const SOURCE =
  'Decree 90/2020/NĐ-CP as amended by Decree 48/2023/NĐ-CP: viên chức graded by conditions; under 6 months worked not classified; 3 to under 6 months of leave at most HOAN_THANH';

function validateTally(tally: TaskTally, field: string): void {
  assertInteger(tally.total, `${field}.total`);
  assertInteger(tally.short, `${field}.short`, 0, tally.total);
  assertInteger(tally.exceeding, `${field}.exceeding`, 0, tally.total - tally.short);
}

/**
 * The conditions, tried from the top: every task on time and to quality with at least 50%
 * exceeding → XUAT_SAC; every task on time and to quality → TOT; at most 20% short → HOAN_THANH;
 * more than 50% short → KHONG_HOAN_THANH. The decree names no grade for more than 20% and at most
 * 50% short; such an official does not meet the HOAN_THANH condition, so the grade is
 * KHONG_HOAN_THANH, with its own reason so the UI can say why.
 */
export function gradeFromTally(tally: TaskTally, ruleSet: RuleSet): { grade: ClassifiedGrade; reason: VienChucReason } {
  const rules = ruleSet.vienChuc;
  if (tally.short === 0 && tally.exceeding * 100 >= rules.excellentMinExceedingPercent * tally.total) {
    return { grade: 'HOAN_THANH_XUAT_SAC', reason: 'ALL_ON_TIME_AND_QUALITY_HALF_EXCEEDING' };
  }
  if (tally.short === 0) return { grade: 'HOAN_THANH_TOT', reason: 'ALL_ON_TIME_AND_QUALITY' };
  if (tally.short * 100 <= rules.completeMaxShortPercent * tally.total) return { grade: 'HOAN_THANH', reason: 'SHORT_WITHIN_COMPLETE_LIMIT' };
  if (tally.short * 100 > rules.incompleteShortAbovePercent * tally.total) return { grade: 'KHONG_HOAN_THANH', reason: 'MORE_THAN_HALF_SHORT' };
  return { grade: 'KHONG_HOAN_THANH', reason: 'SHORT_ABOVE_COMPLETE_LIMIT' };
}

/**
 * The viên chức annual grade (PRODUCT 4.4). Order: time worked (NOT_CLASSIFIED), then overrides
 * (discipline in the year or degradation → KHONG_HOAN_THANH), then the task conditions, the
 * manager's unit (Decree 90/2020 requires a manager's unit to meet the level too: the lower of the
 * two grades), and finally the leave cap.
 */
export function computeVienChucGrade(input: VienChucInput, ruleSet: RuleSet): VienChucGrade {
  const rules = ruleSet.vienChuc;
  validateTally(input.tasks, 'tasks');
  if (input.unitTasks) validateTally(input.unitTasks, 'unitTasks');
  assertFinite(input.monthsWorked, 'monthsWorked', 0, 12);
  assertFinite(input.monthsOfLeave, 'monthsOfLeave', 0, 12);
  check(input.monthsWorked + input.monthsOfLeave <= 12, 'monthsOfLeave', 'months worked and on leave cannot exceed 12');
  const maternity = input.maternityLeave ?? false;
  const inputs = {
    tasks: { ...input.tasks },
    unitTasks: input.unitTasks ? { ...input.unitTasks } : null,
    monthsWorked: input.monthsWorked,
    monthsOfLeave: input.monthsOfLeave,
    maternityLeave: maternity,
  };
  const steps: ExplanationStep[] = [];
  const done = (grade: Grade, reasons: VienChucReason[]): VienChucGrade => ({
    grade,
    reasons,
    explanation: explain({ rule: 'vienChuc.grade', source: SOURCE, ruleSetVersion: ruleSet.version, inputs, steps, result: grade }),
  });

  if (!maternity && input.monthsWorked < rules.minMonthsWorked) {
    steps.push({ label: 'months worked below the minimum', value: input.monthsWorked, formula: `< ${rules.minMonthsWorked}` });
    return done('NOT_CLASSIFIED', ['WORKED_UNDER_MIN_MONTHS']);
  }
  const overrides = overrideReasons(input.overrides, Boolean(input.unitTasks));
  if (overrides.length > 0) {
    steps.push({ label: 'override', value: overrides, formula: 'KHONG_HOAN_THANH whatever the tasks' });
    return done('KHONG_HOAN_THANH', overrides);
  }
  if (input.tasks.total === 0) {
    steps.push({ label: 'no task recorded for the year', value: 0 });
    return done('NOT_CLASSIFIED', ['NO_TASKS']);
  }
  const own = gradeFromTally(input.tasks, ruleSet);
  steps.push({ label: 'own tasks', value: own.grade, formula: `${input.tasks.short} short, ${input.tasks.exceeding} exceeding of ${input.tasks.total}` });
  let grade = own.grade;
  const reasons: VienChucReason[] = [own.reason];
  if (input.unitTasks && input.unitTasks.total > 0) {
    const unit = gradeFromTally(input.unitTasks, ruleSet);
    steps.push({ label: 'unit in charge', value: unit.grade, formula: `${input.unitTasks.short} short, ${input.unitTasks.exceeding} exceeding of ${input.unitTasks.total}` });
    if (gradeRank(unit.grade) < gradeRank(grade)) {
      grade = unit.grade;
      reasons.push('UNIT_LOWER', unit.reason);
    }
  }
  const cap = rules.leaveCap;
  if (!maternity && input.monthsOfLeave >= cap.fromMonths && input.monthsOfLeave < cap.belowMonths && gradeRank(grade) > gradeRank(cap.maxGrade)) {
    grade = lowerGrade(grade, cap.maxGrade);
    reasons.push('LEAVE_CAP');
    steps.push({ label: 'leave cap', value: cap.maxGrade, formula: `${cap.fromMonths} ≤ ${input.monthsOfLeave} months of leave < ${cap.belowMonths}` });
  }
  return done(grade, reasons);
}
