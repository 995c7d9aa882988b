import { graphql } from '@ketqua/dashboard/data-access';

export const MyProfileQuery = graphql(`
  query MyProfile {
    me {
      id
      fullName
      email
      role
      staffCategory
      isLeader
      cityScope
      active
      lastLoginAt
      unit {
        id
        name
      }
      agency {
        id
        name
        kind
      }
      position {
        id
        name
      }
      rank {
        id
        code
        name
      }
    }
  }
`);
