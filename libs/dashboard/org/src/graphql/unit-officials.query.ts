import { graphql } from '@ketqua/dashboard/data-access';

/** One page of a unit's officials (optionally with its sub-units), searched without accents. */
export const UnitOfficialsQuery = graphql(`
  query UnitOfficials($filter: OfficialFilter!, $first: Int!, $after: String) {
    officials(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          id
          fullName
          email
          role
          isLeader
          active
          staffCategory
          unit {
            id
            name
          }
          position {
            id
            name
          }
          rank {
            id
            name
          }
        }
      }
    }
  }
`);
