import { graphql } from '@ketqua/dashboard/data-access';

export const OpenEvaluationPeriodMutation = graphql(`
  mutation OpenEvaluationPeriod($id: ID!, $version: Int!) {
    openEvaluationPeriod(id: $id, version: $version) {
      ...EvaluationPeriodRow
    }
  }
`);
