import { graphql } from '@ketqua/dashboard/data-access';

export const CreateAssignmentMutation = graphql(`
  mutation CreateAssignment($input: CreateAssignmentInput!) {
    createAssignment(input: $input) {
      id
    }
  }
`);
