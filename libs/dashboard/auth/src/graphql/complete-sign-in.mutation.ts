import { graphql } from '@ketqua/dashboard/data-access';

/** The second step of login for an account with xác thực hai lớp. */
export const CompleteSignInMutation = graphql(`
  mutation CompleteSignIn($input: CompleteSignInInput!) {
    completeSignIn(input: $input) {
      ...SessionPayload
    }
  }
`);
