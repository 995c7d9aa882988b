import { graphql } from '@ketqua/dashboard/data-access';

/** One period with its completion board. */
export const EvaluationPeriodBoardQuery = graphql(`
  query EvaluationPeriodBoard($id: ID!) {
    evaluationPeriod(id: $id) {
      ...EvaluationPeriodRow
    }
    evaluationCompletion(periodId: $id) {
      totals {
        total
        noSelfAssessment
        noHeadScore
        notApproved
        notPublished
      }
      units {
        unitId
        unitName
        agencyId
        total
        noSelfAssessment
        noHeadScore
        notApproved
        notPublished
      }
    }
  }
`);
