import { graphql } from '@ketqua/dashboard/data-access';

export const ReviewDeliverableMutation = graphql(`
  mutation ReviewDeliverable($input: ReviewDeliverableInput!) {
    reviewDeliverable(input: $input) {
      id
      status
      version
    }
  }
`);
