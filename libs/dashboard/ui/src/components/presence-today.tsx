import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export type PresenceStatusName = 'HOME' | 'OFFICE' | 'AWAY' | 'HOLIDAY';
export type AbsenceKindName = 'LEAVE' | 'SICK' | 'BUSINESS_TRIP';

/** Where one official is on one day (the API's myPresence / a unit's presence entry). */
export interface PresenceOfDay {
  date: string;
  status: PresenceStatusName;
  holidayName?: string | null;
  absenceKind?: AbsenceKindName | null;
}

const PRESENCE_COLORS: Record<PresenceStatusName, string> = { HOME: 'blue', OFFICE: 'green', AWAY: 'orange', HOLIDAY: 'default' };

export function PresenceTag({ status }: { status: PresenceStatusName }) {
  const { t } = useTranslation();
  return <Tag color={PRESENCE_COLORS[status]}>{t(`pilot.presence.${status}`)}</Tag>;
}

/**
 * "Hôm nay bạn làm việc tại nhà." with its tag: the signed-in official's day, shown where they land
 * (Việc của tôi) and on their home-work page, so nobody has to look for it.
 */
export function TodayPresence({ presence }: { presence: PresenceOfDay }) {
  const { t } = useTranslation();
  const text =
    presence.status === 'HOLIDAY' && presence.holidayName
      ? t('pilot.homeWork.todayHoliday', { name: presence.holidayName })
      : presence.status === 'AWAY'
        ? t('pilot.homeWork.todayAWAY', { kind: presence.absenceKind ? t(`pilot.absenceKind.${presence.absenceKind}`) : '' })
        : t(`pilot.homeWork.today${presence.status}`);
  return (
    <Space wrap data-testid="today-status">
      <PresenceTag status={presence.status} />
      <Typography.Text strong>{text}</Typography.Text>
    </Space>
  );
}
