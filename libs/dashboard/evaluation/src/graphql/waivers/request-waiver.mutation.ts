import { graphql } from '@ketqua/dashboard/data-access';

export const RequestWaiverMutation = graphql(`
  mutation RequestWaiver($input: RequestWaiverInput!) {
    requestWaiver(input: $input) {
      id
      status
    }
  }
`);
