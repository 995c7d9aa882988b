import type { EvaluationStatus, Grade } from '@ketqua/dashboard/data-access';
import { formatScore } from '@ketqua/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

// The one place this lib names grades and statuses (the API's enums, worded in evaluation-flow.vi.ts).
export const GRADES: readonly Grade[] = ['HOAN_THANH_XUAT_SAC', 'HOAN_THANH_TOT', 'HOAN_THANH', 'KHONG_HOAN_THANH', 'NOT_CLASSIFIED'];

const GRADE_COLORS: Record<Grade, string> = {
  HOAN_THANH_XUAT_SAC: 'green',
  HOAN_THANH_TOT: 'blue',
  HOAN_THANH: 'cyan',
  KHONG_HOAN_THANH: 'red',
  NOT_CLASSIFIED: 'default',
};

const STATUS_COLORS: Record<EvaluationStatus, string> = {
  AWAITING_SELF_ASSESSMENT: 'gold',
  RETURNED: 'orange',
  AWAITING_HEAD: 'processing',
  SCORED: 'blue',
  APPROVED: 'purple',
  PUBLISHED: 'green',
  REOPENED: 'magenta',
};

export function useGradeName() {
  const { t } = useTranslation();
  return (grade: Grade | null | undefined): string => (grade ? t(`evaluationFlow.grade.${grade}`) : t('evaluationFlow.common.notYet'));
}

export function GradeTag({ grade }: { grade: Grade | null | undefined }) {
  const gradeName = useGradeName();
  if (!grade) return <span>{gradeName(grade)}</span>;
  return <Tag color={GRADE_COLORS[grade]}>{gradeName(grade)}</Tag>;
}

export function EvaluationStatusTag({ status }: { status: EvaluationStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`evaluationFlow.status.${status}`)}</Tag>;
}

/** A score as shown everywhere: two decimals, truncated (libs/domain formatScore); a dash when there is none yet. */
export const scoreText = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : formatScore(value));

/** A percentage of the receipt (quantity, quality, progress), at most two decimals, truncated. */
export const percentText = (value: number): string => `${formatScore(value)}%`;
