import { problemOfFailure } from '@ketqua/dashboard/data-access';
import { PageError, PageLoading, PageNotFound, useProblemText } from '@ketqua/dashboard/ui';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { MarkNotificationsReadMutation } from '../graphql/mark-notifications-read.mutation';
import { NotificationByIdQuery } from '../graphql/notification-by-id.query';
import { notificationTarget, type NotificationTarget } from '../routing/notification-target';

/**
 * /thong-bao/:id, the link in an official e-mail: reads the notification (the caller's own), marks it
 * read and goes on to the screen it is about, as a click in the bell would.
 */
export function NotificationLinkPage({ id, onOpen, onHome }: { id: string; onOpen: (target: NotificationTarget) => void; onHome: () => void }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [{ data, error, fetching }] = useQuery({ query: NotificationByIdQuery, variables: { id } });
  const [, markRead] = useMutation(MarkNotificationsReadMutation);
  const notification = data?.notification ?? null;
  const target = notification ? notificationTarget(notification) : null;
  const done = useRef(false);

  useEffect(() => {
    if (!notification || done.current) return;
    done.current = true;
    void markRead({ input: { ids: [notification.id] } }).then(() => {
      if (target) onOpen(target);
    });
  }, [notification, target, markRead, onOpen]);

  if (fetching) return <PageLoading />;
  if (error) {
    const problem = problemOfFailure(error);
    return problem.code === 'NOT_FOUND' ? <PageNotFound onHome={onHome} /> : <PageError message={problemText(problem)} />;
  }
  if (notification && !target) return <PageError message={t('work.notifications.noScreen')} />;
  return <PageLoading />;
}
