import { graphql } from '@ketqua/dashboard/data-access';

export const AnnualGradeHistoryQuery = graphql(`
  query AnnualGradeHistory($officialId: ID!) {
    annualGradeHistory(officialId: $officialId) {
      year
      grade
      averageScore
      regime
    }
  }
`);
