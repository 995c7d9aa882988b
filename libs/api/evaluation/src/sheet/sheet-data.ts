import { formatScore, GeneralCriterionScore, Grade, RuleSet } from '@ketqua/domain';
import type { EvaluationStatusName } from '@ketqua/domain';
import type { EvaluationRegime } from '../evaluation/evaluation.entity';
import type { EvaluationRecord } from '../shared/evaluation-record';
import { DEDUCTION_VI, GRADE_VI, NOT_CLASSIFIED_VI, OVERRIDE_VI, percent, points, REGIME_VI, shortDate, STATUS_VI, VIEN_CHUC_REASON_VI, vietnameseDate } from './sheet-text';

/** One general sub-criterion as printed: its maximum, the official's self points and the evaluator's. */
export interface SheetCriterion {
  code: string;
  label: string;
  maxPoints: string;
  selfPoints: string | null;
  headPoints: string | null;
}

/** One assignment of the annex (the receipt): units, the three percentages and each deduction with its waiver. */
export interface SheetAnnexLine {
  title: string;
  sourceDocument: string | null;
  deadline: string;
  units: string;
  quantity: string;
  quality: string;
  progress: string;
  deductions: { label: string; points: string; waiver: string | null }[];
}

/** A signature block: the role, the person, and under it the mention of who signs in whose stead. */
export interface SheetSignature {
  title: string;
  name: string | null;
  note: string | null;
}

/**
 * Everything the printed sheet shows, as plain text already worded in Vietnamese: the renderer only
 * lays it out. Built from the evaluation row, buildRecord's record and the names (sheetData below).
 */
export interface SheetData {
  title: string;
  agencyName: string;
  unitName: string;
  officialName: string;
  positionName: string | null;
  periodName: string;
  periodRange: string;
  regime: string;
  status: string;
  revision: number;
  /** Not published: every page carries the BẢN NHÁP watermark and no verification code. */
  draft: boolean;
  general: SheetCriterion[];
  generalPoints: string | null;
  taskPercent: string | null;
  taskPoints: string | null;
  leaderComponent: string | null;
  vienChuc: string | null;
  score: string | null;
  computedGrade: string | null;
  grade: string | null;
  gradeReason: string | null;
  proposedGrade: string | null;
  selfAssessmentText: string | null;
  headComment: string | null;
  signatures: { self: SheetSignature; evaluator: SheetSignature; approver: SheetSignature };
  /** The place-and-date line: "…, ngày 05 tháng 12 năm 2026". */
  dateLine: string;
  verificationCode: string | null;
  annex: {
    lines: SheetAnnexLine[];
    formula: string;
    rounding: string;
    ruleSetVersion: string;
  };
}

/** What sheetData needs besides the record: the row's decisions and the people's names. */
export interface SheetInputs {
  evaluation: {
    regime: EvaluationRegime;
    status: EvaluationStatusName;
    revision: number;
    selfScores: readonly GeneralCriterionScore[] | null;
    generalScores: readonly GeneralCriterionScore[] | null;
    proposedGrade: Grade | null;
    selfAssessmentText: string | null;
    headComment: string | null;
    verificationCode: string | null;
  };
  record: EvaluationRecord;
  ruleSet: RuleSet;
  names: {
    official: string;
    position: string | null;
    unit: string;
    agency: string;
    period: string;
    periodStartsOn: string;
    periodEndsOn: string;
    evaluator: string | null;
    /** Set when an acting evaluator scored: their name, the head they stood in for and the deciding document. */
    acting: { name: string; standsFor: string | null; decisionDocument: string } | null;
    approver: string | null;
  };
  /** The date printed under the place: publication day, else the day it is printed. */
  date: string;
}

/**
 * Text as Unicode NFC, recursively. Stored text is NFC already (the validation pipe), but a sheet
 * normalises again right before drawing: a decomposed "ễ" (e + ̂ + ̃) is drawn by the font as
 * separate marks that pdftotext and screen readers split, and some viewers misplace them.
 */
export function nfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((v) => nfc(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nfc(v)])) as T;
  }
  return value;
}

const gradeText = (g: Grade | null) => (g === null ? null : GRADE_VI[g]);

function gradeReason(record: EvaluationRecord): string | null {
  const reasons: string[] = [];
  if (record.notClassifiedReason) reasons.push(`Không xếp loại: ${NOT_CLASSIFIED_VI[record.notClassifiedReason]}.`);
  for (const r of record.overrideReasons) reasons.push(`Không hoàn thành nhiệm vụ do ${OVERRIDE_VI[r]}.`);
  if (record.gradeChangedFromComputed && record.gradeChangeReason) {
    reasons.push(`Người đánh giá quyết định mức khác mức theo điểm (${gradeText(record.computedGrade)}). Lý do: ${record.gradeChangeReason}`);
  }
  return reasons.length ? reasons.join(' ') : null;
}

