import { graphql } from '@ketqua/dashboard/data-access';

/** One page of an agency's units in the caller's scope, flat; the tree is built from parentId. */
export const OrgUnitsQuery = graphql(`
  query OrgUnits($agencyId: ID!, $first: Int!, $after: String) {
    units(filter: { agencyId: $agencyId }, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          id
          code
          name
          parentId
          officialCount
          head {
            id
            fullName
          }
        }
      }
    }
  }
`);
