import { graphql } from '@ketqua/dashboard/data-access';

export const UpdateAssignmentMutation = graphql(`
  mutation UpdateAssignment($input: UpdateAssignmentInput!) {
    updateAssignment(input: $input) {
      id
      version
    }
  }
`);
