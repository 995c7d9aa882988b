import { graphql } from '@ketqua/dashboard/data-access';

export const CalibrationQuery = graphql(`
  query Calibration($periodId: ID!, $unitId: ID!) {
    calibration(periodId: $periodId, unitId: $unitId) {
      meanGapPoints
      minScored
      unitScores {
        count
        mean
        median
        min
        max
      }
      unitGrades {
        excellent
        good
        complete
        incomplete
      }
      scorers {
        scorer {
          id
          fullName
        }
        scores {
          count
          mean
          median
          min
          max
        }
        grades {
          excellent
          good
          complete
          incomplete
        }
        meanGap
        flag
      }
    }
  }
`);
