import { graphql } from '@ketqua/dashboard/data-access';

export const NotificationItemFragment = graphql(`
  fragment NotificationItem on Notification {
    id
    kind
    title {
      vi
      en
    }
    body {
      vi
      en
    }
    data
    subject {
      kind
      id
    }
    readAt
    handledAt
    createdAt
  }
`);
