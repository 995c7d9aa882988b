import { graphql } from '@ketqua/dashboard/data-access';

/** One evaluation as "Đánh giá của tôi" and the detail drawer show it: the flow, the self-assessment, the decision, the record. */
export const EvaluationDetailsFragment = graphql(`
  fragment EvaluationDetails on Evaluation {
    id
    version
    status
    revision
    regime
    isLeader
    ruleSetVersion
    evaluatorLevel
    selfAssessmentText
    selfScores {
      code
      points
    }
    proposedGrade
    selfAssessedAt
    generalScores {
      code
      points
    }
    decidedGrade
    gradeChangeReason
    headComment
    scoredAt
    approvedAt
    publishedAt
    verificationCode
    returnReason
    reopenReason
    official {
      id
      fullName
    }
    evaluator {
      id
      fullName
    }
    scoredBy {
      id
      fullName
    }
    unit {
      id
      name
    }
    period {
      id
      name
      kind
      year
      number
      startsOn
      endsOn
      selfAssessmentUntil
      headScoringUntil
      publishUntil
      status
    }
    generalCriteria {
      code
      label
      maxPoints
    }
    record {
      ...EvaluationRecordFields
    }
    revisions {
      revision
      publishedAt
      reopenReason
      record {
        score
        grade
        ruleSetVersion
      }
    }
  }
`);
