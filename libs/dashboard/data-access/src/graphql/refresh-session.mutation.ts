import { graphql } from '../gql';

export const RefreshSessionMutation = graphql(`
  mutation RefreshSession($input: RefreshSessionInput!) {
    refreshSession(input: $input) {
      ...SessionPayload
    }
  }
`);
