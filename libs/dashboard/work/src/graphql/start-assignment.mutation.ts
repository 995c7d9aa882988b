import { graphql } from '@ketqua/dashboard/data-access';

export const StartAssignmentMutation = graphql(`
  mutation StartAssignment($id: ID!) {
    startAssignment(id: $id) {
      id
      status
      version
    }
  }
`);
