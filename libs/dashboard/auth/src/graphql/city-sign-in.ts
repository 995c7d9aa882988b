import { graphql } from '@ketqua/dashboard/data-access';

export const SignInOptionsQuery = graphql(`
  query SignInOptions {
    signInOptions {
      citySignIn
      passwordSignIn
    }
  }
`);

export const StartCitySignInMutation = graphql(`
  mutation StartCitySignIn {
    startCitySignIn {
      authorizationUrl
      binding
    }
  }
`);

export const CompleteCitySignInMutation = graphql(`
  mutation CompleteCitySignIn($input: CompleteCitySignInInput!) {
    completeCitySignIn(input: $input) {
      ...SessionPayload
    }
  }
`);
