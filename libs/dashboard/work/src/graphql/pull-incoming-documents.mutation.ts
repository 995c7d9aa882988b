import { graphql } from '@ketqua/dashboard/data-access';

export const PullIncomingDocumentsMutation = graphql(`
  mutation PullIncomingDocuments {
    pullIncomingDocuments {
      fetched
      created
      alreadyKnown
      skipped {
        externalId
        reason
      }
    }
  }
`);
