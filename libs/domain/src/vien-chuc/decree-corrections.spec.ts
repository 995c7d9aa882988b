import fc from 'fast-check';
import { RULE_SET_V1 } from '../rule-sets/v1';
import { Grade, gradeRank } from '../shared/grade';
import { computeVienChucGrade, ManagedUnit, UnitReason, monthsFromPeriods, UnitTargetTally, unitTargetsFromAssignments, VienChucInput } from './vien-chuc-grade';

const rules = RULE_SET_V1;
/** A manager whose own tasks are excellent (10 tasks, none short, 6 exceeding), so the unit decides. */
const manager = (managedUnit: ManagedUnit, overrides: Partial<VienChucInput> = {}): VienChucInput => ({
  tasks: { total: 10, short: 0, exceeding: 6 },
  monthsWorked: 12,
  monthsOfLeave: 0,
  managedUnit,
  ...overrides,
});
const targets = (completed: number, onTimeAndQuality: number, exceeded: number, total = 10): UnitTargetTally => ({ total, completed, onTimeAndQuality, exceeded });
const XS: Grade = 'HOAN_THANH_XUAT_SAC';
const TOT: Grade = 'HOAN_THANH_TOT';
const HT: Grade = 'HOAN_THANH';
const KHT: Grade = 'KHONG_HOAN_THANH';
const subUnits = (counts: Partial<Record<Grade, number>>): Grade[] => Object.entries(counts).flatMap(([grade, n]) => Array<Grade>(n).fill(grade as Grade));

// Decree 90/2020/NĐ-CP as amended by Decree 48/2023/NĐ-CP, criteria for viên chức managers
// (viên chức quản lý) — the unit or field in charge: all targets completed with ≥ 50% exceeded
// (XUAT_SAC); ≥ 80% on time and to quality (TOT); > 70% completed (HOAN_THANH). They used to be
// graded with the non-manager thresholds (≤ 20% short for HOAN_THANH, none short for TOT).
describe('viên chức managers: unit targets (Decree 90/2020 as amended by Decree 48/2023, managers)', () => {
  it.each<[string, UnitTargetTally, Grade, UnitReason | null]>([
    ['all 10 completed, 5 exceeded', targets(10, 10, 5), XS, null],
    ['all 10 completed, 4 exceeded, 8 on time and to quality', targets(10, 8, 4), TOT, 'UNIT_TARGETS_MOSTLY_ON_TIME_AND_QUALITY'],
    ['9 completed with 5 exceeded: not all completed, 9 on time → TOT', targets(9, 9, 5), TOT, 'UNIT_TARGETS_MOSTLY_ON_TIME_AND_QUALITY'],
    // Non-manager thresholds gave this HOAN_THANH_TOT ("none short") or HOAN_THANH; 80% is the line.
    ['all completed, 7 on time and to quality', targets(10, 7, 0), HT, 'UNIT_TARGETS_MOSTLY_COMPLETED'],
    ['8 completed, 8 on time: 80% on time → TOT', targets(8, 8, 0), TOT, 'UNIT_TARGETS_MOSTLY_ON_TIME_AND_QUALITY'],
    ['8 completed, 2 on time: more than 70% completed → HOAN_THANH', targets(8, 2, 0), HT, 'UNIT_TARGETS_MOSTLY_COMPLETED'],
    // Exactly 70% completed is not "more than 70%" (≤ 20% short made 7 of 10 KHONG_HOAN_THANH too, but 8 of 10 HOAN_THANH by a different rule).
    ['7 completed: not more than 70%', targets(7, 7, 0), KHT, 'UNIT_TARGETS_TOO_FEW_COMPLETED'],
    ['71 of 100 completed', targets(71, 0, 0, 100), HT, 'UNIT_TARGETS_MOSTLY_COMPLETED'],
    ['70 of 100 completed', targets(70, 0, 0, 100), KHT, 'UNIT_TARGETS_TOO_FEW_COMPLETED'],
  ])('%s: %j → %s', (_, unitTargets, grade, reason) => {
    const result = computeVienChucGrade(manager({ targets: unitTargets }), rules);
    expect(result.grade).toBe(grade);
    expect(result.reasons).toEqual(reason === null ? ['ALL_ON_TIME_AND_QUALITY_HALF_EXCEEDING'] : ['ALL_ON_TIME_AND_QUALITY_HALF_EXCEEDING', 'UNIT_LOWER', reason]);
    expect(result.explanation.steps.find((step) => step.label === 'unit targets (manager)')?.value).toBe(grade);
  });
});

