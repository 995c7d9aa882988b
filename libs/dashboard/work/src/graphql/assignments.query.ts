import { graphql } from '@ketqua/dashboard/data-access';

/** A page of assignments (mine, the team board or the review queue), by deadline. */
export const AssignmentsQuery = graphql(`
  query Assignments($filter: AssignmentFilter, $first: Int!, $after: String) {
    assignments(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...AssignmentRow
        }
      }
    }
  }
`);
