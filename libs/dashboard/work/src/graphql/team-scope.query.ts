import { graphql } from '@ketqua/dashboard/data-access';

/** The units and officials in the caller's scope, for pickers (the API filters by scope). */
export const TeamScopeQuery = graphql(`
  query TeamScope {
    units(first: 200) {
      edges {
        node {
          id
          name
          agencyId
        }
      }
    }
    officials(first: 200) {
      edges {
        node {
          id
          fullName
          unitId
          positionId
          role
        }
      }
    }
    positions(first: 200) {
      edges {
        node {
          id
          name
          agencyId
        }
      }
    }
  }
`);
