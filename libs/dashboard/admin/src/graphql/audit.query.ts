import { graphql } from '@ketqua/dashboard/data-access';

/** One keyset page of the audit trail, newest first. */
export const AuditEventsQuery = graphql(`
  query AuditEvents($filter: AuditEventFilter, $after: String) {
    auditEvents(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          seq
          occurredAt
          action
          entityType
          entityId
          data
          hash
          prevHash
          actorId
          actor {
            id
            fullName
            email
          }
        }
      }
    }
  }
`);

/** Recomputes the chain on the server (audit-verifier.ts) and reads its head. */
export const AuditChainStatusQuery = graphql(`
  query AuditChainStatus {
    auditChainStatus {
      ok
      eventsChecked
      brokenAtSeq
      brokenReason
      headSeq
      headHash
      verifiedAt
    }
  }
`);

/** People to filter by (the trail's readers are city-wide, so this is everyone). */
export const AuditActorsQuery = graphql(`
  query AuditActors($search: String) {
    officials(filter: { search: $search, includeInactive: true }, first: 20) {
      edges {
        node {
          id
          fullName
          email
        }
      }
    }
  }
`);
