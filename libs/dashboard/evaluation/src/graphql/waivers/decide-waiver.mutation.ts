import { graphql } from '@ketqua/dashboard/data-access';

export const DecideWaiverMutation = graphql(`
  mutation DecideWaiver($input: DecideWaiverInput!) {
    decideWaiver(input: $input) {
      id
      status
      version
      decisionNote
    }
  }
`);
