import { graphql } from '@ketqua/dashboard/data-access';

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
