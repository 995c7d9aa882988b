import { graphql } from '@ketqua/dashboard/data-access';

export const AnnualGradeQuery = graphql(`
  query AnnualGrade($officialId: ID!, $year: Int!) {
    annualGrade(officialId: $officialId, year: $year) {
      year
      grade
      averageScore
      regime
      reasons
      monthsWorked
      monthsOfLeave
      periods {
        evaluationId
        periodId
        periodName
        score
        grade
        workedDays
        scheduledWorkingDays
      }
    }
  }
`);
