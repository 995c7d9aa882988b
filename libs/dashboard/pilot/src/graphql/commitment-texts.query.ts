import { graphql } from '@ketqua/dashboard/data-access';

export const CommitmentTextFragment = graphql(`
  fragment CommitmentTextView on CommitmentText {
    id
    version
    title
    body
    bodyEn
    publishedAt
  }
`);

/** Every published version, newest first. */
export const CommitmentTextsQuery = graphql(`
  query CommitmentTexts {
    commitmentTexts {
      ...CommitmentTextView
    }
  }
`);
