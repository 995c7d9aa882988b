import { graphql } from '@ketqua/dashboard/data-access';

/** The latest work-log entries: one assignment's, or (no filter) the official's own. */
export const WorkLogsQuery = graphql(`
  query WorkLogs($filter: WorkLogFilter, $first: Int!) {
    workLogs(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          workDate
          minutes
          note
          official {
            id
            fullName
          }
          assignment {
            id
            title
          }
        }
      }
    }
  }
`);
