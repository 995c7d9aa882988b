import { DomainValidationError } from '../shared/errors';
import { computePeriodScore } from '../evaluation/period-score';
import {
  criteriaTemplateIssues,
  CriteriaTemplateNumbers,
  criteriaTemplateNumbersOf,
  criteriaTemplateRuleSet,
  frozenRuleSet,
  templateRuleSetVersion,
  validateCriteriaTemplate,
  validatePartyMemberShare,
  withPartyMemberShares,
} from './criteria-template';
import { describeCriteria, GRADE_NAMES, REGIME_NAMES } from './criteria-text';
import { RULE_SET_V1 } from './v1';

const base = RULE_SET_V1;
const ok: CriteriaTemplateNumbers = {
  taskCombination: { quantity: 2, quality: 1, progress: 1 },
  generalCriteria: [
    { code: 'POLITICAL_QUALITY', label: 'Phẩm chất chính trị', maxPoints: 10 },
    { code: 'ETHICS', label: 'Đạo đức', maxPoints: 7.5 },
    { code: 'STYLE', label: 'Tác phong', maxPoints: 7.25 },
    { code: 'DISCIPLINE', label: 'Kỷ luật', maxPoints: 5.25 },
  ],
  leaderUnitWeightPercent: 40,
  effectiveFrom: '2026-07-01',
};
const fields = (t: CriteriaTemplateNumbers, today?: string) => criteriaTemplateIssues(t, base, today).map((issue) => issue.field);

