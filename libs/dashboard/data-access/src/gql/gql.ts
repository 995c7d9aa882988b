/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionPayload\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment NextPage on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": typeof types.NextPageFragmentDoc,
    "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      ...SessionPayload\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  fragment SessionPayload on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      fullName\n      email\n      role\n      unitId\n      cityScope\n      mustChangePassword\n      agency {\n        id\n      }\n    }\n  }\n": typeof types.SessionPayloadFragmentDoc,
    "\n  query OrgAgencies($first: Int!, $search: String) {\n    agencies(first: $first, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.OrgAgenciesDocument,
    "\n  query OrgUnits($agencyId: ID!, $first: Int!, $after: String) {\n    units(filter: { agencyId: $agencyId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...NextPage\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          parentId\n          officialCount\n          head {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrgUnitsDocument,
    "\n  query UnitOfficials($filter: OfficialFilter!, $first: Int!, $after: String) {\n    officials(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...NextPage\n      }\n      edges {\n        node {\n          id\n          fullName\n          email\n          role\n          isLeader\n          active\n          staffCategory\n          unit {\n            id\n            name\n          }\n          position {\n            id\n            name\n          }\n          rank {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.UnitOfficialsDocument,
    "\n  query MyProfile {\n    me {\n      id\n      fullName\n      email\n      role\n      staffCategory\n      isLeader\n      cityScope\n      active\n      lastLoginAt\n      unit {\n        id\n        name\n      }\n      agency {\n        id\n        name\n        kind\n      }\n      position {\n        id\n        name\n      }\n      rank {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.MyProfileDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionPayload\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment NextPage on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": types.NextPageFragmentDoc,
    "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      ...SessionPayload\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  fragment SessionPayload on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      fullName\n      email\n      role\n      unitId\n      cityScope\n      mustChangePassword\n      agency {\n        id\n      }\n    }\n  }\n": types.SessionPayloadFragmentDoc,
    "\n  query OrgAgencies($first: Int!, $search: String) {\n    agencies(first: $first, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.OrgAgenciesDocument,
    "\n  query OrgUnits($agencyId: ID!, $first: Int!, $after: String) {\n    units(filter: { agencyId: $agencyId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...NextPage\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          parentId\n          officialCount\n          head {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": types.OrgUnitsDocument,
    "\n  query UnitOfficials($filter: OfficialFilter!, $first: Int!, $after: String) {\n    officials(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...NextPage\n      }\n      edges {\n        node {\n          id\n          fullName\n          email\n          role\n          isLeader\n          active\n          staffCategory\n          unit {\n            id\n            name\n          }\n          position {\n            id\n            name\n          }\n          rank {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.UnitOfficialsDocument,
    "\n  query MyProfile {\n    me {\n      id\n      fullName\n      email\n      role\n      staffCategory\n      isLeader\n      cityScope\n      active\n      lastLoginAt\n      unit {\n        id\n        name\n      }\n      agency {\n        id\n        name\n        kind\n      }\n      position {\n        id\n        name\n      }\n      rank {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.MyProfileDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionPayload\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NextPage on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"): (typeof documents)["\n  fragment NextPage on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      ...SessionPayload\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      ...SessionPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionPayload on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      fullName\n      email\n      role\n      unitId\n      cityScope\n      mustChangePassword\n      agency {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SessionPayload on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      fullName\n      email\n      role\n      unitId\n      cityScope\n      mustChangePassword\n      agency {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgAgencies($first: Int!, $search: String) {\n    agencies(first: $first, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgAgencies($first: Int!, $search: String) {\n    agencies(first: $first, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnits($agencyId: ID!, $first: Int!, $after: String) {\n    units(filter: { agencyId: $agencyId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...NextPage\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          parentId\n          officialCount\n          head {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnits($agencyId: ID!, $first: Int!, $after: String) {\n    units(filter: { agencyId: $agencyId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...NextPage\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          parentId\n          officialCount\n          head {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitOfficials($filter: OfficialFilter!, $first: Int!, $after: String) {\n    officials(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...NextPage\n      }\n      edges {\n        node {\n          id\n          fullName\n          email\n          role\n          isLeader\n          active\n          staffCategory\n          unit {\n            id\n            name\n          }\n          position {\n            id\n            name\n          }\n          rank {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitOfficials($filter: OfficialFilter!, $first: Int!, $after: String) {\n    officials(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...NextPage\n      }\n      edges {\n        node {\n          id\n          fullName\n          email\n          role\n          isLeader\n          active\n          staffCategory\n          unit {\n            id\n            name\n          }\n          position {\n            id\n            name\n          }\n          rank {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    me {\n      id\n      fullName\n      email\n      role\n      staffCategory\n      isLeader\n      cityScope\n      active\n      lastLoginAt\n      unit {\n        id\n        name\n      }\n      agency {\n        id\n        name\n        kind\n      }\n      position {\n        id\n        name\n      }\n      rank {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    me {\n      id\n      fullName\n      email\n      role\n      staffCategory\n      isLeader\n      cityScope\n      active\n      lastLoginAt\n      unit {\n        id\n        name\n      }\n      agency {\n        id\n        name\n        kind\n      }\n      position {\n        id\n        name\n      }\n      rank {\n        id\n        code\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;