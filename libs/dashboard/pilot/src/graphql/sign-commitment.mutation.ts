import { graphql } from '@ketqua/dashboard/data-access';

export const SignCommitmentMutation = graphql(`
  mutation SignCommitment($input: SignCommitmentInput!) {
    signCommitment(input: $input) {
      id
      enrollmentId
      signerName
      signingTime
    }
  }
`);
