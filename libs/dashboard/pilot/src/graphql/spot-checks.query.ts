import { graphql } from '@ketqua/dashboard/data-access';

/** A unit's prompted and closed checks (scheduled ones stay secret). */
export const SpotChecksQuery = graphql(`
  query SpotChecks($filter: SpotCheckFilter) {
    spotChecks(filter: $filter, first: 100) {
      edges {
        node {
          ...SpotCheckRow
        }
      }
    }
  }
`);

/** The official's own checks, the one waiting for an answer included. */
export const MySpotChecksQuery = graphql(`
  query MySpotChecks {
    mySpotChecks(first: 50) {
      edges {
        node {
          ...SpotCheckRow
        }
      }
    }
  }
`);
