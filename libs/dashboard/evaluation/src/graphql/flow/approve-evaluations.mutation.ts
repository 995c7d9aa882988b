import { graphql } from '@ketqua/dashboard/data-access';

export const ApproveEvaluationsMutation = graphql(`
  mutation ApproveEvaluations($input: EvaluationsBatchInput!) {
    approveEvaluations(input: $input) {
      id
      version
      status
      approvedAt
    }
  }
`);
