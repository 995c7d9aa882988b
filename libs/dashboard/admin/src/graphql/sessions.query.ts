import { graphql } from '@ketqua/dashboard/data-access';

/** An account's open sessions, newest first (one's own, or an account the caller may manage). */
export const AccountSessionsQuery = graphql(`
  query AccountSessions($officialId: ID!) {
    sessions(officialId: $officialId, first: 100) {
      totalCount
      edges {
        node {
          id
          createdAt
          lastUsedAt
          userAgent
          ipAddress
          current
        }
      }
    }
  }
`);

export const EndSessionMutation = graphql(`
  mutation EndSession($id: ID!) {
    endSession(id: $id) {
      id
    }
  }
`);

export const EndAllSessionsMutation = graphql(`
  mutation EndAllSessions($officialId: ID!) {
    endAllSessions(officialId: $officialId)
  }
`);
