import { GradeOverrides, OverrideReason, overrideReasons } from '../evaluation/overrides';
import { RuleSet } from '../rule-sets/rule-set.types';
import { check } from '../shared/errors';
import { explain, Explanation, ExplanationStep } from '../shared/explanation';
import { ClassifiedGrade, Grade, gradeRank, isAtLeast, lowerGrade } from '../shared/grade';
import { assertFinite, assertInteger } from '../shared/numbers';

/** Counts of an official's (or a unit's) tasks for the year. */
export interface TaskTally {
  total: number;
  /** Tasks short of quality or progress (chưa bảo đảm chất lượng, tiến độ). */
  short: number;
  /** Tasks completed beyond the requirement (vượt mức); counted only among those not short. */
  exceeding: number;
}

/** The year's targets (chỉ tiêu, nhiệm vụ) of the unit or field a manager is in charge of. */
export interface UnitTargetTally {
  total: number;
  /** Targets completed (hoàn thành). */
  completed: number;
  /** Targets completed on time and to quality (đúng tiến độ, bảo đảm chất lượng); among the completed. */
  onTimeAndQuality: number;
  /** Targets exceeded (hoàn thành vượt mức); among the completed. */
  exceeded: number;
}

/** For managers (viên chức quản lý): the unit they are in charge of. */
export interface ManagedUnit {
  targets: UnitTargetTally;
  /** Grades of the sub-units they directly manage (đơn vị thuộc quyền quản lý trực tiếp); unclassified ones do not count. */
  subUnitGrades?: readonly Grade[];
}

