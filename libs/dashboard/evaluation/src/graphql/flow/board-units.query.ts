import { graphql } from '@ketqua/dashboard/data-access';

/** The units the caller may see (the API scopes them): a head's own units, HR's agency, the inspector's city. */
export const BoardUnitsQuery = graphql(`
  query BoardUnits {
    units(first: 200) {
      edges {
        node {
          id
          name
          headId
          agency {
            id
            name
          }
        }
      }
    }
  }
`);
