import { graphql } from '@ketqua/dashboard/data-access';

/** What the sign-in page offers now (the same public query the sign-in page reads). */
export const SignInSettingsQuery = graphql(`
  query SignInSettings {
    signInOptions {
      citySignIn
      passwordSignIn
    }
  }
`);

/** ADMIN only: password sign-in off (city account only; ADMIN accounts keep it) or back on. */
export const SetPasswordSignInMutation = graphql(`
  mutation SetPasswordSignIn($input: SetPasswordSignInInput!) {
    setPasswordSignIn(input: $input) {
      citySignIn
      passwordSignIn
    }
  }
`);
