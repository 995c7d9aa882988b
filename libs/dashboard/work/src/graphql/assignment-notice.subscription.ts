import { graphql } from '@ketqua/dashboard/data-access';

/** The caller's live notifications, read only for their subject: one about the open assignment means it changed. */
export const AssignmentNoticeSubscription = graphql(`
  subscription AssignmentNotice {
    notificationAdded {
      id
      subject {
        kind
        id
      }
    }
  }
`);
