import { graphql } from '@ketqua/dashboard/data-access';

export const PublishCommitmentTextMutation = graphql(`
  mutation PublishCommitmentText($input: PublishCommitmentTextInput!) {
    publishCommitmentText(input: $input) {
      ...CommitmentTextView
    }
  }
`);
