import { graphql } from '@ketqua/dashboard/data-access';

export const RecordObjectiveCauseMutation = graphql(`
  mutation RecordObjectiveCause($input: RecordObjectiveCauseInput!) {
    recordObjectiveCause(input: $input) {
      id
    }
  }
`);
