import { graphql } from '@ketqua/dashboard/data-access';

export const MyEvaluationsQuery = graphql(`
  query MyEvaluations($year: Int!) {
    myEvaluations(year: $year) {
      ...EvaluationDetails
    }
  }
`);
