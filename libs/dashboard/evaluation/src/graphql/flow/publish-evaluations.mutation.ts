import { graphql } from '@ketqua/dashboard/data-access';

export const PublishEvaluationsMutation = graphql(`
  mutation PublishEvaluations($input: EvaluationsBatchInput!) {
    publishEvaluations(input: $input) {
      id
      version
      status
      publishedAt
      verificationCode
    }
  }
`);
