import { graphql } from '@ketqua/dashboard/data-access';

export const ImportAssignmentsMutation = graphql(`
  mutation ImportAssignments($input: ImportAssignmentsInput!) {
    importAssignments(input: $input) {
      created
      linesRead
    }
  }
`);
