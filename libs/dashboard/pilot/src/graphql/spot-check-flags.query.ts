import { graphql } from '@ketqua/dashboard/data-access';

export const SpotCheckFlagsQuery = graphql(`
  query SpotCheckFlags($filter: SpotCheckFlagFilter) {
    spotCheckFlags(filter: $filter, first: 50) {
      edges {
        node {
          id
          version
          month
          missedCount
          raisedAt
          decision
          decisionReason
          decidedAt
          enrollmentId
          official {
            id
            fullName
          }
        }
      }
    }
  }
`);

export const DecideSpotCheckFlagMutation = graphql(`
  mutation DecideSpotCheckFlag($input: DecideSpotCheckFlagInput!) {
    decideSpotCheckFlag(input: $input) {
      id
      decision
      decisionReason
      decidedAt
    }
  }
`);
