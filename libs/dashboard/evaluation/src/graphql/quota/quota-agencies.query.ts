import { graphql } from '@ketqua/dashboard/data-access';

export const QuotaAgenciesQuery = graphql(`
  query QuotaAgencies {
    agencies(first: 200) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const QuotaUnitsQuery = graphql(`
  query QuotaUnits($agencyId: ID) {
    units(first: 200, filter: { agencyId: $agencyId }) {
      edges {
        node {
          id
          name
          agencyId
        }
      }
    }
  }
`);
