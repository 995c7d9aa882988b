import { graphql } from '../gql';

/** What forward paging over any connection needs: whether there is more, and where it starts. */
export const NextPageFragment = graphql(`
  fragment NextPage on PageInfo {
    hasNextPage
    endCursor
  }
`);