// Same source — the sub-units the manager directly manages (đơn vị thuộc quyền quản lý trực tiếp):
// XUAT_SAC needs 100% at least HOAN_THANH with ≥ 70% HOAN_THANH_TOT or better; TOT needs 100% at
// least HOAN_THANH; HOAN_THANH needs ≥ 70% at least HOAN_THANH.
describe('viên chức managers: directly managed sub-units (Decree 90/2020 as amended by Decree 48/2023, managers)', () => {
  it.each<[string, Grade[], Grade, UnitReason | null]>([
    ['10 sub-units, all at least HT, 7 TOT or better', subUnits({ [XS]: 2, [TOT]: 5, [HT]: 3 }), XS, null],
    ['all at least HT, 6 of 10 TOT or better', subUnits({ [TOT]: 6, [HT]: 4 }), TOT, 'SUB_UNITS_ALL_COMPLETE'],
    ['one of 10 KHONG_HOAN_THANH, 9 excellent', subUnits({ [XS]: 9, [KHT]: 1 }), HT, 'SUB_UNITS_MOSTLY_COMPLETE'],
    ['7 of 10 at least HT', subUnits({ [TOT]: 7, [KHT]: 3 }), HT, 'SUB_UNITS_MOSTLY_COMPLETE'],
    ['6 of 10 at least HT', subUnits({ [TOT]: 6, [KHT]: 4 }), KHT, 'SUB_UNITS_TOO_FEW_COMPLETE'],
    ['unclassified sub-units do not count', [...subUnits({ [XS]: 3 }), 'NOT_CLASSIFIED'], XS, null],
  ])('%s: %j → %s', (_, subUnitGrades, grade, reason) => {
    const result = computeVienChucGrade(manager({ targets: targets(10, 10, 5), subUnitGrades }), rules);
    expect(result.grade).toBe(grade);
    expect(result.reasons).toEqual(reason === null ? ['ALL_ON_TIME_AND_QUALITY_HALF_EXCEEDING'] : ['ALL_ON_TIME_AND_QUALITY_HALF_EXCEEDING', 'UNIT_LOWER', reason]);
  });

  it('without classified sub-units the sub-unit condition does not apply, and says so', () => {
    const result = computeVienChucGrade(manager({ targets: targets(10, 10, 5), subUnitGrades: ['NOT_CLASSIFIED'] }), rules);
    expect(result.grade).toBe(XS);
    expect(result.explanation.steps).toContainEqual({ label: 'no classified sub-unit: the sub-unit condition does not apply', value: null });
  });

  it('the lowest of own tasks, unit targets and sub-units applies, each lowering reason listed once', () => {
    const result = computeVienChucGrade(manager({ targets: targets(10, 8, 0), subUnitGrades: subUnits({ [TOT]: 7, [KHT]: 3 }) }), rules);
    expect(result.grade).toBe(HT);
    expect(result.reasons).toEqual(['ALL_ON_TIME_AND_QUALITY_HALF_EXCEEDING', 'UNIT_LOWER', 'UNIT_TARGETS_MOSTLY_ON_TIME_AND_QUALITY', 'SUB_UNITS_MOSTLY_COMPLETE']);
    const ownLower = computeVienChucGrade(manager({ targets: targets(10, 10, 5) }, { tasks: { total: 10, short: 1, exceeding: 0 } }), rules);
    expect(ownLower).toMatchObject({ grade: HT, reasons: ['SHORT_WITHIN_COMPLETE_LIMIT'] });
  });
});