export interface VienChucInput {
  tasks: TaskTally;
  /** Present for managers: graded on their own tasks and on the unit's conditions; the lower grade applies. */
  managedUnit?: ManagedUnit | null;
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
  | UnitReason
  | OverrideReason;

export interface VienChucGrade {
  grade: Grade;
  reasons: VienChucReason[];
  explanation: Explanation;
}

/** Why the managed unit reached its level: one reason for the targets, one for the sub-units. */
export type UnitReason =
  | 'UNIT_TARGETS_ALL_COMPLETED_HALF_EXCEEDED'
  | 'UNIT_TARGETS_MOSTLY_ON_TIME_AND_QUALITY'
  | 'UNIT_TARGETS_MOSTLY_COMPLETED'
  | 'UNIT_TARGETS_TOO_FEW_COMPLETED'
  | 'SUB_UNITS_ALL_COMPLETE_MOSTLY_GOOD'
  | 'SUB_UNITS_ALL_COMPLETE'
  | 'SUB_UNITS_MOSTLY_COMPLETE'
  | 'SUB_UNITS_TOO_FEW_COMPLETE';

const SOURCE =
  'Decree 90/2020/NĐ-CP as amended by Decree 48/2023/NĐ-CP: viên chức graded by conditions (managers also on their unit and sub-units); under 6 months worked not classified; 3 months of leave or more at most HOAN_THANH';

function validateTargets(targets: UnitTargetTally): void {
  assertInteger(targets.total, 'managedUnit.targets.total', 1);
  assertInteger(targets.completed, 'managedUnit.targets.completed', 0, targets.total);
  assertInteger(targets.onTimeAndQuality, 'managedUnit.targets.onTimeAndQuality', 0, targets.completed);
  assertInteger(targets.exceeded, 'managedUnit.targets.exceeded', 0, targets.completed);
}

/**
 * A manager's unit targets (Decree 90/2020/NĐ-CP as amended by Decree 48/2023/NĐ-CP, conditions
 * for managers): every target completed with ≥ 50% exceeded → XUAT_SAC; ≥ 80% on time and to
 * quality → TOT; more than 70% completed → HOAN_THANH; otherwise KHONG_HOAN_THANH.
 */
export function gradeFromUnitTargets(targets: UnitTargetTally, ruleSet: RuleSet): { grade: ClassifiedGrade; reason: UnitReason } {
  const rules = ruleSet.vienChuc.leader;
  if (targets.completed === targets.total && targets.exceeded * 100 >= rules.unitExcellentMinExceededPercent * targets.total) {
    return { grade: 'HOAN_THANH_XUAT_SAC', reason: 'UNIT_TARGETS_ALL_COMPLETED_HALF_EXCEEDED' };
  }
  if (targets.onTimeAndQuality * 100 >= rules.unitGoodMinOnTimePercent * targets.total) return { grade: 'HOAN_THANH_TOT', reason: 'UNIT_TARGETS_MOSTLY_ON_TIME_AND_QUALITY' };
  if (targets.completed * 100 > rules.unitCompleteAbovePercent * targets.total) return { grade: 'HOAN_THANH', reason: 'UNIT_TARGETS_MOSTLY_COMPLETED' };
  return { grade: 'KHONG_HOAN_THANH', reason: 'UNIT_TARGETS_TOO_FEW_COMPLETED' };
}

/**
 * The sub-units a manager directly manages (same source): all at least HOAN_THANH with ≥ 70% at
 * least TOT → XUAT_SAC; all at least HOAN_THANH → TOT; ≥ 70% at least HOAN_THANH → HOAN_THANH;
 * otherwise KHONG_HOAN_THANH. Null when no sub-unit is classified: the condition does not apply.
 */
export function gradeFromSubUnits(grades: readonly Grade[], ruleSet: RuleSet): { grade: ClassifiedGrade; reason: UnitReason; classified: number } | null {
  const rules = ruleSet.vienChuc.leader;
  const classified = grades.filter((grade): grade is ClassifiedGrade => grade !== 'NOT_CLASSIFIED');
  const n = classified.length;
  if (n === 0) return null;
  const complete = classified.filter((grade) => isAtLeast(grade, 'HOAN_THANH')).length;
  const good = classified.filter((grade) => isAtLeast(grade, 'HOAN_THANH_TOT')).length;
  if (complete === n && good * 100 >= rules.subUnitsExcellentMinGoodPercent * n)
    return { grade: 'HOAN_THANH_XUAT_SAC', reason: 'SUB_UNITS_ALL_COMPLETE_MOSTLY_GOOD', classified: n };
  if (complete === n) return { grade: 'HOAN_THANH_TOT', reason: 'SUB_UNITS_ALL_COMPLETE', classified: n };
  if (complete * 100 >= rules.subUnitsCompleteMinPercent * n) return { grade: 'HOAN_THANH', reason: 'SUB_UNITS_MOSTLY_COMPLETE', classified: n };
  return { grade: 'KHONG_HOAN_THANH', reason: 'SUB_UNITS_TOO_FEW_COMPLETE', classified: n };
}

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
 * (discipline in the year or degradation → KHONG_HOAN_THANH), then the task conditions, for a
 * manager the leader conditions on the unit's targets and its sub-units (each level's conditions
 * must all hold, so the lowest of the grades applies), and finally the leave cap.
 */
