import { graphql } from '@ketqua/dashboard/data-access';

export const ConfirmIncomingDocumentMutation = graphql(`
  mutation ConfirmIncomingDocument($input: ConfirmIncomingDocumentInput!) {
    confirmIncomingDocument(input: $input) {
      id
      status
      assignmentIds
    }
  }
`);

export const DismissIncomingDocumentMutation = graphql(`
  mutation DismissIncomingDocument($input: DismissIncomingDocumentInput!) {
    dismissIncomingDocument(input: $input) {
      id
      status
    }
  }
`);
