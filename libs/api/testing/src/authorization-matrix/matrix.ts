import { Cells, Kind, MatrixRow, Outcome, Role } from './matrix-types';

/**
 * THE authorisation matrix (issue 14): every query, mutation, subscription and HTTP route × the
 * five roles × [in scope, out of scope], and the anonymous caller, with the answer each must get.
 * apps/api-e2e/src/security/authorization-matrix/authorization-matrix.spec.ts walks the served schema (a new operation without a row fails it) and
 * sends every cell to the real API; docs/SECURITY.md shows this table (npm run docs:security-matrix).
 * Who is "in" and "out" of scope per role, and which ids are used: world.ts and operations.ts
 * beside that spec. The table lives here, in the testing lib, so that tools/docs can read it.
 *
 * A new operation: add its row here and its arguments in the spec's operations.ts; to see what each cell
 * answers today, run the spec with MATRIX_RECORD=/tmp/matrix.json and read that file — then write
 * down what the cell SHOULD answer (a cell that answers data it should not is a hole to fix).
 */
const DATA: Outcome = 'DATA';
const ANON: Outcome = 'UNAUTHENTICATED:NOT_SIGNED_IN';
/** The guard: the role is not among those the operation allows. */
const ROLE: Outcome = 'FORBIDDEN:ROLE_NOT_ALLOWED';
/** The guard: the inspector makes no write. */
const READ_ONLY: Outcome = 'FORBIDDEN:READ_ONLY_ROLE';
/** AccessService: the record is outside the caller's units / agency / own records. */
const SCOPE: Outcome = 'FORBIDDEN:OUT_OF_SCOPE';
/** City-wide setup and the audit trail: HR or INSPECTOR without city scope. */
const CITY: Outcome = 'FORBIDDEN:CITY_SCOPE_REQUIRED';
/** The write passed the role and scope checks and stopped at its optimistic version: nothing changed. */
const STALE: Outcome = 'CONFLICT:STALE_VERSION';
const NOT_FOUND: Outcome = 'NOT_FOUND:NOT_FOUND';
/** Two-factor sign-in: HR and ADMIN must keep an authenticator; the demo's (and the world's) have one. */
const TOTP_ON: Outcome = 'CONFLICT:SECOND_FACTOR_ALREADY_ENABLED';
const TOTP_REQUIRED: Outcome = 'FORBIDDEN:SECOND_FACTOR_REQUIRED_FOR_ROLE';
const WRONG_CODE: Outcome = 'BAD_USER_INPUT:WRONG_SECOND_FACTOR_CODE';
/** Single sign-on, mail, the document system and digital signatures are not configured in the test app. */
const SSO_OFF: Outcome = 'BAD_USER_INPUT:SSO_NOT_CONFIGURED';
const MAIL_OFF: Outcome = 'BAD_USER_INPUT:MAIL_NOT_CONFIGURED';
const DOCS_OFF: Outcome = 'BAD_USER_INPUT:DOCUMENT_SYSTEM_NOT_CONFIGURED';
const SIGNING_OFF: Outcome = 'BAD_USER_INPUT:SIGNATURES_NOT_CONFIGURED';
/** Only the evaluated official and a head whose scope holds the record sign it. */
const NOT_A_SIGNER: Outcome = 'FORBIDDEN:NOT_A_SIGNER';
/** Only the enrollment's own official signs its commitment (or withdraws it). */
const NOT_YOURS: Outcome = 'FORBIDDEN:NOT_YOURS';
/** ADMIN's scope is the whole city: there is no caller outside it. */
const NA: Outcome = 'n/a';
const WRONG_PASSWORD: Outcome = 'BAD_USER_INPUT:WRONG_CURRENT_PASSWORD';

type Spec = { [R in Role]: R extends 'ADMIN' ? readonly [Outcome, typeof NA] : readonly [Outcome, Outcome] };

function row(kind: Kind, name: string, anonymous: Outcome, cells: Spec): MatrixRow {
  return { kind, name, anonymous, cells: cells as Cells };
}

