import { graphql } from '@ketqua/dashboard/data-access';

/** The pilots with a unit in the caller's scope (an official: their own unit's). */
export const PilotsQuery = graphql(`
  query Pilots {
    pilots(first: 100) {
      edges {
        node {
          ...PilotDetails
        }
      }
    }
  }
`);
