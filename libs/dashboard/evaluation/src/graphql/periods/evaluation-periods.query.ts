import { graphql } from '@ketqua/dashboard/data-access';

/** The periods in the caller's scope, latest first. */
export const EvaluationPeriodsQuery = graphql(`
  query EvaluationPeriods {
    evaluationPeriods(first: 100) {
      edges {
        node {
          ...EvaluationPeriodRow
        }
      }
    }
  }
`);