// Decree 90/2020/NĐ-CP art. 2 (principles, as amended by Decree 48/2023/NĐ-CP art. 1): under 6
// months worked → not classified; 3 to under 6 months of leave → not HOAN_THANH_TOT or above.
// Read alone, "under 6" left 6 months of leave (with 6 worked) uncapped while 5 months was capped.
describe('leave rules are monotonic (Decree 90/2020 art. 2)', () => {
  const perfect = { total: 10, short: 0, exceeding: 10 };
  const best = (monthsWorked: number, monthsOfLeave: number): Grade => computeVienChucGrade({ tasks: perfect, monthsWorked, monthsOfLeave }, rules).grade;
  /** NOT_CLASSIFIED is no better than any grade. */
  const rank = (grade: Grade): number => (grade === 'NOT_CLASSIFIED' ? -1 : gradeRank(grade));

  it.each<[number, number, Grade]>([
    [12, 0, XS],
    [9.5, 2.5, XS],
    [9, 3, HT],
    [7, 5, HT],
    [6, 6, HT],
    [6.5, 5.5, HT],
    [5.9, 6.1, 'NOT_CLASSIFIED'],
  ])('%d months worked + %d of leave → at best %s', (worked, leave, grade) => {
    expect(best(worked, leave)).toBe(grade);
  });

  it('property: adding leave never raises the best possible grade (with months worked kept, or traded for leave)', () => {
    const months = fc.integer({ min: 0, max: 24 }).map((halves) => halves / 2);
    fc.assert(
      fc.property(months, months, months, fc.boolean(), (worked, leave, extra, trade) => {
        const moreWorked = trade ? worked - extra : worked;
        fc.pre(worked + leave <= 12 && moreWorked >= 0 && moreWorked + leave + extra <= 12);
        return rank(best(moreWorked, leave + extra)) <= rank(best(worked, leave));
      }),
      { numRuns: 3000 },
    );
  });
});

// Ketqua's mapping of a viên chức manager's unit targets onto the unit's assignment facts (docs/RULES.md).
describe('unit targets from the unit’s assignments', () => {
  const a = (expectedUnits: number, deliveredUnits: number, quantity: number, quality = 100, progress = 100) => ({ expectedUnits, deliveredUnits, quantity, quality, progress });
  it.each<[string, Parameters<typeof unitTargetsFromAssignments>[0], UnitTargetTally | null]>([
    ['no assignment: the unit condition cannot be assessed', [], null],
    ['one delivered in full on time', [a(2, 2, 100)], { total: 1, completed: 1, onTimeAndQuality: 1, exceeded: 0 }],
    ['delivered more than expected: exceeded', [a(2, 3, 100)], { total: 1, completed: 1, onTimeAndQuality: 1, exceeded: 1 }],
    ['completed late: not on time', [a(2, 2, 100, 100, 75)], { total: 1, completed: 1, onTimeAndQuality: 0, exceeded: 0 }],
    ['completed with a major error return: not to quality', [a(2, 2, 100, 75)], { total: 1, completed: 1, onTimeAndQuality: 0, exceeded: 0 }],
    ['half delivered: not completed', [a(2, 1, 50), a(1, 1, 100)], { total: 2, completed: 1, onTimeAndQuality: 1, exceeded: 0 }],
  ])('%s', (_, assignments, expected) => {
    expect(unitTargetsFromAssignments(assignments)).toEqual(expected);
  });
});

describe('months worked and of leave from the evaluated periods', () => {
  const m = (months: number, scheduledWorkingDays: number | null, workedDays: number | null) => ({ months, scheduledWorkingDays, workedDays });
  it.each<[string, Parameters<typeof monthsFromPeriods>[0], { monthsWorked: number; monthsOfLeave: number }]>([
    ['twelve full months', Array.from({ length: 12 }, () => m(1, 20, 20)), { monthsWorked: 12, monthsOfLeave: 0 }],
    ['joined in July: six months, none of leave', Array.from({ length: 6 }, () => m(1, 22, 22)), { monthsWorked: 6, monthsOfLeave: 0 }],
    ['five months evaluated: under six worked', Array.from({ length: 5 }, () => m(1, 22, 22)), { monthsWorked: 5, monthsOfLeave: 0 }],
    ['a quarter half worked', [m(3, 60, 30)], { monthsWorked: 1.5, monthsOfLeave: 1.5 }],
    ['no attendance recorded: worked', [m(1, null, null)], { monthsWorked: 1, monthsOfLeave: 0 }],
    ['more than a year of periods is scaled to 12', [m(12, 240, 240), m(3, 60, 60)], { monthsWorked: 12, monthsOfLeave: 0 }],
  ])('%s', (_, periods, expected) => {
    expect(monthsFromPeriods(periods)).toEqual(expected);
  });
});
