import { graphql } from '@ketqua/dashboard/data-access';

/** The official's own day, for their landing page: at home, in the office, away or a day off. */
export const MyPresenceTodayQuery = graphql(`
  query MyPresenceToday {
    myPresence {
      date
      status
      holidayName
      absenceKind
    }
  }
`);
