import { graphql } from '@ketqua/dashboard/data-access';

/** What the periods pages show of a period. */
export const EvaluationPeriodRowFragment = graphql(`
  fragment EvaluationPeriodRow on EvaluationPeriod {
    id
    kind
    year
    number
    name
    startsOn
    endsOn
    status
    selfAssessmentUntil
    headScoringUntil
    publishUntil
    cutOffAt
    factsFrozenAt
    jobStatus
    jobTotal
    jobDone
    jobError
    version
    agency {
      id
      name
    }
  }
`);
