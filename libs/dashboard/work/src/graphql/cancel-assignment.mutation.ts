import { graphql } from '@ketqua/dashboard/data-access';

export const CancelAssignmentMutation = graphql(`
  mutation CancelAssignment($input: CancelAssignmentInput!) {
    cancelAssignment(input: $input) {
      id
      status
      version
    }
  }
`);
