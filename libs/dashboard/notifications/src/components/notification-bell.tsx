import { BellOutlined } from '@ant-design/icons';
import { formatDateTime, NoRows, useLanguage } from '@ketqua/dashboard/ui';
import { App, Badge, Button, List, Popover, Tag, Typography } from 'antd';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
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
  const bellButton = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const text = (x: { vi: string; en: string } | null | undefined) => (x ? (language === 'en' ? x.en : x.vi) : '');

  // A live arrival also shows briefly in the corner, so it is noticed without opening the bell.
  useEffect(() => {
    if (bell.latest && shown.current !== bell.latest.id) {
      shown.current = bell.latest.id;
      notification.info({ title: text(bell.latest.title), description: text(bell.latest.body), placement: 'bottomRight', duration: 6 });
    }
  });

  // The panel opens in a portal at the end of the page, out of the tab order after the bell: move
  // focus into it on open, and back to the bell on Escape.
  const focusFirst = (opened: boolean) => {
    if (opened) (panel.current?.querySelector<HTMLElement>('[data-bell-item], button') ?? panel.current)?.focus();
  };

  const close = () => {
    setOpen(false);
    bellButton.current?.focus();
  };

  const openItem = (n: (typeof bell.items)[number]) => {
    setOpen(false);
    void bell.markRead([n.id]);
    const target = notificationTarget(n);
    if (target) onOpen(target);
    else bellButton.current?.focus();
  };

  const onItemKey = (event: KeyboardEvent, n: (typeof bell.items)[number]) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openItem(n);
    }
  };

  const list = (
    <div className="kq-bell__panel" ref={panel} tabIndex={-1} onKeyDown={(e) => e.key === 'Escape' && close()}>
      {bell.items.length ? (
        <List
          size="small"
          dataSource={bell.items}
          renderItem={(n) => (
            <List.Item className={n.readAt ? 'kq-bell__item' : 'kq-bell__item kq-bell__item--unread'}>
              {/* Reachable and operable by keyboard (Enter or Space opens it), announced as a button. */}
              <div role="button" tabIndex={0} data-bell-item className="kq-bell__open" onClick={() => openItem(n)} onKeyDown={(e) => onItemKey(e, n)}>
                <List.Item.Meta
                  title={<Typography.Text strong={!n.readAt}>{text(n.title)}</Typography.Text>}
                  description={
                    <>
                      {/* A decided request no longer waits: say so instead of its "waiting for you" text. */}
                      {n.handledAt ? (
                        <div>
                          <Tag color="default" data-testid="notification-handled">
                            {t('work.notifications.handled', { at: formatDateTime(n.handledAt) })}
                          </Tag>
                        </div>
                      ) : (
                        n.body && <div>{text(n.body)}</div>
                      )}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatDateTime(n.createdAt)}
                      </Typography.Text>
                    </>
                  }
                />
              </div>
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
    <Popover content={list} title={t('work.notifications.bell')} trigger="click" open={open} onOpenChange={setOpen} afterOpenChange={focusFirst} placement="bottomRight">
      <Badge count={bell.unread} size="small" offset={[-4, 4]}>
        <Button
          ref={bellButton}
          type="text"
          className="kq-bell"
          aria-haspopup="dialog"
          aria-expanded={open}
          icon={<BellOutlined />}
          aria-label={`${t('work.notifications.bell')}: ${t('work.notifications.unread', { count: bell.unread })}`}
          data-unread={bell.unread}
        />
      </Badge>
    </Popover>
  );
}
