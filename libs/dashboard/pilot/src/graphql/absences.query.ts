import { graphql } from '@ketqua/dashboard/data-access';

export const AbsencesQuery = graphql(`
  query Absences($filter: AbsenceFilter) {
    absences(filter: $filter, first: 50) {
      edges {
        node {
          id
          kind
          startDate
          endDate
          note
          cancelledAt
          official {
            id
            fullName
          }
        }
      }
    }
  }
`);
