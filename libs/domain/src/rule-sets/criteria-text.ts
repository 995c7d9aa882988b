import { Grade } from '../shared/grade';
import type { Regime } from '../quota/quota';
import { RuleSet } from './rule-set.types';

/** A text in both languages of the UI: Vietnamese first, English switchable. */
export interface BilingualText {
  vi: string;
  en: string;
}

/** One rule of the published criteria in plain words, with a stable key the dashboard can group by. */
export interface CriteriaRuleText extends BilingualText {
  key: CriteriaRuleKey;
}

export type CriteriaRuleKey =
  | 'TASK_RESULTS'
  | 'QUANTITY'
  | 'QUALITY_DEDUCTION'
  | 'PROGRESS_DEDUCTION'
  | 'WAIVER'
  | 'GENERAL_CRITERIA'
  | 'BANDS'
  | 'OVERRIDES'
  | 'LEADER'
  | 'QUOTA'
  | 'VIEN_CHUC_CONDITIONS'
  | 'VIEN_CHUC_TIME_WORKED'
  | 'VIEN_CHUC_MANAGERS'
  | 'VIEN_CHUC_PARTY_SHARE';

/** Grade names as Decree 335/2025 and Decree 90/2020 write them, and in English. */
export const GRADE_NAMES: Readonly<Record<Grade, BilingualText>> = Object.freeze({
  HOAN_THANH_XUAT_SAC: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Completed tasks excellently' },
  HOAN_THANH_TOT: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Completed tasks well' },
  HOAN_THANH: { vi: 'Hoàn thành nhiệm vụ', en: 'Completed tasks' },
  KHONG_HOAN_THANH: { vi: 'Không hoàn thành nhiệm vụ', en: 'Did not complete tasks' },
  NOT_CLASSIFIED: { vi: 'Không xếp loại', en: 'Not classified' },
});

/** Regime names (staff categories the pilot covers). */
export const REGIME_NAMES: Readonly<Record<Regime, BilingualText>> = Object.freeze({
  CONG_CHUC: { vi: 'Công chức', en: 'Civil servants (công chức)' },
  VIEN_CHUC: { vi: 'Viên chức', en: 'Public employees (viên chức)' },
});

/** A number as Vietnamese writes it (7,5) and as English does (7.5). */
const vi = (n: number) => String(n).replace('.', ',');
const en = (n: number) => String(n);

/** The task-results combination as a formula in words, from the rule set's weights. */
function combination(ruleSet: RuleSet): BilingualText {
  const w = ruleSet.congChuc.taskCombination;
  const total = w.quantity + w.quality + w.progress;
  if (w.quantity === w.quality && w.quality === w.progress) {
    return { vi: 'trung bình cộng của ba tỷ lệ số lượng, chất lượng, tiến độ', en: 'the average of the quantity, quality and progress percentages' };
  }
  return {
    vi: `(${vi(w.quantity)} × số lượng + ${vi(w.quality)} × chất lượng + ${vi(w.progress)} × tiến độ) ÷ ${vi(total)}`,
    en: `(${en(w.quantity)} × quantity + ${en(w.quality)} × quality + ${en(w.progress)} × progress) ÷ ${en(total)}`,
  };
}

function bands(ruleSet: RuleSet, fmt: (n: number) => string, lang: 'vi' | 'en'): string {
  const list = ruleSet.congChuc.bands;
  const parts = list.map((band, i) => {
    const name = GRADE_NAMES[band.grade][lang];
    if (i === 0) return lang === 'vi' ? `từ ${fmt(band.minScore)} điểm: ${name}` : `${fmt(band.minScore)} points or more: ${name}`;
    const upper = fmt(list[i - 1].minScore);
    return lang === 'vi' ? `từ ${fmt(band.minScore)} đến dưới ${upper} điểm: ${name}` : `${fmt(band.minScore)} to under ${upper}: ${name}`;
  });
  const lowest = fmt(list[list.length - 1].minScore);
  parts.push(lang === 'vi' ? `dưới ${lowest} điểm: ${GRADE_NAMES.KHONG_HOAN_THANH.vi}` : `under ${lowest}: ${GRADE_NAMES.KHONG_HOAN_THANH.en}`);
  return parts.join('; ');
}

