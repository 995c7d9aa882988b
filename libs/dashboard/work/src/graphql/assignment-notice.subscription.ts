import { graphql } from '@ketqua/dashboard/data-access';

/** The caller's live notifications, read only for their link: one naming the open assignment means it changed. */
export const AssignmentNoticeSubscription = graphql(`
  subscription AssignmentNotice {
    notificationAdded {
      id
      link
    }
  }
`);
