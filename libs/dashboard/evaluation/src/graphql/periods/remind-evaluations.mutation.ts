import { graphql } from '@ketqua/dashboard/data-access';

export const RemindEvaluationsMutation = graphql(`
  mutation RemindEvaluations($input: RemindEvaluationsInput!) {
    remindEvaluations(input: $input) {
      recipients
      evaluations
    }
  }
`);
