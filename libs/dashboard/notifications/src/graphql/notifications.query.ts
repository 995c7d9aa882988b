import { graphql } from '@ketqua/dashboard/data-access';

/** The bell: unread count and the latest notifications. */
export const NotificationsQuery = graphql(`
  query MyNotifications($first: Int!) {
    unreadNotificationCount
    notifications(first: $first) {
      edges {
        node {
          ...NotificationItem
        }
      }
    }
  }
`);