function congChucTexts(r: RuleSet): CriteriaRuleText[] {
  const c = r.congChuc;
  const a = r.assignment;
  const combo = combination(r);
  const criteria = c.generalCriteria;
  const leader = c.leader;
  return [
    {
      key: 'TASK_RESULTS',
      vi: `Kết quả thực hiện nhiệm vụ: tối đa ${vi(c.taskMaxPoints)} điểm. Tỷ lệ của mỗi nhiệm vụ là ${combo.vi}; các nhiệm vụ trong kỳ được cộng theo khối lượng đã quy đổi; điểm = tỷ lệ × ${vi(c.taskMaxPoints)} ÷ 100.`,
      en: `Task results: up to ${en(c.taskMaxPoints)} points. Each assignment's percentage is ${combo.en}; the period's assignments are weighted by converted units; points = percentage × ${en(c.taskMaxPoints)} ÷ 100.`,
    },
    {
      key: 'QUANTITY',
      vi: `Tỷ lệ số lượng: khối lượng đã hoàn thành so với khối lượng được giao (đã quy đổi), tối đa ${vi(a.quantityCapPercent)}%.`,
      en: `Quantity: converted units delivered against those assigned, at most ${en(a.quantityCapPercent)}%.`,
    },
    {
      key: 'QUALITY_DEDUCTION',
      vi: `Tỷ lệ chất lượng: 100% trừ ${vi(a.qualityDeductionPerMajorError)} điểm cho mỗi lần sản phẩm bị trả lại vì lỗi lớn về nội dung.`,
      en: `Quality: 100% less ${en(a.qualityDeductionPerMajorError)} points for each return for a major content error.`,
    },
    {
      key: 'PROGRESS_DEDUCTION',
      vi: `Tỷ lệ tiến độ: 100% trừ ${vi(a.progressDeductionPerMissedDeadline)} điểm cho mỗi lần trễ hạn.`,
      en: `Progress: 100% less ${en(a.progressDeductionPerMissedDeadline)} points for each missed deadline.`,
    },
    {
      key: 'WAIVER',
      vi: 'Không trừ điểm khi lỗi hoặc trễ hạn do nguyên nhân khách quan được thủ trưởng xác nhận bằng văn bản.',
      en: 'A deduction is waived when the head confirms in writing an objective cause for the error or delay.',
    },
    {
      key: 'GENERAL_CRITERIA',
      vi: `Tiêu chí chung: tối đa ${vi(c.generalMaxPoints)} điểm, do người đánh giá chấm: ${criteria.map((x) => `${x.label} (tối đa ${vi(x.maxPoints)} điểm)`).join('; ')}.`,
      en: `General criteria: up to ${en(c.generalMaxPoints)} points, scored by the evaluator: ${criteria.map((x) => `${x.label} (up to ${en(x.maxPoints)} points)`).join('; ')}.`,
    },
    {
      key: 'BANDS',
      vi: `Xếp loại theo tổng điểm: ${bands(r, vi, 'vi')}. Ngưỡng áp dụng cho điểm chính xác; điểm hiển thị ${vi(c.scoreDecimals)} chữ số thập phân, cắt bớt chứ không làm tròn lên.`,
      en: `Grade by total score: ${bands(r, en, 'en')}. Band edges apply to the exact score; scores are shown with ${en(c.scoreDecimals)} decimals, truncated, never rounded up.`,
    },
    {
      key: 'OVERRIDES',
      vi: `Bị kỷ luật từ khiển trách trở lên trong năm hoặc có kết luận suy thoái về tư tưởng chính trị, đạo đức, lối sống: ${GRADE_NAMES.KHONG_HOAN_THANH.vi}, bất kể điểm.`,
      en: `A reprimand or heavier sanction in the year, or a conclusion of degradation: ${GRADE_NAMES.KHONG_HOAN_THANH.en}, whatever the score.`,
    },
    {
      key: 'LEADER',
      vi: `Cấp trưởng, cấp phó: kết quả nhiệm vụ gồm công việc của bản thân (${vi(100 - leader.unitResultsWeightPercent)}%) và kết quả của đơn vị (${vi(leader.unitResultsWeightPercent)}%). Kết quả đơn vị là ${vi(leader.allSubordinatesCompletePercent)}% khi mọi người thuộc quyền đạt từ ${GRADE_NAMES.HOAN_THANH.vi} trở lên, ${vi(leader.anySubordinateIncompletePercent)}% khi có người ${GRADE_NAMES.KHONG_HOAN_THANH.vi}; khi chưa có người thuộc quyền được xếp loại thì chỉ tính công việc của bản thân.`,
      en: `Heads and deputies: task results are their own work (${en(100 - leader.unitResultsWeightPercent)}%) and the unit's results (${en(leader.unitResultsWeightPercent)}%). The unit's results are ${en(leader.allSubordinatesCompletePercent)}% when every subordinate is at least "${GRADE_NAMES.HOAN_THANH.en}", ${en(leader.anySubordinateIncompletePercent)}% when any is "${GRADE_NAMES.KHONG_HOAN_THANH.en}"; with no classified subordinate only their own work counts.`,
    },
    quotaText(r),
  ];
}

