import { graphql } from '@ketqua/dashboard/data-access';

export const CreateEvaluationPeriodMutation = graphql(`
  mutation CreateEvaluationPeriod($input: CreateEvaluationPeriodInput!) {
    createEvaluationPeriod(input: $input) {
      ...EvaluationPeriodRow
    }
  }
`);
