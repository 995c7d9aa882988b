import { graphql } from '@ketqua/dashboard/data-access';

export const SetPartyMemberShareMutation = graphql(`
  mutation SetPartyMemberShare($input: SetPartyMemberExcellentShareInput!) {
    setPartyMemberExcellentShare(input: $input) {
      id
      agencyId
      year
      percent
      version
      updatedAt
    }
  }
`);
