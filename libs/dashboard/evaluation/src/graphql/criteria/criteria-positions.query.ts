import { graphql } from '@ketqua/dashboard/data-access';

/** Positions HR may put in a template's position group. */
export const CriteriaPositionsQuery = graphql(`
  query CriteriaPositions {
    positions(first: 200) {
      edges {
        node {
          id
          code
          name
        }
      }
    }
  }
`);
