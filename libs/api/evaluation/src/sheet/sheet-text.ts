import type { Grade, NotClassifiedReason, OverrideReason, VienChucReason } from '@ketqua/domain';
import type { EvaluationStatusName } from '@ketqua/domain';
import type { EvaluationRegime } from '../evaluation/evaluation.entity';

/** The printed sheet is an official Vietnamese document: its words live here, once. */
export const GRADE_VI: Record<Grade, string> = {
  HOAN_THANH_XUAT_SAC: 'Hoàn thành xuất sắc nhiệm vụ',
  HOAN_THANH_TOT: 'Hoàn thành tốt nhiệm vụ',
  HOAN_THANH: 'Hoàn thành nhiệm vụ',
  KHONG_HOAN_THANH: 'Không hoàn thành nhiệm vụ',
  NOT_CLASSIFIED: 'Không xếp loại',
};

export const STATUS_VI: Record<EvaluationStatusName, string> = {
  AWAITING_SELF_ASSESSMENT: 'Chờ tự đánh giá',
  RETURNED: 'Trả lại để bổ sung',
  AWAITING_HEAD: 'Chờ người đánh giá chấm',
  SCORED: 'Đã chấm, chờ phê duyệt',
  APPROVED: 'Đã phê duyệt, chờ công bố',
  PUBLISHED: 'Đã công bố',
  REOPENED: 'Mở lại để xem xét',
};

export const REGIME_VI: Record<EvaluationRegime, { title: string; label: string }> = {
  CONG_CHUC: { title: 'PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC', label: 'Công chức (Nghị định 335/2025/NĐ-CP)' },
  VIEN_CHUC: { title: 'PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG VIÊN CHỨC', label: 'Viên chức (Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP)' },
};

export const NOT_CLASSIFIED_VI: Record<NotClassifiedReason, string> = {
  NO_TIME_WORKED: 'không có ngày làm việc trong kỳ',
  NO_ASSIGNMENTS: 'không có nhiệm vụ được tính trong kỳ',
};

export const OVERRIDE_VI: Record<OverrideReason, string> = {
  DISCIPLINE_REPRIMAND_OR_ABOVE: 'bị kỷ luật từ khiển trách trở lên trong kỳ',
  ETHICAL_DEGRADATION: 'có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống',
  UNIT_CORRUPTION: 'đơn vị do mình phụ trách để xảy ra tham nhũng, lãng phí',
};

export const VIEN_CHUC_REASON_VI: Partial<Record<VienChucReason, string>> = {
  WORKED_UNDER_MIN_MONTHS: 'làm việc dưới 6 tháng trong năm',
  NO_TASKS: 'không có nhiệm vụ trong kỳ',
  ALL_ON_TIME_AND_QUALITY_HALF_EXCEEDING: 'mọi nhiệm vụ đúng hạn, bảo đảm chất lượng, ít nhất một nửa vượt mức',
  ALL_ON_TIME_AND_QUALITY: 'mọi nhiệm vụ đúng hạn, bảo đảm chất lượng',
  SHORT_WITHIN_COMPLETE_LIMIT: 'số nhiệm vụ chưa bảo đảm chất lượng, tiến độ trong giới hạn của mức hoàn thành',
  SHORT_ABOVE_COMPLETE_LIMIT: 'số nhiệm vụ chưa bảo đảm chất lượng, tiến độ vượt giới hạn của mức hoàn thành',
  MORE_THAN_HALF_SHORT: 'quá một nửa nhiệm vụ chưa bảo đảm chất lượng, tiến độ',
  LEAVE_CAP: 'mức xếp loại bị giới hạn do thời gian nghỉ',
  UNIT_LOWER: 'mức của đơn vị phụ trách thấp hơn',
  ...OVERRIDE_VI,
};

export const DEDUCTION_VI = {
  MAJOR_ERROR_RETURN: 'Trả lại do lỗi nội dung lớn',
  MISSED_DEADLINE: 'Trễ hạn',
} as const;

export { NATIONAL_MOTTO } from '@ketqua/api/core';

export const DRAFT_WATERMARK = 'BẢN NHÁP';

/** Where and how a reader checks a printed code (the dashboard page of the verification slice). */
export const VERIFY_HOW =
  'Kiểm tra phiếu: đăng nhập Ketqua, mở mục “Xác minh phiếu đánh giá” (/xac-minh-phieu) và nhập mã trên; hệ thống hiển thị bản ghi đã công bố (họ tên, đơn vị, kỳ, điểm, xếp loại, lần công bố) và cho biết đây có phải lần công bố mới nhất.';

/** "ngày 05 tháng 12 năm 2026" from YYYY-MM-DD. */
export function vietnameseDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `ngày ${d} tháng ${m} năm ${y}`;
}

/** "05/12/2026" from YYYY-MM-DD. */
export function shortDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** A percentage as printed: up to two decimals, truncated like formatScore. */
export function percent(value: number): string {
  return `${Math.floor(value * 100 + 1e-7) / 100}%`;
}

/** A number of points as printed: up to two decimals, truncated like formatScore. */
export function points(value: number): string {
  return String(Math.floor(value * 100 + 1e-7) / 100);
}
