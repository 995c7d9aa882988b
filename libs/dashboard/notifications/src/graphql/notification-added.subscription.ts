import { graphql } from '@ketqua/dashboard/data-access';

/** Pushed by the API over graphql-ws as soon as the change that caused it has committed. */
export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      ...NotificationItem
    }
  }
`);