export function computeVienChucGrade(input: VienChucInput, ruleSet: RuleSet): VienChucGrade {
  const rules = ruleSet.vienChuc;
  validateTally(input.tasks, 'tasks');
  if (input.managedUnit) validateTargets(input.managedUnit.targets);
  assertFinite(input.monthsWorked, 'monthsWorked', 0, 12);
  assertFinite(input.monthsOfLeave, 'monthsOfLeave', 0, 12);
  check(input.monthsWorked + input.monthsOfLeave <= 12, 'monthsOfLeave', 'months worked and on leave cannot exceed 12');
  const maternity = input.maternityLeave ?? false;
  const inputs = {
    tasks: { ...input.tasks },
    managedUnit: input.managedUnit ? { targets: { ...input.managedUnit.targets }, subUnitGrades: [...(input.managedUnit.subUnitGrades ?? [])] } : null,
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
  const overrides = overrideReasons(input.overrides, Boolean(input.managedUnit));
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
  if (input.managedUnit) {
    const { targets } = input.managedUnit;
    const fromTargets = gradeFromUnitTargets(targets, ruleSet);
    steps.push({
      label: 'unit targets (manager)',
      value: fromTargets.grade,
      formula: `${targets.completed} completed, ${targets.onTimeAndQuality} on time and to quality, ${targets.exceeded} exceeded of ${targets.total}`,
    });
    const fromSubUnits = gradeFromSubUnits(input.managedUnit.subUnitGrades ?? [], ruleSet);
    steps.push(
      fromSubUnits
        ? { label: 'directly managed sub-units', value: fromSubUnits.grade, formula: `of ${fromSubUnits.classified} classified sub-units` }
        : { label: 'no classified sub-unit: the sub-unit condition does not apply', value: null },
    );
    for (const unit of fromSubUnits ? [fromTargets, fromSubUnits] : [fromTargets]) {
      if (gradeRank(unit.grade) < gradeRank(grade)) {
        grade = unit.grade;
        if (!reasons.includes('UNIT_LOWER')) reasons.push('UNIT_LOWER');
        reasons.push(unit.reason);
      }
    }
  }
  const cap = rules.leaveCap;
  if (!maternity && input.monthsOfLeave >= cap.fromMonths && gradeRank(grade) > gradeRank(cap.maxGrade)) {
    grade = lowerGrade(grade, cap.maxGrade);
    reasons.push('LEAVE_CAP');
    steps.push({ label: 'leave cap', value: cap.maxGrade, formula: `${input.monthsOfLeave} months of leave ≥ ${cap.fromMonths}` });
  }
  return done(grade, reasons);
}

/**
 * A viên chức's task tally from the same assignment facts công chức are scored on (PRODUCT.md 4.4
 * "from the same assignment facts"): a task is short when its quality or progress percentage is
 * below 100 after waivers (chưa bảo đảm chất lượng, tiến độ), and exceeding when more converted
 * units were delivered than expected (vượt mức) and it is not short.
 */
export function tallyFromAssignments(assignments: readonly { expectedUnits: number; deliveredUnits: number; quality: number; progress: number }[]): TaskTally {
  const short = assignments.filter((a) => a.quality < 100 || a.progress < 100).length;
  const exceeding = assignments.filter((a) => !(a.quality < 100 || a.progress < 100) && a.deliveredUnits > a.expectedUnits).length;
  return { total: assignments.length, short, exceeding };
}

/**
 * A viên chức manager's unit targets from the assignment facts of the unit's officials in the
 * period (Ketqua's mapping, docs/RULES.md "Viên chức managers"): each assignment of the unit is one
 * target; completed when its converted units were delivered in full (quantity ≥ 100%); on time and
 * to quality when completed with quality and progress at 100% after waivers; exceeded when completed
 * with more converted units delivered than expected. Null when the unit has no assignment: the
 * unit condition cannot be assessed and only the manager's own tasks grade them.
 */
export function unitTargetsFromAssignments(
  assignments: readonly { expectedUnits: number; deliveredUnits: number; quantity: number; quality: number; progress: number }[],
): UnitTargetTally | null {
  if (assignments.length === 0) return null;
  const completed = assignments.filter((a) => a.quantity >= 100);
  return {
    total: assignments.length,
    completed: completed.length,
    onTimeAndQuality: completed.filter((a) => a.quality >= 100 && a.progress >= 100).length,
    exceeded: completed.filter((a) => a.deliveredUnits > a.expectedUnits).length,
  };
}

/**
 * Months worked and months of leave in a year from its evaluated periods (Ketqua's reading of the
 * time rules, docs/RULES.md "Viên chức"): a period of `months` months counts worked in the share of
 * its working days actually worked, the rest as leave; months with no evaluated period (before
 * joining, after leaving) are neither. A period without attendance counts as fully worked. Rounded
 * to two decimals; the total never exceeds 12.
 */
export function monthsFromPeriods(periods: readonly { months: number; scheduledWorkingDays: number | null; workedDays: number | null }[]): {
  monthsWorked: number;
  monthsOfLeave: number;
} {
  let worked = 0;
  let leave = 0;
  for (const p of periods) {
    const share = p.scheduledWorkingDays && p.workedDays !== null ? Math.min(1, Math.max(0, p.workedDays / p.scheduledWorkingDays)) : 1;
    worked += p.months * share;
    leave += p.months * (1 - share);
  }
  const scale = worked + leave > 12 ? 12 / (worked + leave) : 1;
  const round = (n: number) => Math.round(n * scale * 100) / 100;
  return { monthsWorked: round(worked), monthsOfLeave: round(leave) };
}
