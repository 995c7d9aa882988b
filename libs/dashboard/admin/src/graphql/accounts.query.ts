import { graphql } from '@ketqua/dashboard/data-access';
import type { TypedDocumentNode } from 'urql';

/** One page of accounts with what the accounts page shows and may do (manageable comes from the API's rule). */
export const AccountsQuery = graphql(`
  query Accounts($filter: OfficialFilter, $after: String) {
    officials(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AccountRow
        }
      }
    }
  }
`);

export const AccountRowFragment = graphql(`
  fragment AccountRow on Official {
    id
    fullName
    email
    employeeCode
    role
    cityScope
    active
    hasPassword
    mustChangePassword
    lockedUntil
    lastLoginAt
    version
    manageable
    unit {
      id
      name
    }
    agency {
      id
      name
    }
  }
`);

/** The roles the caller may give an account: the dashboard offers these, never a list of its own. */
export const GrantableRolesQuery = graphql(`
  query GrantableRoles {
    grantableRoles
  }
`);

export const AccountAgenciesQuery = graphql(`
  query AccountAgencies {
    agencies(first: 200) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

type DataOf<D> = D extends TypedDocumentNode<infer R, infer _V> ? R : never;

/** One account as the page shows it. */
export type AccountRow = DataOf<typeof AccountsQuery>['officials']['edges'][number]['node'];
