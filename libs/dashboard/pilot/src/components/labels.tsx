import type { TFunction } from 'i18next';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

type Weekday = 'd1' | 'd2' | 'd3' | 'd4' | 'd5';

export const weekdayName = (t: TFunction, weekday: number): string => t(`pilot.weekday.${`d${weekday}` as Weekday}`);
export const weekdayShort = (t: TFunction, weekday: number): string => t(`pilot.weekdayShort.${`d${weekday}` as Weekday}`);

/** "Thứ Ba, Thứ Năm" */
export const weekdayList = (t: TFunction, weekdays: readonly number[]) =>
  [...weekdays]
    .sort()
    .map((d) => weekdayName(t, d))
    .join(', ');

const ENROLLMENT_COLORS = { PENDING: 'gold', APPROVED: 'green', REJECTED: 'red', SUSPENDED: 'orange', ENDED: 'default' } as const;
const OUTCOME_COLORS = { ON_TIME: 'green', LATE: 'orange', MISSED: 'red', EXCUSED: 'blue' } as const;

export function EnrollmentStatusTag({ status }: { status: keyof typeof ENROLLMENT_COLORS }) {
  const { t } = useTranslation();
  return <Tag color={ENROLLMENT_COLORS[status]}>{t(`pilot.enrollmentStatus.${status}`)}</Tag>;
}

export function OutcomeTag({ outcome, status }: { outcome: keyof typeof OUTCOME_COLORS | null | undefined; status: 'SCHEDULED' | 'PROMPTED' | 'CLOSED' | 'CANCELLED' }) {
  const { t } = useTranslation();
  if (outcome) return <Tag color={OUTCOME_COLORS[outcome]}>{t(`pilot.outcome.${outcome}`)}</Tag>;
  return <Tag color={status === 'PROMPTED' ? 'processing' : 'default'}>{t(`pilot.checkStatus.${status}`)}</Tag>;
}

// The presence tag is shared with the official's landing page (work), so it lives in ui.
export { PresenceTag } from '@ketqua/dashboard/ui';
