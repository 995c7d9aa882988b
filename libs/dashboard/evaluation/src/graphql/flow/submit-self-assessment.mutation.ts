import { graphql } from '@ketqua/dashboard/data-access';

export const SubmitSelfAssessmentMutation = graphql(`
  mutation SubmitSelfAssessment($input: SubmitSelfAssessmentInput!) {
    submitSelfAssessment(input: $input) {
      ...EvaluationDetails
    }
  }
`);
