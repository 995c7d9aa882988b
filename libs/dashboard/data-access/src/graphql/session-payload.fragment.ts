import { graphql } from '../gql';

/** What a new session brings: both tokens and the signed-in official the shell needs at once. */
export const SessionPayloadFragment = graphql(`
  fragment SessionPayload on AuthPayload {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
    mustEnrolSecondFactor
    user {
      id
      fullName
      email
      role
      unitId
      cityScope
      mustChangePassword
      agency {
        id
      }
    }
  }
`);