describe('criteria templates (PRODUCT 4.4: combination set by the template; Decree 335/2025 art. 14: general criteria up to 30 points)', () => {
  it('accepts a template whose maxima sum to 30', () => {
    expect(criteriaTemplateIssues(ok, base)).toEqual([]);
    expect(() => validateCriteriaTemplate(ok, base, '2026-07-01')).not.toThrow();
  });

  it.each<[string, Partial<CriteriaTemplateNumbers>, string[]]>([
    ['maxima summing to 29.99', { generalCriteria: [...ok.generalCriteria.slice(0, 3), { code: 'DISCIPLINE', label: 'Kỷ luật', maxPoints: 5.24 }] }, ['generalCriteria']],
    ['maxima summing to 31', { generalCriteria: [...ok.generalCriteria, { code: 'EXTRA', label: 'Thêm', maxPoints: 1 }] }, ['generalCriteria']],
    ['no sub-criterion', { generalCriteria: [] }, ['generalCriteria']],
    ['a negative weight', { taskCombination: { quantity: -1, quality: 2, progress: 1 } }, ['taskCombination.quantity']],
    ['three decimals in a weight', { taskCombination: { quantity: 1.125, quality: 1, progress: 1 } }, ['taskCombination.quantity']],
    ['a weight that is not a number', { taskCombination: { quantity: 1, quality: Number.NaN, progress: 1 } }, ['taskCombination.quality', 'taskCombination']],
    ['all weights 0', { taskCombination: { quantity: 0, quality: 0, progress: 0 } }, ['taskCombination']],
    ['a leader weight of 101%', { leaderUnitWeightPercent: 101 }, ['leaderUnitWeightPercent']],
    ['a leader weight of 12.5%', { leaderUnitWeightPercent: 12.5 }, ['leaderUnitWeightPercent']],
    ['a negative leader weight', { leaderUnitWeightPercent: -1 }, ['leaderUnitWeightPercent']],
    ['a date that is not a date', { effectiveFrom: '01/07/2026' }, ['effectiveFrom']],
  ])('refuses %s', (_label, change, expected) => {
    expect(fields({ ...ok, ...change })).toEqual(expected);
  });

  it('refuses bad sub-criteria, listing every problem at once', () => {
    const bad = {
      ...ok,
      generalCriteria: [
        { code: 'lower', label: 'A', maxPoints: 10 },
        { code: 'SAME', label: ' ', maxPoints: 10 },
        { code: 'SAME', label: 'C', maxPoints: 0 },
        { code: 'D', label: 'D', maxPoints: 5.001 },
      ],
    };
    expect(fields(bad)).toEqual([
      'generalCriteria[0].code',
      'generalCriteria[1].label',
      'generalCriteria[2].code',
      'generalCriteria[2].maxPoints',
      'generalCriteria[3].maxPoints',
      'generalCriteria',
    ]);
    expect(() => validateCriteriaTemplate(bad, base)).toThrow(DomainValidationError);
  });

  it('refuses a start date in the past when publishing (today given), allows today', () => {
    expect(fields(ok, '2026-07-02')).toEqual(['effectiveFrom']);
    expect(fields(ok, '2026-07-01')).toEqual([]);
  });

  it('stores a published template as a derived rule set under tpl-<code>-v<n>; the shipped one is untouched', () => {
    const ruleSet = criteriaTemplateRuleSet(base, { ...ok, code: 'CC-CHUNG', versionNo: 2, name: 'Công chức' });
    expect(templateRuleSetVersion('CC-CHUNG', 2)).toBe('tpl-cc-chung-v2');
    expect(ruleSet.version).toBe('tpl-cc-chung-v2');
    expect(ruleSet.effectiveFrom).toBe('2026-07-01');
    expect(ruleSet.description).toBe('Công chức (from v1)');
    expect(ruleSet.congChuc.taskCombination).toEqual(ok.taskCombination);
    expect(ruleSet.congChuc.generalCriteria).toEqual(ok.generalCriteria);
    expect(ruleSet.congChuc.leader).toEqual({ ...base.congChuc.leader, unitResultsWeightPercent: 40 });
    expect(ruleSet.congChuc.bands).toBe(base.congChuc.bands);
    expect(base.congChuc.taskCombination).toEqual({ quantity: 1, quality: 1, progress: 1 });
    expect(Object.isFrozen(ruleSet.congChuc.generalCriteria)).toBe(true);
    expect(() => criteriaTemplateRuleSet(base, { ...ok, leaderUnitWeightPercent: 200, code: 'X', versionNo: 1, name: 'x' })).toThrow(DomainValidationError);
  });

  it('scores with the template: quantity counts twice, general criteria by the template’s codes', () => {
    const ruleSet = criteriaTemplateRuleSet(base, { ...ok, code: 'CC', versionNo: 1, name: 'CC' });
    const result = computePeriodScore(
      {
        assignments: [{ assignmentId: 'a', convertedUnits: 1, quantity: 100, quality: 50, progress: 50 }],
        generalCriteria: ok.generalCriteria.map((criterion) => ({ code: criterion.code, points: criterion.maxPoints })),
      },
      ruleSet,
    );
    // (2×100 + 50 + 50) ÷ 4 = 75% → 52.5 task points, + 30
    expect(result.score).toBe(82.5);
  });

  it('starts a new template from a rule set’s numbers', () => {
    expect(criteriaTemplateNumbersOf(base)).toEqual({
      taskCombination: { quantity: 1, quality: 1, progress: 1 },
      generalCriteria: base.congChuc.generalCriteria,
      leaderUnitWeightPercent: 50,
      effectiveFrom: '2026-01-01',
    });
  });

  it('freezes a stored rule set read back from JSON, and adds a year’s Party-member shares under the same version', () => {
    const read = frozenRuleSet(JSON.parse(JSON.stringify(base)));
    expect(read).toEqual(base);
    expect(Object.isFrozen(read.quota)).toBe(true);
    const shares = [{ agencyId: 'a1', year: 2026, percent: 12.5 }];
    const withShares = withPartyMemberShares(base, shares);
    expect(withShares.version).toBe('v1');
    expect(withShares.quota.vienChucPartyMemberExcellent).toEqual(shares);
    expect(base.quota.vienChucPartyMemberExcellent).toEqual([]);
    expect(Object.isFrozen(withShares.quota.vienChucPartyMemberExcellent[0])).toBe(true);
  });
});

describe('Party-member shares as HR enters them (Decree 48/2023)', () => {
  it.each<[number, number, boolean]>([
    [2026, 12.5, true],
    [2026, 0, true],
    [2026, 100, true],
    [2026, 100.01, false],
    [2026, -1, false],
    [2026, 12.345, false],
    [1999, 10, false],
    [2026.5, 10, false],
  ])('year %p, percent %p: accepted %p', (year, percent, accepted) => {
    const call = () => validatePartyMemberShare({ agencyId: 'a', year, percent });
    if (accepted) expect(call).not.toThrow();
    else expect(call).toThrow(DomainValidationError);
  });
});