function leaderText(record: EvaluationRecord): string | null {
  const c = record.leaderComponent;
  if (!c) return null;
  if (c.applies && c.unitResultsPercent !== null) {
    return `Người đứng đầu/cấp phó: kết quả nhiệm vụ gồm ${c.weightPercent}% kết quả của đơn vị phụ trách (${percent(c.unitResultsPercent)}).`;
  }
  return 'Người đứng đầu/cấp phó: đơn vị chưa có công chức được xếp loại trong kỳ, nên thành phần kết quả đơn vị không áp dụng; kết quả nhiệm vụ chỉ tính trên nhiệm vụ của bản thân.';
}

function vienChucText(record: EvaluationRecord): string | null {
  if (!record.vienChuc) return null;
  const { tally, reasons } = record.vienChuc;
  const why = reasons.map((r) => VIEN_CHUC_REASON_VI[r] ?? r).join('; ');
  return `Tổng số nhiệm vụ: ${tally.total}; chưa bảo đảm chất lượng, tiến độ: ${tally.short}; vượt mức: ${tally.exceeding}.${why ? ` Căn cứ: ${why}.` : ''}`;
}

/** "returned for a major content error (review 12)" → "review 12": the reference the domain put in brackets. */
function referenceOf(reason: string): string {
  const m = /\(([^()]*)\)\s*$/.exec(reason);
  return m ? m[1] : reason;
}

/** The sheet of one evaluation, from its row, its buildRecord record and the names, in NFC. */
export function sheetData(input: SheetInputs): SheetData {
  const { evaluation: e, record, ruleSet, names } = input;
  const draft = e.status !== 'PUBLISHED';
  const selfBy = new Map((e.selfScores ?? []).map((s) => [s.code, s.points]));
  const headBy = new Map((e.generalScores ?? []).map((s) => [s.code, s.points]));
  const general: SheetCriterion[] =
    e.regime === 'CONG_CHUC'
      ? ruleSet.congChuc.generalCriteria.map((c) => ({
          code: c.code,
          label: c.label,
          maxPoints: points(c.maxPoints),
          selfPoints: selfBy.has(c.code) ? points(selfBy.get(c.code) as number) : null,
          headPoints: headBy.has(c.code) ? points(headBy.get(c.code) as number) : null,
        }))
      : [];
  const lines: SheetAnnexLine[] = record.receipt.lines.map((l) => ({
    title: l.title,
    sourceDocument: l.sourceDocument,
    deadline: shortDate(l.deadlineDate),
    units: `${points(l.deliveredUnits)}/${points(l.expectedUnits)}`,
    quantity: percent(l.quantity),
    quality: percent(l.quality),
    progress: percent(l.progress),
    deductions: l.deductions.map((d) => ({
      label: `${DEDUCTION_VI[d.kind]} (${referenceOf(d.reason)})`,
      points: d.waived ? '0' : `-${points(d.points)}`,
      waiver: d.waived ? d.waiver : null,
    })),
  }));
  const acting = names.acting;
  return nfc({
    title: REGIME_VI[e.regime].title,
    agencyName: names.agency,
    unitName: names.unit,
    officialName: names.official,
    positionName: names.position,
    periodName: names.period,
    periodRange: `Từ ${shortDate(names.periodStartsOn)} đến ${shortDate(names.periodEndsOn)}`,
    regime: REGIME_VI[e.regime].label,
    status: STATUS_VI[e.status],
    revision: e.revision,
    draft,
    general,
    generalPoints: record.generalPoints === null ? null : points(record.generalPoints),
    taskPercent: record.taskPercent === null ? null : percent(record.taskPercent),
    taskPoints: record.taskPoints === null ? null : points(record.taskPoints),
    leaderComponent: leaderText(record),
    vienChuc: vienChucText(record),
    score: record.exactScore === null ? null : formatScore(record.exactScore),
    computedGrade: gradeText(record.computedGrade),
    grade: gradeText(record.grade),
    gradeReason: gradeReason(record),
    proposedGrade: gradeText(e.proposedGrade),
    selfAssessmentText: e.selfAssessmentText,
    headComment: e.headComment,
    signatures: {
      self: { title: 'NGƯỜI TỰ ĐÁNH GIÁ', name: names.official, note: null },
      evaluator: acting
        ? {
            title: 'NGƯỜI ĐÁNH GIÁ',
            name: acting.name,
            note: `Đánh giá thay${acting.standsFor ? ` ${acting.standsFor}` : ''} theo văn bản số ${acting.decisionDocument}`,
          }
        : { title: 'NGƯỜI ĐÁNH GIÁ', name: names.evaluator, note: null },
      approver: { title: 'THỦ TRƯỞNG PHÊ DUYỆT', name: names.approver, note: null },
    },
    dateLine: `Thành phố Hồ Chí Minh, ${vietnameseDate(input.date)}`,
    verificationCode: draft ? null : e.verificationCode,
    annex: { lines, formula: record.receipt.formula.vi, rounding: record.receipt.rounding.vi, ruleSetVersion: record.ruleSetVersion },
  });
}
