import { graphql } from '@ketqua/dashboard/data-access';

/** The opening job's progress of one period, after each batch. */
export const EvaluationJobProgressSubscription = graphql(`
  subscription EvaluationJobProgress($periodId: ID!) {
    evaluationJobProgress(periodId: $periodId) {
      periodId
      status
      jobStatus
      jobDone
      jobTotal
      jobError
    }
  }
`);
