import { graphql } from '@ketqua/dashboard/data-access';

export const NotificationByIdQuery = graphql(`
  query NotificationById($id: ID!) {
    notification(id: $id) {
      ...NotificationItem
    }
  }
`);
