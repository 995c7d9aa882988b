import { graphql } from '@ketqua/dashboard/data-access';

/** Every number of an evaluation and its receipt, as libs/domain computed them (buildRecord). */
export const EvaluationRecordFieldsFragment = graphql(`
  fragment EvaluationRecordFields on EvaluationRecordModel {
    regime
    ruleSetVersion
    score
    taskPercent
    taskPoints
    generalPoints
    computedGrade
    grade
    gradeChangedFromComputed
    gradeChangeReason
    notClassifiedReason
    overrideReasons
    leaderComponent {
      applies
      taskResultsFrom
      unitResultsPercent
      weightPercent
    }
    vienChuc {
      exceeding
      short
      total
      reasons
    }
    receipt {
      combination {
        quantity
        quality
        progress
      }
      formula {
        vi
        en
      }
      rounding {
        vi
        en
      }
      lines {
        assignmentId
        title
        sourceDocument
        deadlineDate
        status
        expectedUnits
        deliveredUnits
        quantity
        quality
        progress
        deductions {
          kind
          points
          reason
          waived
          waiver
        }
      }
    }
  }
`);
