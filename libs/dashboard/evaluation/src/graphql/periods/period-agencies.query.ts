import { graphql } from '@ketqua/dashboard/data-access';

/** Agencies to choose a period's scope from. */
export const PeriodAgenciesQuery = graphql(`
  query PeriodAgencies {
    agencies(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
