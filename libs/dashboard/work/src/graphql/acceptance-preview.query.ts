import { graphql } from '@ketqua/dashboard/data-access';

/** What accepting the waiting version would give, computed by the API with libs/domain's scoring. */
export const AcceptancePreviewQuery = graphql(`
  query AcceptancePreview($id: ID!, $acceptedQuantity: Float) {
    assignment(id: $id) {
      id
      scoresIfAccepted(acceptedQuantity: $acceptedQuantity) {
        quantity
        quality
        progress
      }
    }
  }
`);
