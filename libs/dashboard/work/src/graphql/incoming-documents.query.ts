import { graphql } from '@ketqua/dashboard/data-access';

export const IncomingDocumentsQuery = graphql(`
  query IncomingDocuments {
    incomingDocuments {
      id
      sourceDocument
      title
      summary
      dueOn
      unitId
      version
    }
  }
`);
