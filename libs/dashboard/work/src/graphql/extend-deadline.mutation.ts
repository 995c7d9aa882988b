import { graphql } from '@ketqua/dashboard/data-access';

export const ExtendDeadlineMutation = graphql(`
  mutation ExtendAssignmentDeadline($input: ExtendDeadlineInput!) {
    extendAssignmentDeadline(input: $input) {
      id
      version
    }
  }
`);