export const MATRIX: MatrixRow[] = [
  // query
  row('query', 'absences', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('query', 'actingEvaluators', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [DATA, SCOPE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [DATA, SCOPE] }),
  row('query', 'agencies', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('query', 'agency', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, SCOPE] }),
  row('query', 'annualGrade', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [DATA, SCOPE], OFFICIAL: [DATA, SCOPE], INSPECTOR: [DATA, SCOPE] }),
  row('query', 'annualGradeHistory', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [DATA, SCOPE], OFFICIAL: [DATA, SCOPE], INSPECTOR: [DATA, SCOPE] }),
  row('query', 'assignment', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [DATA, SCOPE], OFFICIAL: [DATA, SCOPE], INSPECTOR: [DATA, SCOPE] }),
  row('query', 'assignments', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('query', 'auditChainStatus', ANON, { ADMIN: [DATA, NA], HR: [DATA, CITY], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [DATA, CITY] }),
  row('query', 'auditEvents', ANON, { ADMIN: [DATA, NA], HR: [DATA, CITY], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [DATA, CITY] }),
  row('query', 'calibration', ANON, { ADMIN: [ROLE, NA], HR: [DATA, SCOPE], UNIT_HEAD: [DATA, SCOPE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [DATA, SCOPE] }),
  row('query', 'citizenServiceComparison', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [DATA, SCOPE] }),
  row('query', 'commitmentTexts', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('query', 'criteriaTemplate', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [DATA, DATA] }),
  row('query', 'criteriaTemplates', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [DATA, DATA] }),
  row('query', 'currentCommitmentText', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('query', 'dataAccesses', ANON, { ADMIN: [DATA, NA], HR: [ROLE, ROLE], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('query', 'enrollment', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [DATA, SCOPE], OFFICIAL: [DATA, SCOPE], INSPECTOR: [DATA, SCOPE] }),
  row('query', 'enrollments', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('query', 'evaluation', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [DATA, SCOPE], OFFICIAL: [DATA, SCOPE], INSPECTOR: [DATA, SCOPE] }),
  row('query', 'evaluationCompletion', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [DATA, DATA], OFFICIAL: [ROLE, ROLE], INSPECTOR: [DATA, SCOPE] }),
  row('query', 'evaluationPeriod', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, SCOPE] }),
  row('query', 'evaluationPeriods', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('query', 'evaluationPeriodsOfUnit', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('query', 'evaluationRecordSignatures', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [DATA, SCOPE], OFFICIAL: [DATA, SCOPE], INSPECTOR: [DATA, SCOPE] }),
  row('query', 'evaluationSheet', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('query', 'evaluations', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('query', 'grantableRoles', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('query', 'incomingDocuments', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [ROLE, ROLE], INSPECTOR: [DATA, DATA] }),
  row('query', 'me', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('query', 'myDataAccesses', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('query', 'myEvaluations', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('query', 'myNotificationPreference', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('query', 'myPresence', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('query', 'mySecondFactor', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('query', 'mySpotChecks', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('query', 'myWaivableDeductions', ANON, { ADMIN: [ROLE, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [ROLE, ROLE] }),
  row('query', 'notification', ANON, {
    ADMIN: [NOT_FOUND, NA],
    HR: [NOT_FOUND, NOT_FOUND],
    UNIT_HEAD: [NOT_FOUND, NOT_FOUND],
    OFFICIAL: [DATA, NOT_FOUND],
    INSPECTOR: [NOT_FOUND, NOT_FOUND],
  }),
  row('query', 'notifications', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('query', 'official', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [DATA, SCOPE], OFFICIAL: [DATA, SCOPE], INSPECTOR: [DATA, SCOPE] }),
  row('query', 'officials', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('query', 'partyMemberExcellentShares', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [DATA, DATA] }),
  row('query', 'pilot', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [DATA, SCOPE], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, SCOPE] }),
  row('query', 'pilotReport', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [DATA, SCOPE] }),
  row('query', 'pilots', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('query', 'positions', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('query', 'publishedCriteria', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('query', 'quotaPeriods', ANON, { ADMIN: [ROLE, NA], HR: [DATA, SCOPE], UNIT_HEAD: [DATA, DATA], OFFICIAL: [ROLE, ROLE], INSPECTOR: [DATA, SCOPE] }),
  row('query', 'quotaStatus', ANON, { ADMIN: [ROLE, NA], HR: [DATA, SCOPE], UNIT_HEAD: [DATA, DATA], OFFICIAL: [ROLE, ROLE], INSPECTOR: [DATA, SCOPE] }),
  row('query', 'ranks', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('query', 'reportExport', ANON, {
    ADMIN: [DATA, NA],
    HR: [DATA, 'FORBIDDEN:NOT_YOUR_EXPORT'],
    UNIT_HEAD: [ROLE, ROLE],
    OFFICIAL: [ROLE, ROLE],
    INSPECTOR: ['FORBIDDEN:NOT_YOUR_EXPORT', 'FORBIDDEN:NOT_YOUR_EXPORT'],
  }),
  row('query', 'retentionSettings', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [DATA, DATA] }),
  row('query', 'sessions', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [SCOPE, SCOPE], OFFICIAL: [SCOPE, SCOPE], INSPECTOR: [SCOPE, SCOPE] }),
  row('query', 'signInOptions', DATA, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('query', 'spotCheckDraw', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [DATA, SCOPE], OFFICIAL: [DATA, 'FORBIDDEN:NOT_YOURS'], INSPECTOR: [DATA, SCOPE] }),
  row('query', 'spotCheckFlags', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [ROLE, ROLE], INSPECTOR: [DATA, DATA] }),
  row('query', 'spotChecks', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [ROLE, ROLE], INSPECTOR: [DATA, DATA] }),
  row('query', 'testSpotChecksEnabled', ANON, { ADMIN: [DATA, NA], HR: [ROLE, ROLE], UNIT_HEAD: [DATA, DATA], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('query', 'unit', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [DATA, SCOPE], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, SCOPE] }),
  row('query', 'unitOverview', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [DATA, SCOPE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [DATA, SCOPE] }),
  row('query', 'unitPresence', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [DATA, SCOPE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [DATA, SCOPE] }),
  row('query', 'units', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('query', 'unreadNotificationCount', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('query', 'waiverRequests', ANON, { ADMIN: [ROLE, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('query', 'workCatalogue', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [DATA, SCOPE], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, SCOPE] }),
  row('query', 'workLogs', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [DATA, SCOPE], OFFICIAL: [DATA, SCOPE], INSPECTOR: [DATA, SCOPE] }),
  row('query', 'workingCalendar', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('query', 'workloadParity', ANON, { ADMIN: [ROLE, NA], HR: [DATA, SCOPE], UNIT_HEAD: [DATA, SCOPE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [DATA, SCOPE] }),

  // mutation
  row('mutation', 'addSpotCheckFollowUp', ANON, { ADMIN: [ROLE, NA], HR: [ROLE, ROLE], UNIT_HEAD: [DATA, SCOPE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'answerSpotCheck', ANON, {
    ADMIN: ['FORBIDDEN:NOT_YOUR_CHECK', NA],
    HR: ['FORBIDDEN:NOT_YOUR_CHECK', 'FORBIDDEN:NOT_YOUR_CHECK'],
    UNIT_HEAD: ['FORBIDDEN:NOT_YOUR_CHECK', 'FORBIDDEN:NOT_YOUR_CHECK'],
    OFFICIAL: ['CONFLICT:ALREADY_ANSWERED', 'FORBIDDEN:NOT_YOUR_CHECK'],
    INSPECTOR: [READ_ONLY, READ_ONLY],
  }),
  row('mutation', 'approveEvaluations', ANON, {
    ADMIN: ['FORBIDDEN:NOT_THE_EVALUATOR', NA],
    HR: ['FORBIDDEN:NOT_THE_EVALUATOR', SCOPE],
    UNIT_HEAD: [STALE, SCOPE],
    OFFICIAL: ['FORBIDDEN:SELF_EVALUATION', SCOPE],
    INSPECTOR: [READ_ONLY, READ_ONLY],
  }),
  row('mutation', 'beginTotpEnrolment', ANON, { ADMIN: [TOTP_ON, NA], HR: [TOTP_ON, TOTP_ON], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('mutation', 'cancelAbsence', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [DATA, SCOPE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'cancelAssignment', ANON, { ADMIN: [ROLE, NA], HR: [ROLE, ROLE], UNIT_HEAD: [STALE, SCOPE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'changePassword', ANON, {
    ADMIN: ['BAD_USER_INPUT:WRONG_CURRENT_PASSWORD', NA],
    HR: ['BAD_USER_INPUT:WRONG_CURRENT_PASSWORD', 'BAD_USER_INPUT:WRONG_CURRENT_PASSWORD'],
    UNIT_HEAD: ['BAD_USER_INPUT:WRONG_CURRENT_PASSWORD', 'BAD_USER_INPUT:WRONG_CURRENT_PASSWORD'],
    OFFICIAL: ['BAD_USER_INPUT:WRONG_CURRENT_PASSWORD', 'BAD_USER_INPUT:WRONG_CURRENT_PASSWORD'],
    INSPECTOR: ['BAD_USER_INPUT:WRONG_CURRENT_PASSWORD', 'BAD_USER_INPUT:WRONG_CURRENT_PASSWORD'],
  }),
  row('mutation', 'completeCitySignIn', SSO_OFF, {
    ADMIN: [SSO_OFF, NA],
    HR: [SSO_OFF, SSO_OFF],
    UNIT_HEAD: [SSO_OFF, SSO_OFF],
    OFFICIAL: [SSO_OFF, SSO_OFF],
    INSPECTOR: [SSO_OFF, SSO_OFF],
  }),
  row('mutation', 'completeSignIn', 'UNAUTHENTICATED:SECOND_FACTOR_CHALLENGE_INVALID', {
    ADMIN: ['UNAUTHENTICATED:SECOND_FACTOR_CHALLENGE_INVALID', NA],
    HR: ['UNAUTHENTICATED:SECOND_FACTOR_CHALLENGE_INVALID', 'UNAUTHENTICATED:SECOND_FACTOR_CHALLENGE_INVALID'],
    UNIT_HEAD: ['UNAUTHENTICATED:SECOND_FACTOR_CHALLENGE_INVALID', 'UNAUTHENTICATED:SECOND_FACTOR_CHALLENGE_INVALID'],
    OFFICIAL: ['UNAUTHENTICATED:SECOND_FACTOR_CHALLENGE_INVALID', 'UNAUTHENTICATED:SECOND_FACTOR_CHALLENGE_INVALID'],
    INSPECTOR: ['UNAUTHENTICATED:SECOND_FACTOR_CHALLENGE_INVALID', 'UNAUTHENTICATED:SECOND_FACTOR_CHALLENGE_INVALID'],
  }),
  row('mutation', 'confirmIncomingDocument', ANON, { ADMIN: [ROLE, NA], HR: [STALE, SCOPE], UNIT_HEAD: [STALE, SCOPE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'confirmTotpEnrolment', ANON, {
    ADMIN: [TOTP_ON, NA],
    HR: [TOTP_ON, TOTP_ON],
    UNIT_HEAD: [WRONG_CODE, WRONG_CODE],
    OFFICIAL: [WRONG_CODE, WRONG_CODE],
    INSPECTOR: [WRONG_CODE, WRONG_CODE],
  }),
  row('mutation', 'createAgency', ANON, { ADMIN: [DATA, NA], HR: ['CONFLICT:DUPLICATE_CODE', CITY], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'createAssignment', ANON, {
    ADMIN: [ROLE, NA],
    HR: [ROLE, ROLE],
    UNIT_HEAD: [DATA, 'BAD_USER_INPUT:OUT_OF_SCOPE'],
    OFFICIAL: [ROLE, ROLE],
    INSPECTOR: [ROLE, ROLE],
  }),
  row('mutation', 'createCatalogueItem', ANON, {
    ADMIN: [DATA, NA],
    HR: ['CONFLICT:DUPLICATE_CODE', SCOPE],
    UNIT_HEAD: ['CONFLICT:DUPLICATE_CODE', SCOPE],
    OFFICIAL: [ROLE, ROLE],
    INSPECTOR: [ROLE, ROLE],
  }),
  row('mutation', 'createCriteriaTemplate', ANON, {
    ADMIN: ['CONFLICT:TEMPLATE_DRAFT_EXISTS', NA],
    HR: ['CONFLICT:TEMPLATE_DRAFT_EXISTS', CITY],
    UNIT_HEAD: [ROLE, ROLE],
    OFFICIAL: [ROLE, ROLE],
    INSPECTOR: [ROLE, ROLE],
  }),
  row('mutation', 'createEvaluationPeriod', ANON, {
    ADMIN: [DATA, NA],
    HR: ['CONFLICT:PERIOD_EXISTS', SCOPE],
    UNIT_HEAD: [ROLE, ROLE],
    OFFICIAL: [ROLE, ROLE],
    INSPECTOR: [ROLE, ROLE],
  }),
  row('mutation', 'createOfficial', ANON, { ADMIN: [DATA, NA], HR: ['CONFLICT:DUPLICATE_EMAIL', SCOPE], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'createPilot', ANON, {
    ADMIN: [DATA, NA],
    HR: ['CONFLICT:UNIT_IN_OTHER_PILOT', SCOPE],
    UNIT_HEAD: [ROLE, ROLE],
    OFFICIAL: [ROLE, ROLE],
    INSPECTOR: [ROLE, ROLE],
  }),
  row('mutation', 'createPosition', ANON, { ADMIN: [DATA, NA], HR: ['CONFLICT:DUPLICATE_CODE', SCOPE], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'createRank', ANON, {
    ADMIN: [DATA, NA],
    // Ranks are the city's shared catalogue: an agency's HR may not add one (was let through before this table).
    HR: ['CONFLICT:DUPLICATE_CODE', CITY],
    UNIT_HEAD: [ROLE, ROLE],
    OFFICIAL: [ROLE, ROLE],
    INSPECTOR: [ROLE, ROLE],
  }),
  row('mutation', 'createUnit', ANON, { ADMIN: [DATA, NA], HR: ['CONFLICT:DUPLICATE_CODE', SCOPE], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'deactivateAgency', ANON, {
    ADMIN: ['BAD_USER_INPUT:INVALID_DATES', NA],
    HR: ['BAD_USER_INPUT:INVALID_DATES', CITY],
    UNIT_HEAD: [ROLE, ROLE],
    OFFICIAL: [ROLE, ROLE],
    INSPECTOR: [ROLE, ROLE],
  }),
  row('mutation', 'deactivateOfficial', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'deactivateUnit', ANON, {
    ADMIN: ['CONFLICT:UNIT_NOT_EMPTY', NA],
    HR: ['CONFLICT:UNIT_NOT_EMPTY', SCOPE],
    UNIT_HEAD: [ROLE, ROLE],
    OFFICIAL: [ROLE, ROLE],
    INSPECTOR: [ROLE, ROLE],
  }),
  row('mutation', 'decideEnrollment', ANON, { ADMIN: [STALE, NA], HR: [STALE, SCOPE], UNIT_HEAD: [STALE, SCOPE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'decideSpotCheckFlag', ANON, { ADMIN: [ROLE, NA], HR: [ROLE, ROLE], UNIT_HEAD: [NOT_FOUND, NOT_FOUND], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'decideWaiver', ANON, {
    ADMIN: [ROLE, NA],
    HR: ['FORBIDDEN:NOT_THE_EVALUATOR', 'FORBIDDEN:NOT_THE_EVALUATOR'],
    UNIT_HEAD: [STALE, 'FORBIDDEN:NOT_THE_EVALUATOR'],
    OFFICIAL: ['FORBIDDEN:NOT_THE_EVALUATOR', 'FORBIDDEN:NOT_THE_EVALUATOR'],
    INSPECTOR: [ROLE, ROLE],
  }),
  row('mutation', 'disableSecondFactor', ANON, {
    ADMIN: [TOTP_REQUIRED, NA],
    HR: [TOTP_REQUIRED, TOTP_REQUIRED],
    UNIT_HEAD: [WRONG_PASSWORD, WRONG_PASSWORD],
    OFFICIAL: [WRONG_PASSWORD, WRONG_PASSWORD],
    INSPECTOR: [WRONG_PASSWORD, WRONG_PASSWORD],
  }),
  row('mutation', 'dismissIncomingDocument', ANON, { ADMIN: [ROLE, NA], HR: [STALE, SCOPE], UNIT_HEAD: [STALE, SCOPE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'endAllSessions', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [SCOPE, SCOPE], OFFICIAL: [SCOPE, SCOPE], INSPECTOR: [READ_ONLY, READ_ONLY] }),
  row('mutation', 'endEnrollment', ANON, { ADMIN: [STALE, NA], HR: [STALE, SCOPE], UNIT_HEAD: [STALE, SCOPE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'endSession', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [SCOPE, SCOPE], OFFICIAL: [SCOPE, SCOPE], INSPECTOR: [READ_ONLY, READ_ONLY] }),
  row('mutation', 'excuseSpotCheck', ANON, { ADMIN: [ROLE, NA], HR: [ROLE, ROLE], UNIT_HEAD: ['CONFLICT:CANNOT_EXCUSE', SCOPE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'extendAssignmentDeadline', ANON, { ADMIN: [ROLE, NA], HR: [ROLE, ROLE], UNIT_HEAD: [STALE, SCOPE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'importAssignments', ANON, {
    ADMIN: [ROLE, NA],
    HR: [ROLE, ROLE],
    UNIT_HEAD: ['BAD_USER_INPUT:IMPORT_REFUSED', 'BAD_USER_INPUT:IMPORT_REFUSED'],
    OFFICIAL: [ROLE, ROLE],
    INSPECTOR: [ROLE, ROLE],
  }),
  row('mutation', 'importCitizenService', ANON, {
    ADMIN: [ROLE, NA],
    HR: ['BAD_USER_INPUT:IMPORT_REFUSED', 'BAD_USER_INPUT:IMPORT_REFUSED'],
    UNIT_HEAD: [ROLE, ROLE],
    OFFICIAL: [ROLE, ROLE],
    INSPECTOR: [ROLE, ROLE],
  }),
  row('mutation', 'importOfficials', ANON, {
    ADMIN: ['BAD_USER_INPUT:IMPORT_REFUSED', NA],
    HR: ['BAD_USER_INPUT:IMPORT_REFUSED', SCOPE],
    UNIT_HEAD: [ROLE, ROLE],
    OFFICIAL: [ROLE, ROLE],
    INSPECTOR: [ROLE, ROLE],
  }),
  row('mutation', 'issueTemporaryPassword', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'loadCalendarYear', ANON, { ADMIN: [DATA, NA], HR: [DATA, CITY], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'logWork', ANON, {
    ADMIN: ['FORBIDDEN:NOT_ASSIGNEE', NA],
    HR: ['FORBIDDEN:NOT_ASSIGNEE', SCOPE],
    UNIT_HEAD: ['FORBIDDEN:NOT_ASSIGNEE', SCOPE],
    OFFICIAL: [DATA, SCOPE],
    INSPECTOR: [READ_ONLY, READ_ONLY],
  }),
  row('mutation', 'login', 'UNAUTHENTICATED:INVALID_CREDENTIALS', {
    ADMIN: ['UNAUTHENTICATED:INVALID_CREDENTIALS', NA],
    HR: ['UNAUTHENTICATED:INVALID_CREDENTIALS', 'UNAUTHENTICATED:INVALID_CREDENTIALS'],
    UNIT_HEAD: ['UNAUTHENTICATED:INVALID_CREDENTIALS', 'UNAUTHENTICATED:INVALID_CREDENTIALS'],
    OFFICIAL: ['UNAUTHENTICATED:INVALID_CREDENTIALS', 'UNAUTHENTICATED:INVALID_CREDENTIALS'],
    INSPECTOR: ['UNAUTHENTICATED:INVALID_CREDENTIALS', 'UNAUTHENTICATED:INVALID_CREDENTIALS'],
  }),
  row('mutation', 'logout', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('mutation', 'markAllNotificationsRead', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [READ_ONLY, READ_ONLY] }),
  row('mutation', 'markNotificationsRead', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('mutation', 'openEvaluationPeriod', ANON, { ADMIN: [STALE, NA], HR: [STALE, SCOPE], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'publishCommitmentText', ANON, { ADMIN: [DATA, NA], HR: [DATA, CITY], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'publishCriteriaTemplate', ANON, { ADMIN: [STALE, NA], HR: [STALE, CITY], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'publishEvaluations', ANON, {
    ADMIN: ['FORBIDDEN:NOT_THE_EVALUATOR', NA],
    HR: ['FORBIDDEN:NOT_THE_EVALUATOR', SCOPE],
    UNIT_HEAD: [STALE, SCOPE],
    OFFICIAL: ['FORBIDDEN:SELF_EVALUATION', SCOPE],
    INSPECTOR: [READ_ONLY, READ_ONLY],
  }),
  // Not configured in the matrix's app, so every allowed role stops at DOCS_OFF after the guard. When
  // configured, each pulls only its own scope (a head's units, an agency's HR its agency; ADMIN,
  // city-wide HR and the scheduled job everything): work/incoming-documents.spec.ts, per role.
  row('mutation', 'pullIncomingDocuments', ANON, {
    ADMIN: [DOCS_OFF, NA],
    HR: [DOCS_OFF, DOCS_OFF],
    UNIT_HEAD: [DOCS_OFF, DOCS_OFF],
    OFFICIAL: [ROLE, ROLE],
    INSPECTOR: [ROLE, ROLE],
  }),
  row('mutation', 'reactivateOfficial', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'recordAbsence', ANON, {
    ADMIN: [DATA, NA],
    HR: ['CONFLICT:ABSENCE_OVERLAPS', SCOPE],
    UNIT_HEAD: ['CONFLICT:ABSENCE_OVERLAPS', SCOPE],
    OFFICIAL: [ROLE, ROLE],
    INSPECTOR: [ROLE, ROLE],
  }),
  row('mutation', 'recordObjectiveCause', ANON, {
    ADMIN: [ROLE, NA],
    HR: [ROLE, ROLE],
    UNIT_HEAD: ['BAD_USER_INPUT:INVALID_REFERENCE', SCOPE],
    OFFICIAL: [ROLE, ROLE],
    INSPECTOR: [ROLE, ROLE],
  }),
  row('mutation', 'recordQuotaException', ANON, { ADMIN: [ROLE, NA], HR: [DATA, SCOPE], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'refreshSession', 'UNAUTHENTICATED:REFRESH_TOKEN_INVALID', {
    ADMIN: ['UNAUTHENTICATED:REFRESH_TOKEN_INVALID', NA],
    HR: ['UNAUTHENTICATED:REFRESH_TOKEN_INVALID', 'UNAUTHENTICATED:REFRESH_TOKEN_INVALID'],
    UNIT_HEAD: ['UNAUTHENTICATED:REFRESH_TOKEN_INVALID', 'UNAUTHENTICATED:REFRESH_TOKEN_INVALID'],
    OFFICIAL: ['UNAUTHENTICATED:REFRESH_TOKEN_INVALID', 'UNAUTHENTICATED:REFRESH_TOKEN_INVALID'],
    INSPECTOR: ['UNAUTHENTICATED:REFRESH_TOKEN_INVALID', 'UNAUTHENTICATED:REFRESH_TOKEN_INVALID'],
  }),
  row('mutation', 'remindEvaluations', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [DATA, SCOPE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'removeCalendarDay', ANON, { ADMIN: [DATA, NA], HR: [NOT_FOUND, CITY], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'renewRecoveryCodes', ANON, {
    ADMIN: [WRONG_PASSWORD, NA],
    HR: [WRONG_PASSWORD, WRONG_PASSWORD],
    UNIT_HEAD: [WRONG_PASSWORD, WRONG_PASSWORD],
    OFFICIAL: [WRONG_PASSWORD, WRONG_PASSWORD],
    INSPECTOR: [WRONG_PASSWORD, WRONG_PASSWORD],
  }),
  row('mutation', 'reopenEvaluation', ANON, {
    ADMIN: [STALE, NA],
    HR: [STALE, SCOPE],
    UNIT_HEAD: ['FORBIDDEN:NOT_ALLOWED_TO_REOPEN', SCOPE],
    OFFICIAL: ['FORBIDDEN:NOT_ALLOWED_TO_REOPEN', SCOPE],
    INSPECTOR: [READ_ONLY, READ_ONLY],
  }),
  row('mutation', 'requestEnrollment', ANON, {
    ADMIN: [ROLE, NA],
    HR: [ROLE, ROLE],
    UNIT_HEAD: ['BAD_USER_INPUT:OUTSIDE_PILOT_DATES', 'CONFLICT:UNIT_NOT_IN_PILOT'],
    OFFICIAL: ['BAD_USER_INPUT:OUTSIDE_PILOT_DATES', 'BAD_USER_INPUT:OUTSIDE_PILOT_DATES'],
    INSPECTOR: [ROLE, ROLE],
  }),
  row('mutation', 'requestWaiver', ANON, {
    ADMIN: [ROLE, NA],
    HR: ['FORBIDDEN:NOT_YOUR_EVALUATION', 'FORBIDDEN:NOT_YOUR_EVALUATION'],
    UNIT_HEAD: ['FORBIDDEN:NOT_YOUR_EVALUATION', 'FORBIDDEN:NOT_YOUR_EVALUATION'],
    OFFICIAL: ['BAD_USER_INPUT:NOT_COUNTED_ASSIGNMENT', 'FORBIDDEN:NOT_YOUR_EVALUATION'],
    INSPECTOR: [ROLE, ROLE],
  }),
  row('mutation', 'resetOfficialSecondFactor', ANON, {
    ADMIN: ['CONFLICT:SECOND_FACTOR_NOT_ENABLED', NA],
    HR: [ROLE, ROLE],
    UNIT_HEAD: [ROLE, ROLE],
    OFFICIAL: [ROLE, ROLE],
    INSPECTOR: [ROLE, ROLE],
  }),
  row('mutation', 'resumeEnrollment', ANON, { ADMIN: [STALE, NA], HR: [STALE, SCOPE], UNIT_HEAD: [STALE, SCOPE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'returnEvaluation', ANON, {
    ADMIN: ['FORBIDDEN:NOT_THE_EVALUATOR', NA],
    HR: ['FORBIDDEN:NOT_THE_EVALUATOR', SCOPE],
    UNIT_HEAD: [STALE, SCOPE],
    OFFICIAL: ['FORBIDDEN:SELF_EVALUATION', SCOPE],
    INSPECTOR: [READ_ONLY, READ_ONLY],
  }),
  row('mutation', 'reviewDeliverable', ANON, { ADMIN: [ROLE, NA], HR: [ROLE, ROLE], UNIT_HEAD: [DATA, SCOPE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'revokeActingEvaluator', ANON, {
    ADMIN: [DATA, NA],
    HR: [DATA, 'FORBIDDEN:NOT_ALLOWED_TO_APPOINT'],
    UNIT_HEAD: [DATA, 'FORBIDDEN:NOT_ALLOWED_TO_APPOINT'],
    OFFICIAL: [ROLE, ROLE],
    INSPECTOR: [ROLE, ROLE],
  }),
  row('mutation', 'scoreEvaluation', ANON, {
    ADMIN: ['FORBIDDEN:NOT_THE_EVALUATOR', NA],
    HR: ['FORBIDDEN:NOT_THE_EVALUATOR', SCOPE],
    UNIT_HEAD: [STALE, SCOPE],
    OFFICIAL: ['FORBIDDEN:SELF_EVALUATION', SCOPE],
    INSPECTOR: [READ_ONLY, READ_ONLY],
  }),
  row('mutation', 'sendTestSpotCheck', ANON, { ADMIN: [DATA, NA], HR: [ROLE, ROLE], UNIT_HEAD: [DATA, SCOPE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'setActingEvaluator', ANON, {
    ADMIN: [DATA, NA],
    HR: [DATA, 'FORBIDDEN:NOT_ALLOWED_TO_APPOINT'],
    UNIT_HEAD: [DATA, 'FORBIDDEN:NOT_ALLOWED_TO_APPOINT'],
    OFFICIAL: [ROLE, ROLE],
    INSPECTOR: [ROLE, ROLE],
  }),
  row('mutation', 'setCalendarDay', ANON, { ADMIN: [DATA, NA], HR: [DATA, CITY], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'setMyNotificationDelivery', ANON, {
    ADMIN: [MAIL_OFF, NA],
    HR: [MAIL_OFF, MAIL_OFF],
    UNIT_HEAD: [MAIL_OFF, MAIL_OFF],
    OFFICIAL: [MAIL_OFF, MAIL_OFF],
    INSPECTOR: [MAIL_OFF, MAIL_OFF],
  }),
  row('mutation', 'setPartyMemberExcellentShare', ANON, { ADMIN: [DATA, NA], HR: [STALE, SCOPE], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'setPasswordSignIn', ANON, { ADMIN: [SSO_OFF, NA], HR: [ROLE, ROLE], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'setPositionEligibility', ANON, {
    ADMIN: ['CONFLICT:NO_EXCEPTION', NA],
    HR: ['CONFLICT:NO_EXCEPTION', SCOPE],
    UNIT_HEAD: [ROLE, ROLE],
    OFFICIAL: [ROLE, ROLE],
    INSPECTOR: [ROLE, ROLE],
  }),
  row('mutation', 'signCommitment', ANON, {
    ADMIN: [ROLE, NA],
    HR: [ROLE, ROLE],
    UNIT_HEAD: [NOT_YOURS, NOT_YOURS],
    OFFICIAL: [SIGNING_OFF, NOT_YOURS],
    INSPECTOR: [ROLE, ROLE],
  }),
  row('mutation', 'signEvaluationRecord', ANON, {
    ADMIN: [ROLE, NA],
    HR: [NOT_A_SIGNER, NOT_A_SIGNER],
    UNIT_HEAD: [SIGNING_OFF, NOT_A_SIGNER],
    OFFICIAL: [SIGNING_OFF, NOT_A_SIGNER],
    INSPECTOR: [ROLE, ROLE],
  }),
  row('mutation', 'startAssignment', ANON, {
    ADMIN: ['FORBIDDEN:NOT_ASSIGNEE', NA],
    HR: ['FORBIDDEN:NOT_ASSIGNEE', SCOPE],
    UNIT_HEAD: ['FORBIDDEN:NOT_ASSIGNEE', SCOPE],
    OFFICIAL: ['CONFLICT:INVALID_TRANSITION', SCOPE],
    INSPECTOR: [READ_ONLY, READ_ONLY],
  }),
  row('mutation', 'startCitySignIn', SSO_OFF, {
    ADMIN: [SSO_OFF, NA],
    HR: [SSO_OFF, SSO_OFF],
    UNIT_HEAD: [SSO_OFF, SSO_OFF],
    OFFICIAL: [SSO_OFF, SSO_OFF],
    INSPECTOR: [SSO_OFF, SSO_OFF],
  }),
  row('mutation', 'startReportExport', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [DATA, SCOPE] }),
  row('mutation', 'submitDeliverable', ANON, {
    ADMIN: ['FORBIDDEN:NOT_ASSIGNEE', NA],
    HR: ['FORBIDDEN:NOT_ASSIGNEE', SCOPE],
    UNIT_HEAD: ['FORBIDDEN:NOT_ASSIGNEE', SCOPE],
    OFFICIAL: [DATA, SCOPE],
    INSPECTOR: [READ_ONLY, READ_ONLY],
  }),
  row('mutation', 'submitSelfAssessment', ANON, {
    ADMIN: ['FORBIDDEN:NOT_THE_OFFICIAL', NA],
    HR: ['FORBIDDEN:NOT_THE_OFFICIAL', SCOPE],
    UNIT_HEAD: ['FORBIDDEN:NOT_THE_OFFICIAL', SCOPE],
    OFFICIAL: [STALE, SCOPE],
    INSPECTOR: [READ_ONLY, READ_ONLY],
  }),
  row('mutation', 'suspendEnrollment', ANON, { ADMIN: [STALE, NA], HR: [STALE, SCOPE], UNIT_HEAD: [STALE, SCOPE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'unlockOfficial', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'updateAgency', ANON, { ADMIN: [STALE, NA], HR: [STALE, SCOPE], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'updateAssignment', ANON, { ADMIN: [ROLE, NA], HR: [ROLE, ROLE], UNIT_HEAD: [STALE, SCOPE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'updateCatalogueItem', ANON, { ADMIN: [STALE, NA], HR: [STALE, SCOPE], UNIT_HEAD: [STALE, SCOPE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'updateCriteriaTemplate', ANON, { ADMIN: [STALE, NA], HR: [STALE, CITY], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'updateEvaluationPeriod', ANON, { ADMIN: [STALE, NA], HR: [STALE, SCOPE], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'updateOfficial', ANON, { ADMIN: [STALE, NA], HR: [STALE, SCOPE], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'updatePilot', ANON, { ADMIN: [STALE, NA], HR: [STALE, SCOPE], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'updatePosition', ANON, { ADMIN: [STALE, NA], HR: [STALE, SCOPE], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'updateRetentionSettings', ANON, { ADMIN: [STALE, NA], HR: [ROLE, ROLE], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'updateUnit', ANON, { ADMIN: [STALE, NA], HR: [STALE, SCOPE], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('mutation', 'withdrawEnrollment', ANON, {
    ADMIN: [ROLE, NA],
    HR: [ROLE, ROLE],
    UNIT_HEAD: ['FORBIDDEN:NOT_YOURS', 'FORBIDDEN:NOT_YOURS'],
    OFFICIAL: ['FORBIDDEN:NOT_YOURS', 'FORBIDDEN:NOT_YOURS'],
    INSPECTOR: [ROLE, ROLE],
  }),

  // subscription
  row('subscription', 'evaluationJobProgress', 'UNAUTHENTICATED', {
    ADMIN: [DATA, NA],
    HR: [DATA, SCOPE],
    UNIT_HEAD: [ROLE, ROLE],
    OFFICIAL: [ROLE, ROLE],
    INSPECTOR: [DATA, SCOPE],
  }),
  row('subscription', 'notificationAdded', 'UNAUTHENTICATED', { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('subscription', 'reportExportProgress', 'UNAUTHENTICATED', {
    ADMIN: [DATA, NA],
    HR: [DATA, 'FORBIDDEN:NOT_YOUR_EXPORT'],
    UNIT_HEAD: [ROLE, ROLE],
    OFFICIAL: [ROLE, ROLE],
    INSPECTOR: ['FORBIDDEN:NOT_YOUR_EXPORT', 'FORBIDDEN:NOT_YOUR_EXPORT'],
  }),
  row('subscription', 'spotCheckPrompted', 'UNAUTHENTICATED', { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('subscription', 'unitOverviewChanged', 'UNAUTHENTICATED', {
    ADMIN: [DATA, NA],
    HR: [DATA, SCOPE],
    UNIT_HEAD: [DATA, SCOPE],
    OFFICIAL: [ROLE, ROLE],
    INSPECTOR: [DATA, SCOPE],
  }),

  // route
  row('route', 'GET / (dashboard)', DATA, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('route', 'GET /commitment-signatures/:signatureId/signed.pdf', ANON, {
    ADMIN: [DATA, NA],
    HR: [DATA, SCOPE],
    UNIT_HEAD: [DATA, SCOPE],
    OFFICIAL: [DATA, SCOPE],
    INSPECTOR: [DATA, SCOPE],
  }),
  row('route', 'GET /commitment-signatures/for-signing/:enrollmentId', ANON, {
    ADMIN: [DATA, NA],
    HR: [DATA, SCOPE],
    UNIT_HEAD: [DATA, SCOPE],
    OFFICIAL: [DATA, SCOPE],
    INSPECTOR: [DATA, SCOPE],
  }),
  row('route', 'GET /evaluation-archives/periods/:periodId/bundle.zip', ANON, {
    ADMIN: [DATA, NA],
    HR: [DATA, SCOPE],
    UNIT_HEAD: [ROLE, ROLE],
    OFFICIAL: [ROLE, ROLE],
    INSPECTOR: [ROLE, ROLE],
  }),
  row('route', 'GET /evaluation-sheets/:evaluationId', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [DATA, SCOPE], OFFICIAL: [DATA, SCOPE], INSPECTOR: [DATA, SCOPE] }),
  row('route', 'GET /evaluation-sheets/periods/:periodId/units/:unitId/sheets.zip', ANON, {
    ADMIN: [DATA, NA],
    HR: [DATA, SCOPE],
    UNIT_HEAD: [DATA, SCOPE],
    OFFICIAL: [ROLE, ROLE],
    INSPECTOR: [DATA, SCOPE],
  }),
  row('route', 'GET /evaluation-sheets/periods/:periodId/units/:unitId/summary', ANON, {
    ADMIN: [DATA, NA],
    HR: [DATA, SCOPE],
    UNIT_HEAD: [DATA, SCOPE],
    OFFICIAL: [ROLE, ROLE],
    INSPECTOR: [DATA, SCOPE],
  }),
  row('route', 'GET /evaluation-signatures/:signatureId/signed.pdf', ANON, {
    ADMIN: [DATA, NA],
    HR: [DATA, SCOPE],
    UNIT_HEAD: [DATA, SCOPE],
    OFFICIAL: [DATA, SCOPE],
    INSPECTOR: [DATA, SCOPE],
  }),
  row('route', 'GET /evaluation-signatures/for-signing/:evaluationId', ANON, {
    ADMIN: [ROLE, NA],
    HR: [NOT_A_SIGNER, NOT_A_SIGNER],
    UNIT_HEAD: [SIGNING_OFF, NOT_A_SIGNER],
    OFFICIAL: [SIGNING_OFF, NOT_A_SIGNER],
    INSPECTOR: [ROLE, ROLE],
  }),
  row('route', 'GET /files/:id', ANON, { ADMIN: [DATA, NA], HR: [DATA, SCOPE], UNIT_HEAD: [DATA, SCOPE], OFFICIAL: [DATA, SCOPE], INSPECTOR: [DATA, SCOPE] }),
  row('route', 'GET /health', DATA, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('route', 'GET /personal-data/me.zip', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [DATA, DATA] }),
  row('route', 'GET /personal-data/people/:id.zip', ANON, { ADMIN: [DATA, NA], HR: [ROLE, ROLE], UNIT_HEAD: [ROLE, ROLE], OFFICIAL: [ROLE, ROLE], INSPECTOR: [ROLE, ROLE] }),
  row('route', 'GET /report-exports/:id/file', ANON, {
    ADMIN: ['CONFLICT:REPORT_EXPORT_NOT_READY', NA],
    HR: ['CONFLICT:REPORT_EXPORT_NOT_READY', 'FORBIDDEN:NOT_YOUR_EXPORT'],
    UNIT_HEAD: [ROLE, ROLE],
    OFFICIAL: [ROLE, ROLE],
    INSPECTOR: ['FORBIDDEN:NOT_YOUR_EXPORT', 'FORBIDDEN:NOT_YOUR_EXPORT'],
  }),
  row('route', 'GET /report-exports/:id/manifest.json', ANON, {
    ADMIN: ['CONFLICT:REPORT_EXPORT_NOT_READY', NA],
    HR: ['CONFLICT:REPORT_EXPORT_NOT_READY', 'FORBIDDEN:NOT_YOUR_EXPORT'],
    UNIT_HEAD: [ROLE, ROLE],
    OFFICIAL: [ROLE, ROLE],
    INSPECTOR: ['FORBIDDEN:NOT_YOUR_EXPORT', 'FORBIDDEN:NOT_YOUR_EXPORT'],
  }),
  row('route', 'POST /files', ANON, { ADMIN: [DATA, NA], HR: [DATA, DATA], UNIT_HEAD: [DATA, DATA], OFFICIAL: [DATA, DATA], INSPECTOR: [READ_ONLY, READ_ONLY] }),
];
