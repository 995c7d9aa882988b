import { graphql } from '@ketqua/dashboard/data-access';

export const SignEvaluationRecordMutation = graphql(`
  mutation SignEvaluationRecord($input: SignEvaluationRecordInput!) {
    signEvaluationRecord(input: $input) {
      id
      capacity
      signerName
    }
  }
`);
