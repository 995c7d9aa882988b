import { problemOf } from '@ketqua/dashboard/data-access';
import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { MarkAllNotificationsReadMutation } from '../graphql/mark-all-notifications-read.mutation';
import { MarkNotificationsReadMutation } from '../graphql/mark-notifications-read.mutation';
import { NotificationAddedSubscription } from '../graphql/notification-added.subscription';
import { NotificationsQuery } from '../graphql/notifications.query';

export const BELL_SIZE = 10;

/**
 * Deciding a request, a review, a spot check or a flag settles the notifications that asked for it
 * (API: handledAt), so the bell is fetched again after any mutation that returns one of these.
 */
const SETTLED_BY = ['Enrollment', 'Assignment', 'SpotCheck', 'SpotCheckFlag'];

/**
 * The bell's data: the stored list and count, plus what arrives live over the subscription
 * (prepended and counted at once), so the badge changes without a reload.
 */
export function useNotifications() {
  const context = useMemo(() => ({ additionalTypenames: SETTLED_BY }), []);
  const [{ data, error, fetching }, refetch] = useQuery({ query: NotificationsQuery, variables: { first: BELL_SIZE }, requestPolicy: 'cache-and-network', context });
  const [live] = useSubscription({ query: NotificationAddedSubscription });
  const [, mark] = useMutation(MarkNotificationsReadMutation);
  const [, markAll] = useMutation(MarkAllNotificationsReadMutation);
  const [arrived, setArrived] = useState<string[]>([]);

  const latest = live.data?.notificationAdded ?? null;
  useEffect(() => {
    if (latest && !arrived.includes(latest.id)) setArrived((ids) => [latest.id, ...ids]);
  }, [latest, arrived]);

  const stored = data?.notifications.edges.map((e) => e.node) ?? [];
  const fresh = latest && arrived.includes(latest.id) && !stored.some((n) => n.id === latest.id) ? [latest] : [];
  const items = [...fresh, ...stored].slice(0, BELL_SIZE);
  const storedIds = new Set(stored.map((n) => n.id));
  const unread = (data?.unreadNotificationCount ?? 0) + arrived.filter((id) => !storedIds.has(id)).length;

  const reload = () => {
    setArrived([]);
    refetch({ requestPolicy: 'network-only' });
  };

  return {
    items,
    unread,
    fetching,
    /** The first answer is still on its way: the panel says "loading", not "no notifications". */
    loading: fetching && !data,
    latest,
    problem: data ? null : problemOf(error),
    markRead: async (ids: string[] | 'all') => {
      await (ids === 'all' ? markAll({}) : mark({ input: { ids } }));
      reload();
    },
    reload,
  };
}
