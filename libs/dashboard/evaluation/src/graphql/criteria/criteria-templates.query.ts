import { graphql } from '@ketqua/dashboard/data-access';

export const CriteriaTemplatesQuery = graphql(`
  query CriteriaTemplates($first: Int, $after: String) {
    criteriaTemplates(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CriteriaTemplateFields
        }
      }
    }
  }
`);
