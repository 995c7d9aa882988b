import { useSession } from '@ketqua/dashboard/data-access';
import { PageHeading } from '@ketqua/dashboard/ui';
import { useTranslation } from 'react-i18next';
import { SessionsPanel } from './sessions-panel';

/** Phiên đăng nhập của tôi: every user sees the devices signed in with their account and ends the ones they do not recognise. */
export function MySessionsPage() {
  const { t } = useTranslation();
  const user = useSession()?.user;
  if (!user) return null;
  return (
    <>
      <PageHeading title={t('admin.sessions.mineTitle')} subtitle={t('admin.sessions.mineSubtitle')} />
      <SessionsPanel officialId={user.id} own />
    </>
  );
}
