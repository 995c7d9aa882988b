import { graphql } from '@ketqua/dashboard/data-access';

export const WorkloadParityQuery = graphql(`
  query WorkloadParity($periodId: ID!, $unitId: ID!) {
    workloadParity(periodId: $periodId, unitId: $unitId) {
      officeAverage
      officeCount
      thresholdPercent
      home {
        official {
          id
          fullName
        }
        workload
        belowAveragePercent
        flagged
      }
    }
  }
`);
