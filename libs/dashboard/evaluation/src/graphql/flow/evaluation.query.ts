import { graphql } from '@ketqua/dashboard/data-access';

export const EvaluationQuery = graphql(`
  query Evaluation($id: ID!) {
    evaluation(id: $id) {
      ...EvaluationDetails
    }
  }
`);
