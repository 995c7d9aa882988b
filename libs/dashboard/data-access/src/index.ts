// The dashboard's only way to the API: the urql client, the session, typed documents.
export { graphql } from './gql';
export type { AgencyKind, NotificationDelivery, NotificationSubjectKind, Role, StaffCategory } from './gql/graphql';
export { createKetquaClient, type KetquaClientOptions } from './client/create-client';
export { sessionAuthConfig, opensSession, EXPIRY_MARGIN_MS } from './client/auth-config';
export { problemOf, problemOfFailure, isSessionOver, isTokenExpired, SESSION_OVER_REASONS, type ApiProblem, type FieldProblem } from './client/problems';
export {
  createBrowserSessionStore,
  createSessionStore,
  sessionFromPayload,
  SESSION_STORAGE_KEY,
  type KeyValueStorage,
  type Session,
  type SessionEnd,
  type SessionStore,
  type SessionUser,
} from './session/session-store';
export { ApiProvider, SessionProvider, useSession, useSessionStore } from './session/session-react';
export { purposeAsked, purposeHeaders, statePurpose } from './session/stated-purpose';
export { downloadFile, uploadFile, FileTransferError, type UploadedFile } from './files/file-transfer';
export type { PilotReportInput, PilotReportQuery, ReportExportFieldsFragment, ReportExportFormat, ReportCohort, ReportPhase } from './gql/graphql';
export type { AssignmentFilter, AssignmentStatus, ReviewDecision, WorkLogFilter } from './gql/graphql';
export type { EvaluationDetailsFragment, BoardEvaluationsQuery, EvaluationStatus, Grade, EvaluationRegime } from './gql/graphql';
export type { UnitOverviewQuery } from './gql/graphql';
