import { BellOutlined } from '@ant-design/icons';
import { formatDateTime, NoRows, useLanguage } from '@ketqua/dashboard/ui';
import { App, Badge, Button, List, Popover, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotifications } from '../hooks/use-notifications';
import { notificationTarget, type NotificationTarget } from '../routing/notification-target';

/** The bell in the header: unread count updated live, the latest notifications, open one to go to it. */
export function NotificationBell({ onOpen }: { onOpen: (target: NotificationTarget) => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { notification } = App.useApp();
  const bell = useNotifications();
  const [open, setOpen] = useState(false);
  const shown = useRef<string | null>(null);
  const text = (x: { vi: string; en: string } | null | undefined) => (x ? (language === 'en' ? x.en : x.vi) : '');

  // A live arrival also shows briefly in the corner, so it is noticed without opening the bell.
  useEffect(() => {
    if (bell.latest && shown.current !== bell.latest.id) {
      shown.current = bell.latest.id;
      notification.info({ title: text(bell.latest.title), description: text(bell.latest.body), placement: 'bottomRight', duration: 6 });
    }
  });

  const list = (
    <div className="kq-bell__panel">
      {bell.items.length ? (
        <List
          size="small"
          dataSource={bell.items}
          renderItem={(n) => (
            <List.Item
              className={n.readAt ? 'kq-bell__item' : 'kq-bell__item kq-bell__item--unread'}
              onClick={() => {
                setOpen(false);
                void bell.markRead([n.id]);
                const target = notificationTarget(n);
                if (target) onOpen(target);
              }}
            >
              <List.Item.Meta
                title={<Typography.Text strong={!n.readAt}>{text(n.title)}</Typography.Text>}
                description={
                  <>
                    {/* A decided request no longer waits: say so instead of its "waiting for you" text. */}
                    {n.handledAt ? (
                      <div><Tag color="default" data-testid="notification-handled">{t('work.notifications.handled', { at: formatDateTime(n.handledAt) })}</Tag></div>
                    ) : n.body && <div>{text(n.body)}</div>}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(n.createdAt)}</Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      ) : (
        <NoRows loading={bell.loading}>{t('work.notifications.empty')}</NoRows>
      )}
      {bell.unread > 0 && (
        <Button type="link" block onClick={() => void bell.markRead('all')}>
          {t('work.notifications.markAll')}
        </Button>
      )}
    </div>
  );

  return (
    <Popover content={list} title={t('work.notifications.bell')} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight">
      <Badge count={bell.unread} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          className="kq-bell"
          icon={<BellOutlined />}
          aria-label={`${t('work.notifications.bell')}: ${t('work.notifications.unread', { count: bell.unread })}`}
          data-unread={bell.unread}
        />
      </Badge>
    </Popover>
  );
}