describe('criteria in plain words, derived from the numbers', () => {
  const byKey = (texts: ReturnType<typeof describeCriteria>) => Object.fromEntries(texts.map((t) => [t.key, t]));

  it('describes the shipped công chức rules: equal thirds, 25-point deductions, 30 points of general criteria, bands 90/70/50, 20%, 50/50 leaders', () => {
    const t = byKey(describeCriteria(base, 'CONG_CHUC'));
    expect(Object.keys(t)).toEqual(['TASK_RESULTS', 'QUANTITY', 'QUALITY_DEDUCTION', 'PROGRESS_DEDUCTION', 'WAIVER', 'GENERAL_CRITERIA', 'BANDS', 'OVERRIDES', 'LEADER', 'QUOTA']);
    expect(t['TASK_RESULTS'].vi).toContain('trung bình cộng của ba tỷ lệ số lượng, chất lượng, tiến độ');
    expect(t['TASK_RESULTS'].vi).toContain('tối đa 70 điểm');
    expect(t['QUALITY_DEDUCTION'].vi).toBe('Tỷ lệ chất lượng: 100% trừ 25 điểm cho mỗi lần sản phẩm bị trả lại vì lỗi lớn về nội dung.');
    expect(t['PROGRESS_DEDUCTION'].en).toBe('Progress: 100% less 25 points for each missed deadline.');
    expect(t['WAIVER'].vi).toContain('nguyên nhân khách quan');
    expect(t['GENERAL_CRITERIA'].vi).toContain('Phẩm chất chính trị (tối đa 7,5 điểm)');
    expect(t['GENERAL_CRITERIA'].en).toContain('Phẩm chất chính trị (up to 7.5 points)');
    expect(t['BANDS'].vi).toContain(
      'từ 90 điểm: Hoàn thành xuất sắc nhiệm vụ; từ 70 đến dưới 90 điểm: Hoàn thành tốt nhiệm vụ; từ 50 đến dưới 70 điểm: Hoàn thành nhiệm vụ; dưới 50 điểm: Không hoàn thành nhiệm vụ',
    );
    expect(t['BANDS'].en).toContain('90 points or more: Completed tasks excellently; 70 to under 90: Completed tasks well');
    expect(t['LEADER'].vi).toContain('công việc của bản thân (50%) và kết quả của đơn vị (50%)');
    expect(t['LEADER'].vi).toContain('là 100% khi mọi người thuộc quyền');
    expect(t['QUOTA'].vi).toContain('không vượt quá 20% số người Hoàn thành tốt nhiệm vụ');
    expect(t['OVERRIDES'].en).toContain('whatever the score');
  });

  it('follows a template’s numbers: weights in the formula, its sub-criteria, its leader weight', () => {
    const ruleSet = criteriaTemplateRuleSet(base, { ...ok, taskCombination: { quantity: 2, quality: 1.5, progress: 1 }, code: 'CC', versionNo: 1, name: 'CC' });
    const t = byKey(describeCriteria(ruleSet, 'CONG_CHUC'));
    expect(t['TASK_RESULTS'].vi).toContain('(2 × số lượng + 1,5 × chất lượng + 1 × tiến độ) ÷ 4,5');
    expect(t['TASK_RESULTS'].en).toContain('(2 × quantity + 1.5 × quality + 1 × progress) ÷ 4.5');
    expect(t['GENERAL_CRITERIA'].vi).toContain('Tác phong (tối đa 7,25 điểm)');
    expect(t['LEADER'].en).toContain("their own work (60%) and the unit's results (40%)");
  });

  it('describes the viên chức conditions, time worked, managers, the quota and the Party-member share', () => {
    const t = byKey(describeCriteria(base, 'VIEN_CHUC'));
    expect(Object.keys(t)).toEqual(['VIEN_CHUC_CONDITIONS', 'VIEN_CHUC_TIME_WORKED', 'VIEN_CHUC_MANAGERS', 'QUOTA', 'VIEN_CHUC_PARTY_SHARE']);
    expect(t['VIEN_CHUC_CONDITIONS'].vi).toContain('ít nhất 50% vượt yêu cầu');
    expect(t['VIEN_CHUC_CONDITIONS'].vi).toContain('không quá 20% nhiệm vụ');
    expect(t['VIEN_CHUC_TIME_WORKED'].vi).toBe('Làm việc dưới 6 tháng trong năm: Không xếp loại. Nghỉ từ 3 tháng trở lên: cao nhất là Hoàn thành nhiệm vụ.');
    expect(t['VIEN_CHUC_MANAGERS'].en).toContain('at least 80% of targets');
    expect(t['VIEN_CHUC_PARTY_SHARE'].vi).toContain('Nghị định 48/2023/NĐ-CP');
  });

  it('names the grades and regimes in both languages', () => {
    expect(GRADE_NAMES.HOAN_THANH_TOT).toEqual({ vi: 'Hoàn thành tốt nhiệm vụ', en: 'Completed tasks well' });
    expect(REGIME_NAMES.VIEN_CHUC.vi).toBe('Viên chức');
  });
});
