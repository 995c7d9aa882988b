import { graphql } from '@ketqua/dashboard/data-access';

export const ReturnEvaluationMutation = graphql(`
  mutation ReturnEvaluation($input: ReasonedEvaluationInput!) {
    returnEvaluation(input: $input) {
      id
      version
      status
      returnReason
    }
  }
`);
