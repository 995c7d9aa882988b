import { graphql } from '@ketqua/dashboard/data-access';

/** Today by the server's clock and calendar (Asia/Ho_Chi_Minh): devices may be set wrong. */
export const ServerTodayQuery = graphql(`
  query ServerToday {
    myPresence {
      date
    }
  }
`);
