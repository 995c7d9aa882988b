import { graphql } from '@ketqua/dashboard/data-access';

export const RecordSignaturesQuery = graphql(`
  query RecordSignatures($evaluationId: ID!) {
    evaluationRecordSignatures(evaluationId: $evaluationId) {
      id
      revision
      capacity
      signerName
      issuerName
      signingTime
    }
  }
`);
