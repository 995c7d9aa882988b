import { graphql } from '@ketqua/dashboard/data-access';

export const ScoreEvaluationMutation = graphql(`
  mutation ScoreEvaluation($input: ScoreEvaluationInput!) {
    scoreEvaluation(input: $input) {
      id
      version
      status
      generalScores {
        code
        points
      }
      decidedGrade
      gradeChangeReason
      headComment
      record {
        score
        taskPercent
        taskPoints
        generalPoints
        computedGrade
        grade
        notClassifiedReason
      }
    }
  }
`);
