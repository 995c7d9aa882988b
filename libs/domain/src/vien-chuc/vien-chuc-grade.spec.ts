import { RULE_SET_V1 } from '../rule-sets/v1';
import { DomainValidationError } from '../shared/errors';
import { Grade } from '../shared/grade';
import { computeVienChucGrade, VienChucInput, VienChucReason } from './vien-chuc-grade';

const rules = RULE_SET_V1;
const input = (overrides: Partial<VienChucInput>): VienChucInput => ({
  tasks: { total: 10, short: 0, exceeding: 0 },
  monthsWorked: 12,
  monthsOfLeave: 0,
  ...overrides,
});
const tally = (short: number, exceeding = 0, total = 10) => ({ total, short, exceeding });

// Decree 90/2020/NĐ-CP as amended by Decree 48/2023/NĐ-CP, conditions for viên chức.
describe('viên chức grade by conditions (Decree 90/2020 as amended by 48/2023)', () => {
  it.each<[string, ReturnType<typeof tally>, Grade, VienChucReason]>([
    ['all on time and to quality, 50% exceeding', tally(0, 5), 'HOAN_THANH_XUAT_SAC', 'ALL_ON_TIME_AND_QUALITY_HALF_EXCEEDING'],
    ['all on time and to quality, 40% exceeding', tally(0, 4), 'HOAN_THANH_TOT', 'ALL_ON_TIME_AND_QUALITY'],
    ['all on time and to quality', tally(0), 'HOAN_THANH_TOT', 'ALL_ON_TIME_AND_QUALITY'],
    ['10% short', tally(1), 'HOAN_THANH', 'SHORT_WITHIN_COMPLETE_LIMIT'],
    ['exactly 20% short', tally(2), 'HOAN_THANH', 'SHORT_WITHIN_COMPLETE_LIMIT'],
    ['30% short: above the HOAN_THANH limit', tally(3), 'KHONG_HOAN_THANH', 'SHORT_ABOVE_COMPLETE_LIMIT'],
    ['exactly 50% short', tally(5), 'KHONG_HOAN_THANH', 'SHORT_ABOVE_COMPLETE_LIMIT'],
    ['more than 50% short', tally(6), 'KHONG_HOAN_THANH', 'MORE_THAN_HALF_SHORT'],
    ['exceeding does not lift an official with tasks short', tally(1, 9), 'HOAN_THANH', 'SHORT_WITHIN_COMPLETE_LIMIT'],
  ])('%s', (_, tasks, grade, reason) => {
    const result = computeVienChucGrade(input({ tasks }), rules);
    expect(result.grade).toBe(grade);
    expect(result.reasons).toEqual([reason]);
  });

  it.each<[string, Partial<VienChucInput>, Grade, VienChucReason[]]>([
    ['worked 5.9 months: not classified', { monthsWorked: 5.9, monthsOfLeave: 6.1 }, 'NOT_CLASSIFIED', ['WORKED_UNDER_MIN_MONTHS']],
    // Leave of 6 months is capped like 5 (monotonic leave rule): more leave never grades better.
    ['worked exactly 6 months with 6 of leave: classified, capped', { monthsWorked: 6, monthsOfLeave: 6 }, 'HOAN_THANH', ['ALL_ON_TIME_AND_QUALITY_HALF_EXCEEDING', 'LEAVE_CAP']],
    ['3 months of leave caps at HOAN_THANH', { monthsWorked: 9, monthsOfLeave: 3 }, 'HOAN_THANH', ['ALL_ON_TIME_AND_QUALITY_HALF_EXCEEDING', 'LEAVE_CAP']],
    ['5.9 months of leave caps at HOAN_THANH', { monthsWorked: 6.1, monthsOfLeave: 5.9 }, 'HOAN_THANH', ['ALL_ON_TIME_AND_QUALITY_HALF_EXCEEDING', 'LEAVE_CAP']],
    ['2.9 months of leave: no cap', { monthsWorked: 9.1, monthsOfLeave: 2.9 }, 'HOAN_THANH_XUAT_SAC', ['ALL_ON_TIME_AND_QUALITY_HALF_EXCEEDING']],
    [
      'maternity leave: graded on time worked, no cap',
      { monthsWorked: 4, monthsOfLeave: 0, maternityLeave: true },
      'HOAN_THANH_XUAT_SAC',
      ['ALL_ON_TIME_AND_QUALITY_HALF_EXCEEDING'],
    ],
    ['disciplined in the year', { overrides: { disciplineSanction: { level: 'REPRIMAND', reference: 'QĐ 2' } } }, 'KHONG_HOAN_THANH', ['DISCIPLINE_REPRIMAND_OR_ABOVE']],
    [
      'under 6 months and disciplined: still not classified',
      { monthsWorked: 4, overrides: { ethicalDegradation: { reference: 'KL 1' } } },
      'NOT_CLASSIFIED',
      ['WORKED_UNDER_MIN_MONTHS'],
    ],
    ['no task recorded', { tasks: tally(0, 0, 0) }, 'NOT_CLASSIFIED', ['NO_TASKS']],
  ])('%s', (_, overrides, grade, reasons) => {
    const result = computeVienChucGrade(input({ tasks: tally(0, 5), ...overrides }), rules);
    expect(result.grade).toBe(grade);
    expect(result.reasons).toEqual(reasons);
    expect(result.explanation).toMatchObject({ rule: 'vienChuc.grade', ruleSetVersion: 'v1', result: grade });
  });

  it('leaves a lower grade under the leave cap as it is', () => {
    expect(computeVienChucGrade(input({ tasks: tally(6), monthsWorked: 8, monthsOfLeave: 4 }), rules).grade).toBe('KHONG_HOAN_THANH');
    expect(computeVienChucGrade(input({ tasks: tally(1), monthsWorked: 8, monthsOfLeave: 4 }), rules).reasons).toEqual(['SHORT_WITHIN_COMPLETE_LIMIT']);
  });

  it('grades a manager on the unit too (the lower grade applies), and applies the leader override', () => {
    const targets = (completed: number, onTimeAndQuality: number, exceeded: number, total = 10) => ({ total, completed, onTimeAndQuality, exceeded });
    const lower = computeVienChucGrade(input({ tasks: tally(0, 6), managedUnit: { targets: targets(8, 6, 0) } }), rules);
    expect(lower.grade).toBe('HOAN_THANH');
    expect(lower.reasons).toEqual(['ALL_ON_TIME_AND_QUALITY_HALF_EXCEEDING', 'UNIT_LOWER', 'UNIT_TARGETS_MOSTLY_COMPLETED']);
    expect(computeVienChucGrade(input({ tasks: tally(1), managedUnit: { targets: targets(10, 10, 10) } }), rules).grade).toBe('HOAN_THANH');
    const corrupt = computeVienChucGrade(input({ managedUnit: { targets: targets(10, 10, 0) }, overrides: { unitCorruption: { reference: 'KL' } } }), rules);
    expect(corrupt.reasons).toEqual(['UNIT_CORRUPTION']);
  });

  it.each([
    [{ tasks: { total: 5, short: 6, exceeding: 0 } }, /tasks\.short/],
    [{ tasks: { total: 5, short: 2, exceeding: 4 } }, /tasks\.exceeding/],
    [{ managedUnit: { targets: { total: 0, completed: 0, onTimeAndQuality: 0, exceeded: 0 } } }, /managedUnit\.targets\.total/],
    [{ managedUnit: { targets: { total: 4, completed: 3, onTimeAndQuality: 4, exceeded: 0 } } }, /onTimeAndQuality/],
    [{ managedUnit: { targets: { total: 4, completed: 3, onTimeAndQuality: 0, exceeded: 4 } } }, /exceeded/],
    [{ monthsWorked: 10, monthsOfLeave: 3 }, /cannot exceed 12/],
    [{ monthsWorked: 13 }, /monthsWorked/],
  ])('rejects %j', (overrides, message) => {
    expect(() => computeVienChucGrade(input(overrides), rules)).toThrow(DomainValidationError);
    expect(() => computeVienChucGrade(input(overrides), rules)).toThrow(message);
  });
});
