import { formatDateTime } from '@ketqua/dashboard/ui';
import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  ASSIGNED: 'default',
  IN_PROGRESS: 'processing',
  SUBMITTED: 'gold',
  RETURNED: 'orange',
  ACCEPTED: 'success',
  CANCELLED: 'default',
};

type Status = 'ASSIGNED' | 'IN_PROGRESS' | 'SUBMITTED' | 'RETURNED' | 'ACCEPTED' | 'CANCELLED';

/** The stored status, plus "Quá hạn" when the derived overdue flag is set (never a stored status). */
export function StatusTag({ status, isOverdue }: { status: Status; isOverdue?: boolean }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      <Tag color={COLORS[status]}>{t(`work.status.${status}`)}</Tag>
      {isOverdue && <Tag color="error">{t('work.status.OVERDUE')}</Tag>}
    </Space>
  );
}

/** "Hạn 17:00 23/02/2026 · Còn 2 ngày làm việc" */
export function DeadlineText({ deadline, workingDaysLeft, isOverdue }: { deadline: string; workingDaysLeft: number | null | undefined; isOverdue: boolean }) {
  const { t } = useTranslation();
  const left =
    workingDaysLeft === null || workingDaysLeft === undefined
      ? null
      : isOverdue
        ? workingDaysLeft < 0
          ? t('work.deadline.overdue', { count: -workingDaysLeft })
          : t('work.deadline.overdueToday')
        : workingDaysLeft === 0
          ? t('work.deadline.dueToday')
          : t('work.deadline.daysLeft', { count: workingDaysLeft });
  return (
    <span>
      <Typography.Text>{formatDateTime(deadline)}</Typography.Text>
      {left && (
        <Typography.Text type={isOverdue ? 'danger' : workingDaysLeft === 0 ? 'warning' : 'secondary'} style={{ marginInlineStart: 8 }}>
          · {left}
        </Typography.Text>
      )}
    </span>
  );
}
