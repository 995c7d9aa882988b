import { graphql } from '@ketqua/dashboard/data-access';

export const SubmitDeliverableMutation = graphql(`
  mutation SubmitDeliverable($input: SubmitDeliverableInput!) {
    submitDeliverable(input: $input) {
      id
      versionNo
      onTime
    }
  }
`);
