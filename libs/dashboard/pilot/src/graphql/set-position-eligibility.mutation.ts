import { graphql } from '@ketqua/dashboard/data-access';

export const SetPositionEligibilityMutation = graphql(`
  mutation SetPositionEligibility($input: SetPositionEligibilityInput!) {
    setPositionEligibility(input: $input) {
      eligible
      position {
        id
      }
      exception {
        id
        reason
      }
    }
  }
`);