function quotaText(r: RuleSet): CriteriaRuleText {
  const p = r.quota.excellentMaxPercentOfGood;
  return {
    key: 'QUOTA',
    vi: `Số người ${GRADE_NAMES.HOAN_THANH_XUAT_SAC.vi} không vượt quá ${vi(p)}% số người ${GRADE_NAMES.HOAN_THANH_TOT.vi}, trong từng cơ quan và từng nhóm có nhiệm vụ tương đồng. Vượt tỷ lệ thì phải điều chỉnh xếp loại hoặc ghi nhận ngoại lệ (lý do, người quyết định); không ai bị tự động hạ loại.`,
    en: `"${GRADE_NAMES.HOAN_THANH_XUAT_SAC.en}" may not exceed ${en(p)}% of "${GRADE_NAMES.HOAN_THANH_TOT.en}", in each agency and each group of similar tasks. Past the quota, grades are changed or an exception is recorded (reason, who granted it); nobody is downgraded silently.`,
  };
}

function vienChucTexts(r: RuleSet): CriteriaRuleText[] {
  const v = r.vienChuc;
  const l = v.leader;
  const g = GRADE_NAMES;
  return [
    {
      key: 'VIEN_CHUC_CONDITIONS',
      vi: `Viên chức được xếp loại theo điều kiện, từ cùng các nhiệm vụ được giao: ${g.HOAN_THANH_XUAT_SAC.vi} khi mọi nhiệm vụ đúng tiến độ, bảo đảm chất lượng và ít nhất ${vi(v.excellentMinExceedingPercent)}% vượt yêu cầu; ${g.HOAN_THANH_TOT.vi} khi mọi nhiệm vụ đúng tiến độ, bảo đảm chất lượng; ${g.HOAN_THANH.vi} khi không quá ${vi(v.completeMaxShortPercent)}% nhiệm vụ chưa bảo đảm chất lượng hoặc tiến độ; còn lại (kể cả trên ${vi(v.incompleteShortAbovePercent)}% chưa bảo đảm, hoặc bị kỷ luật trong năm): ${g.KHONG_HOAN_THANH.vi}.`,
      en: `Viên chức are graded by conditions on the same assignments: "${g.HOAN_THANH_XUAT_SAC.en}" when every task is on time and to quality and at least ${en(v.excellentMinExceedingPercent)}% exceed requirements; "${g.HOAN_THANH_TOT.en}" when every task is on time and to quality; "${g.HOAN_THANH.en}" when at most ${en(v.completeMaxShortPercent)}% fall short of quality or progress; otherwise (including more than ${en(v.incompleteShortAbovePercent)}% short, or a sanction in the year): "${g.KHONG_HOAN_THANH.en}".`,
    },
    {
      key: 'VIEN_CHUC_TIME_WORKED',
      vi: `Làm việc dưới ${vi(v.minMonthsWorked)} tháng trong năm: ${g.NOT_CLASSIFIED.vi}. Nghỉ từ ${vi(v.leaveCap.fromMonths)} tháng trở lên: cao nhất là ${g[v.leaveCap.maxGrade].vi}.`,
      en: `Under ${en(v.minMonthsWorked)} months worked in the year: ${g.NOT_CLASSIFIED.en}. ${en(v.leaveCap.fromMonths)} months of leave or more: at most "${g[v.leaveCap.maxGrade].en}".`,
    },
    {
      key: 'VIEN_CHUC_MANAGERS',
      vi: `Viên chức quản lý còn được xét theo đơn vị phụ trách: ${g.HOAN_THANH_XUAT_SAC.vi} khi mọi chỉ tiêu hoàn thành và ít nhất ${vi(l.unitExcellentMinExceededPercent)}% vượt mức, các đơn vị trực thuộc đều từ ${g.HOAN_THANH.vi} trở lên và ít nhất ${vi(l.subUnitsExcellentMinGoodPercent)}% từ ${g.HOAN_THANH_TOT.vi}; ${g.HOAN_THANH_TOT.vi} khi ít nhất ${vi(l.unitGoodMinOnTimePercent)}% chỉ tiêu đúng tiến độ, bảo đảm chất lượng; ${g.HOAN_THANH.vi} khi trên ${vi(l.unitCompleteAbovePercent)}% chỉ tiêu hoàn thành và ít nhất ${vi(l.subUnitsCompleteMinPercent)}% đơn vị trực thuộc từ ${g.HOAN_THANH.vi}.`,
      en: `Viên chức managers are also judged on their unit: "${g.HOAN_THANH_XUAT_SAC.en}" when every target is met with at least ${en(l.unitExcellentMinExceededPercent)}% exceeded, every sub-unit at least "${g.HOAN_THANH.en}" and at least ${en(l.subUnitsExcellentMinGoodPercent)}% "${g.HOAN_THANH_TOT.en}"; "${g.HOAN_THANH_TOT.en}" when at least ${en(l.unitGoodMinOnTimePercent)}% of targets are on time and to quality; "${g.HOAN_THANH.en}" when more than ${en(l.unitCompleteAbovePercent)}% of targets are met and at least ${en(l.subUnitsCompleteMinPercent)}% of sub-units are at least "${g.HOAN_THANH.en}".`,
    },
    quotaText(r),
    {
      key: 'VIEN_CHUC_PARTY_SHARE',
      vi: `Ngoài ra, tỷ lệ viên chức ${g.HOAN_THANH_XUAT_SAC.vi} của cơ quan không vượt quá tỷ lệ đảng viên được xếp loại ${g.HOAN_THANH_XUAT_SAC.vi} của cơ quan trong năm (Nghị định 48/2023/NĐ-CP), do bộ phận tổ chức cán bộ nhập. Khi chưa nhập, chưa viên chức nào của cơ quan được công nhận ${g.HOAN_THANH_XUAT_SAC.vi}, trừ khi ghi nhận ngoại lệ.`,
      en: `Also, the agency's share of viên chức graded "${g.HOAN_THANH_XUAT_SAC.en}" may not exceed the share of its Party members so graded that year (Decree 48/2023/NĐ-CP), entered by HR. Until it is entered, no viên chức of the agency can be finalised as "${g.HOAN_THANH_XUAT_SAC.en}" unless an exception is recorded.`,
    },
  ];
}

/**
 * The published criteria of a regime in plain words (PRODUCT 4.4: "specific, clear, public"),
 * derived from the rule set's numbers: change a number in a template and the text follows. The
 * API serves it and the dashboard may also build it from a rule set it holds.
 */
export function describeCriteria(ruleSet: RuleSet, regime: Regime): CriteriaRuleText[] {
  return regime === 'CONG_CHUC' ? congChucTexts(ruleSet) : vienChucTexts(ruleSet);
}
