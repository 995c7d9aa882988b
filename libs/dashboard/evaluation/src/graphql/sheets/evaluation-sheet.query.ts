import { graphql } from '@ketqua/dashboard/data-access';

/** Xác minh phiếu đánh giá: the published record a printed verification code stands for. */
export const EvaluationSheetQuery = graphql(`
  query EvaluationSheet($code: String!) {
    evaluationSheet(code: $code) {
      code
      evaluationId
      officialName
      unitName
      agencyName
      periodName
      periodStartsOn
      periodEndsOn
      regime
      grade
      gradeLabel {
        vi
        en
      }
      score
      revision
      publishedAt
      latestRevision
      isLatestRevision
      reopened
      ruleSetVersion
    }
  }
`);
