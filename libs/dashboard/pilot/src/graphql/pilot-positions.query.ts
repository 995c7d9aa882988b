import { graphql } from '@ketqua/dashboard/data-access';

/** Every position held in the pilot's units, eligible or not, with the reason and HR's exception. */
export const PilotPositionsQuery = graphql(`
  query PilotPositions($id: ID!) {
    pilot(id: $id) {
      id
      positions {
        eligible
        officialCount
        reasons
        position {
          id
          code
          name
          agencyId
        }
        exception {
          id
          reason
          grantedAt
        }
      }
    }
  }
`);
