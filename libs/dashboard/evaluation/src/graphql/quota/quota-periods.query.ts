import { graphql } from '@ketqua/dashboard/data-access';

export const QuotaPeriodsQuery = graphql(`
  query QuotaPeriods($agencyId: ID!) {
    quotaPeriods(agencyId: $agencyId) {
      id
      name
      year
      status
    }
  }
`);
