import { graphql } from '@ketqua/dashboard/data-access';

/** Agencies in the caller's scope, by name; the picker searches on the server past the first page. */
export const OrgAgenciesQuery = graphql(`
  query OrgAgencies($first: Int!, $search: String) {
    agencies(first: $first, filter: { search: $search }) {
      totalCount
      edges {
        node {
          id
          code
          name
          kind
        }
      }
    }
  }
`);
