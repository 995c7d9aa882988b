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
    "\n  query SessionPing {\n    unreadNotificationCount\n  }\n": typeof types.SessionPingDocument,
    "\n  fragment NextPage on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": typeof types.NextPageFragmentDoc,
    "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      ...SessionPayload\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  fragment SessionPayload on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      fullName\n      email\n      role\n      unitId\n      cityScope\n      mustChangePassword\n      agency {\n        id\n      }\n    }\n  }\n": typeof types.SessionPayloadFragmentDoc,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    title {\n      vi\n      en\n    }\n    body {\n      vi\n      en\n    }\n    link\n    readAt\n    createdAt\n  }\n": typeof types.NotificationItemFragmentDoc,
    "\n  query MyNotifications($first: Int!) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      edges {\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  query OrgAgencies($first: Int!, $search: String) {\n    agencies(first: $first, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.OrgAgenciesDocument,
    "\n  query OrgUnits($agencyId: ID!, $first: Int!, $after: String) {\n    units(filter: { agencyId: $agencyId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...NextPage\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          parentId\n          officialCount\n          head {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrgUnitsDocument,
    "\n  query UnitOfficials($filter: OfficialFilter!, $first: Int!, $after: String) {\n    officials(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...NextPage\n      }\n      edges {\n        node {\n          id\n          fullName\n          email\n          role\n          isLeader\n          active\n          staffCategory\n          unit {\n            id\n            name\n          }\n          position {\n            id\n            name\n          }\n          rank {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.UnitOfficialsDocument,
    "\n  query MyProfile {\n    me {\n      id\n      fullName\n      email\n      role\n      staffCategory\n      isLeader\n      cityScope\n      active\n      lastLoginAt\n      unit {\n        id\n        name\n      }\n      agency {\n        id\n        name\n        kind\n      }\n      position {\n        id\n        name\n      }\n      rank {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  fragment AssignmentRow on Assignment {\n    id\n    title\n    status\n    deadline\n    effectiveDeadline\n    isOverdue\n    workingDaysLeft\n    sourceDocument\n    quantity\n    unitOfMeasure\n    weight\n    version\n    assignee {\n      id\n      fullName\n    }\n    unit {\n      id\n      name\n    }\n  }\n": typeof types.AssignmentRowFragmentDoc,
    "\n  query Assignment($id: ID!) {\n    assignment(id: $id) {\n      ...AssignmentRow\n      description\n      coefficient\n      catalogueItemId\n      hoursLogged\n      assignedBy {\n        id\n        fullName\n      }\n      catalogueItem {\n        id\n        code\n        name\n      }\n      attachments {\n        ...FileLink\n      }\n      scores {\n        quantity\n        quality\n        progress\n        ruleSetVersion\n      }\n      deadlines {\n        id\n        deadline\n        effectiveDeadline\n        reason\n        missed\n        objectiveCause {\n          cause\n          confirmedBy\n        }\n      }\n      deliverables {\n        id\n        versionNo\n        note\n        links\n        submittedAt\n        onTime\n        files {\n          ...FileLink\n        }\n        review {\n          decision\n          majorError\n          comment\n          reviewedAt\n          reviewer {\n            id\n            fullName\n          }\n          objectiveCause {\n            cause\n            confirmedBy\n          }\n        }\n      }\n    }\n  }\n": typeof types.AssignmentDocument,
    "\n  query Assignments($filter: AssignmentFilter, $first: Int!, $after: String) {\n    assignments(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...NextPage\n      }\n      edges {\n        node {\n          ...AssignmentRow\n        }\n      }\n    }\n  }\n": typeof types.AssignmentsDocument,
    "\n  mutation CancelAssignment($input: CancelAssignmentInput!) {\n    cancelAssignment(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.CancelAssignmentDocument,
    "\n  mutation CreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateAssignmentDocument,
    "\n  mutation CreateCatalogueItem($input: CreateCatalogueItemInput!) {\n    createCatalogueItem(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCatalogueItemDocument,
    "\n  mutation ExtendAssignmentDeadline($input: ExtendDeadlineInput!) {\n    extendAssignmentDeadline(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ExtendAssignmentDeadlineDocument,
    "\n  fragment FileLink on StoredFile {\n    id\n    name\n    size\n    sha256\n    url\n  }\n": typeof types.FileLinkFragmentDoc,
    "\n  mutation ImportAssignments($input: ImportAssignmentsInput!) {\n    importAssignments(input: $input) {\n      created\n      linesRead\n    }\n  }\n": typeof types.ImportAssignmentsDocument,
    "\n  mutation LogWork($input: LogWorkInput!) {\n    logWork(input: $input) {\n      id\n      minutes\n      assignment {\n        id\n        status\n        hoursLogged\n      }\n    }\n  }\n": typeof types.LogWorkDocument,
    "\n  mutation RecordObjectiveCause($input: RecordObjectiveCauseInput!) {\n    recordObjectiveCause(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordObjectiveCauseDocument,
    "\n  mutation ReviewDeliverable($input: ReviewDeliverableInput!) {\n    reviewDeliverable(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ReviewDeliverableDocument,
    "\n  mutation StartAssignment($id: ID!) {\n    startAssignment(id: $id) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.StartAssignmentDocument,
    "\n  mutation SubmitDeliverable($input: SubmitDeliverableInput!) {\n    submitDeliverable(input: $input) {\n      id\n      versionNo\n      onTime\n    }\n  }\n": typeof types.SubmitDeliverableDocument,
    "\n  query TeamScope {\n    units(first: 200) {\n      edges {\n        node {\n          id\n          name\n          agencyId\n        }\n      }\n    }\n    officials(first: 200) {\n      edges {\n        node {\n          id\n          fullName\n          unitId\n          positionId\n          role\n        }\n      }\n    }\n    positions(first: 200) {\n      edges {\n        node {\n          id\n          name\n          agencyId\n        }\n      }\n    }\n  }\n": typeof types.TeamScopeDocument,
    "\n  mutation UpdateAssignment($input: UpdateAssignmentInput!) {\n    updateAssignment(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateAssignmentDocument,
    "\n  mutation UpdateCatalogueItem($input: UpdateCatalogueItemInput!) {\n    updateCatalogueItem(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateCatalogueItemDocument,
    "\n  query WorkCatalogue($filter: CatalogueFilter!) {\n    workCatalogue(filter: $filter, first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          unitId\n          positionId\n          code\n          name\n          unitOfMeasure\n          coefficient\n          active\n          version\n        }\n      }\n    }\n  }\n": typeof types.WorkCatalogueDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionPayload\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query SessionPing {\n    unreadNotificationCount\n  }\n": types.SessionPingDocument,
    "\n  fragment NextPage on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": types.NextPageFragmentDoc,
    "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      ...SessionPayload\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  fragment SessionPayload on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      fullName\n      email\n      role\n      unitId\n      cityScope\n      mustChangePassword\n      agency {\n        id\n      }\n    }\n  }\n": types.SessionPayloadFragmentDoc,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    title {\n      vi\n      en\n    }\n    body {\n      vi\n      en\n    }\n    link\n    readAt\n    createdAt\n  }\n": types.NotificationItemFragmentDoc,
    "\n  query MyNotifications($first: Int!) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      edges {\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  query OrgAgencies($first: Int!, $search: String) {\n    agencies(first: $first, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.OrgAgenciesDocument,
    "\n  query OrgUnits($agencyId: ID!, $first: Int!, $after: String) {\n    units(filter: { agencyId: $agencyId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...NextPage\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          parentId\n          officialCount\n          head {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": types.OrgUnitsDocument,
    "\n  query UnitOfficials($filter: OfficialFilter!, $first: Int!, $after: String) {\n    officials(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...NextPage\n      }\n      edges {\n        node {\n          id\n          fullName\n          email\n          role\n          isLeader\n          active\n          staffCategory\n          unit {\n            id\n            name\n          }\n          position {\n            id\n            name\n          }\n          rank {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.UnitOfficialsDocument,
    "\n  query MyProfile {\n    me {\n      id\n      fullName\n      email\n      role\n      staffCategory\n      isLeader\n      cityScope\n      active\n      lastLoginAt\n      unit {\n        id\n        name\n      }\n      agency {\n        id\n        name\n        kind\n      }\n      position {\n        id\n        name\n      }\n      rank {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.MyProfileDocument,
    "\n  fragment AssignmentRow on Assignment {\n    id\n    title\n    status\n    deadline\n    effectiveDeadline\n    isOverdue\n    workingDaysLeft\n    sourceDocument\n    quantity\n    unitOfMeasure\n    weight\n    version\n    assignee {\n      id\n      fullName\n    }\n    unit {\n      id\n      name\n    }\n  }\n": types.AssignmentRowFragmentDoc,
    "\n  query Assignment($id: ID!) {\n    assignment(id: $id) {\n      ...AssignmentRow\n      description\n      coefficient\n      catalogueItemId\n      hoursLogged\n      assignedBy {\n        id\n        fullName\n      }\n      catalogueItem {\n        id\n        code\n        name\n      }\n      attachments {\n        ...FileLink\n      }\n      scores {\n        quantity\n        quality\n        progress\n        ruleSetVersion\n      }\n      deadlines {\n        id\n        deadline\n        effectiveDeadline\n        reason\n        missed\n        objectiveCause {\n          cause\n          confirmedBy\n        }\n      }\n      deliverables {\n        id\n        versionNo\n        note\n        links\n        submittedAt\n        onTime\n        files {\n          ...FileLink\n        }\n        review {\n          decision\n          majorError\n          comment\n          reviewedAt\n          reviewer {\n            id\n            fullName\n          }\n          objectiveCause {\n            cause\n            confirmedBy\n          }\n        }\n      }\n    }\n  }\n": types.AssignmentDocument,
    "\n  query Assignments($filter: AssignmentFilter, $first: Int!, $after: String) {\n    assignments(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...NextPage\n      }\n      edges {\n        node {\n          ...AssignmentRow\n        }\n      }\n    }\n  }\n": types.AssignmentsDocument,
    "\n  mutation CancelAssignment($input: CancelAssignmentInput!) {\n    cancelAssignment(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.CancelAssignmentDocument,
    "\n  mutation CreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n    }\n  }\n": types.CreateAssignmentDocument,
    "\n  mutation CreateCatalogueItem($input: CreateCatalogueItemInput!) {\n    createCatalogueItem(input: $input) {\n      id\n    }\n  }\n": types.CreateCatalogueItemDocument,
    "\n  mutation ExtendAssignmentDeadline($input: ExtendDeadlineInput!) {\n    extendAssignmentDeadline(input: $input) {\n      id\n      version\n    }\n  }\n": types.ExtendAssignmentDeadlineDocument,
    "\n  fragment FileLink on StoredFile {\n    id\n    name\n    size\n    sha256\n    url\n  }\n": types.FileLinkFragmentDoc,
    "\n  mutation ImportAssignments($input: ImportAssignmentsInput!) {\n    importAssignments(input: $input) {\n      created\n      linesRead\n    }\n  }\n": types.ImportAssignmentsDocument,
    "\n  mutation LogWork($input: LogWorkInput!) {\n    logWork(input: $input) {\n      id\n      minutes\n      assignment {\n        id\n        status\n        hoursLogged\n      }\n    }\n  }\n": types.LogWorkDocument,
    "\n  mutation RecordObjectiveCause($input: RecordObjectiveCauseInput!) {\n    recordObjectiveCause(input: $input) {\n      id\n    }\n  }\n": types.RecordObjectiveCauseDocument,
    "\n  mutation ReviewDeliverable($input: ReviewDeliverableInput!) {\n    reviewDeliverable(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ReviewDeliverableDocument,
    "\n  mutation StartAssignment($id: ID!) {\n    startAssignment(id: $id) {\n      id\n      status\n      version\n    }\n  }\n": types.StartAssignmentDocument,
    "\n  mutation SubmitDeliverable($input: SubmitDeliverableInput!) {\n    submitDeliverable(input: $input) {\n      id\n      versionNo\n      onTime\n    }\n  }\n": types.SubmitDeliverableDocument,
    "\n  query TeamScope {\n    units(first: 200) {\n      edges {\n        node {\n          id\n          name\n          agencyId\n        }\n      }\n    }\n    officials(first: 200) {\n      edges {\n        node {\n          id\n          fullName\n          unitId\n          positionId\n          role\n        }\n      }\n    }\n    positions(first: 200) {\n      edges {\n        node {\n          id\n          name\n          agencyId\n        }\n      }\n    }\n  }\n": types.TeamScopeDocument,
    "\n  mutation UpdateAssignment($input: UpdateAssignmentInput!) {\n    updateAssignment(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateAssignmentDocument,
    "\n  mutation UpdateCatalogueItem($input: UpdateCatalogueItemInput!) {\n    updateCatalogueItem(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateCatalogueItemDocument,
    "\n  query WorkCatalogue($filter: CatalogueFilter!) {\n    workCatalogue(filter: $filter, first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          unitId\n          positionId\n          code\n          name\n          unitOfMeasure\n          coefficient\n          active\n          version\n        }\n      }\n    }\n  }\n": types.WorkCatalogueDocument,
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
export function graphql(source: "\n  query SessionPing {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query SessionPing {\n    unreadNotificationCount\n  }\n"];
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
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    title {\n      vi\n      en\n    }\n    body {\n      vi\n      en\n    }\n    link\n    readAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment NotificationItem on Notification {\n    id\n    kind\n    title {\n      vi\n      en\n    }\n    body {\n      vi\n      en\n    }\n    link\n    readAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($first: Int!) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      edges {\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications($first: Int!) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      edges {\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentRow on Assignment {\n    id\n    title\n    status\n    deadline\n    effectiveDeadline\n    isOverdue\n    workingDaysLeft\n    sourceDocument\n    quantity\n    unitOfMeasure\n    weight\n    version\n    assignee {\n      id\n      fullName\n    }\n    unit {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AssignmentRow on Assignment {\n    id\n    title\n    status\n    deadline\n    effectiveDeadline\n    isOverdue\n    workingDaysLeft\n    sourceDocument\n    quantity\n    unitOfMeasure\n    weight\n    version\n    assignee {\n      id\n      fullName\n    }\n    unit {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Assignment($id: ID!) {\n    assignment(id: $id) {\n      ...AssignmentRow\n      description\n      coefficient\n      catalogueItemId\n      hoursLogged\n      assignedBy {\n        id\n        fullName\n      }\n      catalogueItem {\n        id\n        code\n        name\n      }\n      attachments {\n        ...FileLink\n      }\n      scores {\n        quantity\n        quality\n        progress\n        ruleSetVersion\n      }\n      deadlines {\n        id\n        deadline\n        effectiveDeadline\n        reason\n        missed\n        objectiveCause {\n          cause\n          confirmedBy\n        }\n      }\n      deliverables {\n        id\n        versionNo\n        note\n        links\n        submittedAt\n        onTime\n        files {\n          ...FileLink\n        }\n        review {\n          decision\n          majorError\n          comment\n          reviewedAt\n          reviewer {\n            id\n            fullName\n          }\n          objectiveCause {\n            cause\n            confirmedBy\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Assignment($id: ID!) {\n    assignment(id: $id) {\n      ...AssignmentRow\n      description\n      coefficient\n      catalogueItemId\n      hoursLogged\n      assignedBy {\n        id\n        fullName\n      }\n      catalogueItem {\n        id\n        code\n        name\n      }\n      attachments {\n        ...FileLink\n      }\n      scores {\n        quantity\n        quality\n        progress\n        ruleSetVersion\n      }\n      deadlines {\n        id\n        deadline\n        effectiveDeadline\n        reason\n        missed\n        objectiveCause {\n          cause\n          confirmedBy\n        }\n      }\n      deliverables {\n        id\n        versionNo\n        note\n        links\n        submittedAt\n        onTime\n        files {\n          ...FileLink\n        }\n        review {\n          decision\n          majorError\n          comment\n          reviewedAt\n          reviewer {\n            id\n            fullName\n          }\n          objectiveCause {\n            cause\n            confirmedBy\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Assignments($filter: AssignmentFilter, $first: Int!, $after: String) {\n    assignments(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...NextPage\n      }\n      edges {\n        node {\n          ...AssignmentRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Assignments($filter: AssignmentFilter, $first: Int!, $after: String) {\n    assignments(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...NextPage\n      }\n      edges {\n        node {\n          ...AssignmentRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAssignment($input: CancelAssignmentInput!) {\n    cancelAssignment(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CancelAssignment($input: CancelAssignmentInput!) {\n    cancelAssignment(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCatalogueItem($input: CreateCatalogueItemInput!) {\n    createCatalogueItem(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCatalogueItem($input: CreateCatalogueItemInput!) {\n    createCatalogueItem(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendAssignmentDeadline($input: ExtendDeadlineInput!) {\n    extendAssignmentDeadline(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendAssignmentDeadline($input: ExtendDeadlineInput!) {\n    extendAssignmentDeadline(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FileLink on StoredFile {\n    id\n    name\n    size\n    sha256\n    url\n  }\n"): (typeof documents)["\n  fragment FileLink on StoredFile {\n    id\n    name\n    size\n    sha256\n    url\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportAssignments($input: ImportAssignmentsInput!) {\n    importAssignments(input: $input) {\n      created\n      linesRead\n    }\n  }\n"): (typeof documents)["\n  mutation ImportAssignments($input: ImportAssignmentsInput!) {\n    importAssignments(input: $input) {\n      created\n      linesRead\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogWork($input: LogWorkInput!) {\n    logWork(input: $input) {\n      id\n      minutes\n      assignment {\n        id\n        status\n        hoursLogged\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogWork($input: LogWorkInput!) {\n    logWork(input: $input) {\n      id\n      minutes\n      assignment {\n        id\n        status\n        hoursLogged\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordObjectiveCause($input: RecordObjectiveCauseInput!) {\n    recordObjectiveCause(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordObjectiveCause($input: RecordObjectiveCauseInput!) {\n    recordObjectiveCause(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewDeliverable($input: ReviewDeliverableInput!) {\n    reviewDeliverable(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewDeliverable($input: ReviewDeliverableInput!) {\n    reviewDeliverable(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartAssignment($id: ID!) {\n    startAssignment(id: $id) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation StartAssignment($id: ID!) {\n    startAssignment(id: $id) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitDeliverable($input: SubmitDeliverableInput!) {\n    submitDeliverable(input: $input) {\n      id\n      versionNo\n      onTime\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitDeliverable($input: SubmitDeliverableInput!) {\n    submitDeliverable(input: $input) {\n      id\n      versionNo\n      onTime\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamScope {\n    units(first: 200) {\n      edges {\n        node {\n          id\n          name\n          agencyId\n        }\n      }\n    }\n    officials(first: 200) {\n      edges {\n        node {\n          id\n          fullName\n          unitId\n          positionId\n          role\n        }\n      }\n    }\n    positions(first: 200) {\n      edges {\n        node {\n          id\n          name\n          agencyId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamScope {\n    units(first: 200) {\n      edges {\n        node {\n          id\n          name\n          agencyId\n        }\n      }\n    }\n    officials(first: 200) {\n      edges {\n        node {\n          id\n          fullName\n          unitId\n          positionId\n          role\n        }\n      }\n    }\n    positions(first: 200) {\n      edges {\n        node {\n          id\n          name\n          agencyId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAssignment($input: UpdateAssignmentInput!) {\n    updateAssignment(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAssignment($input: UpdateAssignmentInput!) {\n    updateAssignment(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCatalogueItem($input: UpdateCatalogueItemInput!) {\n    updateCatalogueItem(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCatalogueItem($input: UpdateCatalogueItemInput!) {\n    updateCatalogueItem(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkCatalogue($filter: CatalogueFilter!) {\n    workCatalogue(filter: $filter, first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          unitId\n          positionId\n          code\n          name\n          unitOfMeasure\n          coefficient\n          active\n          version\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkCatalogue($filter: CatalogueFilter!) {\n    workCatalogue(filter: $filter, first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          unitId\n          positionId\n          code\n          name\n          unitOfMeasure\n          coefficient\n          active\n          version\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;