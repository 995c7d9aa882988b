import { graphql } from '@ketqua/dashboard/data-access';

/** The head's period board: every evaluation of one unit in one period, with the numbers and the discipline evidence. */
export const BoardEvaluationsQuery = graphql(`
  query BoardEvaluations($periodId: ID!, $unitId: ID!) {
    evaluations(filter: { periodId: $periodId, unitId: $unitId }, first: 100) {
      totalCount
      edges {
        node {
          id
          version
          status
          revision
          regime
          isLeader
          taskGroup
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
          returnReason
          official {
            id
            fullName
          }
          generalCriteria {
            code
            label
            maxPoints
          }
          disciplineEvidence {
            spotChecksOnTime
            spotChecksLate
            spotChecksMissed
            daysWithLog
            homeDays
          }
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
    }
  }
`);
