import { graphql } from '@ketqua/dashboard/data-access';

export const EvaluationPeriodsOfUnitQuery = graphql(`
  query EvaluationPeriodsOfUnit($unitId: ID!) {
    evaluationPeriodsOfUnit(unitId: $unitId) {
      id
      name
      year
      startsOn
      endsOn
      selfAssessmentUntil
      headScoringUntil
      publishUntil
      status
    }
  }
`);
