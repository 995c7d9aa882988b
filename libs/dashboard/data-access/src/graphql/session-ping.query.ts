import { graphql } from '../gql';

/** Any cheap query: sending it lets the auth exchange refresh an access token about to expire (before a file transfer or a socket). */
export const SessionPingQuery = graphql(`
  query SessionPing {
    unreadNotificationCount
  }
`);
