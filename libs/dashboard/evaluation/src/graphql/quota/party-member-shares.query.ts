import { graphql } from '@ketqua/dashboard/data-access';

export const PartyMemberSharesQuery = graphql(`
  query PartyMemberShares($year: Int!) {
    partyMemberExcellentShares(year: $year) {
      id
      agencyId
      year
      percent
      version
      updatedAt
    }
  }
`);
