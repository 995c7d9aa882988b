import { graphql } from '@ketqua/dashboard/data-access';

export const WaiverRequestsQuery = graphql(`
  query WaiverRequests($filter: WaiverFilter) {
    waiverRequests(filter: $filter, first: 100) {
      totalCount
      edges {
        node {
          id
          version
          kind
          reference
          cause
          status
          assignmentTitle
          periodName
          evaluationStatus
          decisionNote
          requestedAt
          attachment {
            id
            name
            url
          }
          requestedBy {
            id
            fullName
          }
          decidedBy {
            id
            fullName
          }
        }
      }
    }
  }
`);
