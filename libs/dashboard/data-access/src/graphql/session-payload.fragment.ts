import { graphql } from '../gql';

/**
 * What a new session brings the dashboard: when its access token expires and the signed-in official
 * the shell needs at once. Never the tokens: they arrive as httpOnly cookies.
 */
export const SessionPayloadFragment = graphql(`
  fragment SessionPayload on AuthPayload {
    accessTokenExpiresAt
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
