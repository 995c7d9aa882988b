import { graphql } from '@ketqua/dashboard/data-access';

export const RecordQuotaExceptionMutation = graphql(`
  mutation RecordQuotaException($input: RecordQuotaExceptionInput!) {
    recordQuotaException(input: $input) {
      id
      extraExcellent
    }
  }
`);
