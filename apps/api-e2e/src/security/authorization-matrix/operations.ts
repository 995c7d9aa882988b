import { World } from './world';

/**
 * The arguments each operation of the matrix is called with, built from the world's real ids (of
 * official@, unit CCVC, agency SNV). A write that carries an optimistic `version` gets a stale one
 * (STALE): the service checks the caller's scope before the version, so a caller in scope is
 * answered CONFLICT and one out of scope FORBIDDEN — both change nothing, and later cells still find
 * the world as it was. Writes without a version get real, harmless input (a draft, a far-future day).
 */
type Vars = (w: World, caller: string) => Record<string, unknown>;

const STALE = 999_999;
const REPORT = (w: World) => ({ pilotId: w.pilot, baseline: { from: '2025-07', to: '2025-12' }, period: { from: '2026-01', to: '2026-06' } });

/** Lists are filtered to official@'s records (or unit), so an out-of-scope caller's page is where a leak would show. */
export const QUERY_ARGS: Record<string, Vars> = {
  absences: (w) => ({ filter: { officialId: w.official } }),
  actingEvaluators: (w) => ({ unitId: w.unit }),
  agencies: () => ({}),
  agency: (w) => ({ id: w.agency }),
  annualGrade: (w) => ({ officialId: w.official, year: 2025 }),
  annualGradeHistory: (w) => ({ officialId: w.official }),
  assignment: (w) => ({ id: w.assignment }),
  assignments: (w) => ({ filter: { assigneeId: w.official }, first: 10 }),
  auditChainStatus: () => ({}),
  auditEvents: (w) => ({ filter: { actorId: w.official } }),
  calibration: (w) => ({ periodId: w.period, unitId: w.unit }),
  citizenServiceComparison: (w) => ({ input: { ...REPORT(w), unitId: w.unit } }),
  commitmentTexts: () => ({}),
  criteriaTemplate: (w) => ({ id: w.criteriaTemplate }),
  criteriaTemplates: () => ({}),
  dataAccesses: (w) => ({ filter: { subjectId: w.official } }),
  currentCommitmentText: () => ({}),
  enrollment: (w) => ({ id: w.enrollment }),
  enrollments: (w) => ({ filter: { officialId: w.official } }),
  evaluation: (w) => ({ id: w.evaluation }),
  evaluationCompletion: (w) => ({ periodId: w.period }),
  evaluationPeriod: (w) => ({ id: w.period }),
  evaluationPeriods: () => ({}),
  evaluationPeriodsOfUnit: (w) => ({ unitId: w.unit }),
  evaluationRecordSignatures: (w) => ({ evaluationId: w.publishedEvaluation }),
  evaluationSheet: (w) => ({ code: w.verificationCode }),
  evaluations: (w) => ({ filter: { officialId: w.official }, first: 5 }),
  grantableRoles: () => ({}),
  incomingDocuments: () => ({}),
  me: () => ({}),
  myDataAccesses: () => ({}),
  myEvaluations: () => ({ year: 2026 }),
  myNotificationPreference: () => ({}),
  myPresence: () => ({}),
  mySecondFactor: () => ({}),
  mySpotChecks: () => ({}),
  myWaivableDeductions: () => ({}),
  // official@'s: anyone else's is NOT_FOUND.
  notification: (w) => ({ id: w.notification }),
  notifications: () => ({}),
  official: (w) => ({ id: w.official }),
  officials: (w) => ({ filter: { unitId: w.unit } }),
  partyMemberExcellentShares: () => ({ year: 2026 }),
  pilot: (w) => ({ id: w.pilot }),
  pilotReport: (w) => ({ input: { ...REPORT(w), unitId: w.unit } }),
  pilots: () => ({}),
  positions: () => ({}),
  publishedCriteria: () => ({}),
  quotaPeriods: (w) => ({ agencyId: w.agency }),
  quotaStatus: (w) => ({ agencyId: w.agency, periodId: w.period }),
  ranks: () => ({}),
  reportExport: (w) => ({ id: w.reportExport }),
  retentionSettings: () => ({}),
  sessions: (w) => ({ officialId: w.victim }),
  signInOptions: () => ({}),
  spotCheckDraw: (w) => ({ unitId: w.unit, date: '2026-12-01' }),
  spotCheckFlags: (w) => ({ filter: { unitId: w.unit } }),
  spotChecks: (w) => ({ filter: { officialId: w.official } }),
  testSpotChecksEnabled: () => ({}),
  unit: (w) => ({ id: w.unit }),
  unitOverview: (w) => ({ unitId: w.unit }),
  unitPresence: (w) => ({ unitId: w.unit, date: '2026-12-01' }),
  units: () => ({}),
  unreadNotificationCount: () => ({}),
  waiverRequests: () => ({}),
  workCatalogue: (w) => ({ filter: { unitId: w.unit } }),
  workLogs: (w) => ({ filter: { officialId: w.official } }),
  workingCalendar: () => ({ year: 2026 }),
  workloadParity: (w) => ({ periodId: w.period, unitId: w.unit }),
};

export const MUTATION_ARGS: Record<string, Vars> = {
  addSpotCheckFollowUp: (w) => ({ input: { id: w.spotCheck, text: 'Đã gọi điện nhắc.' } }),
  answerSpotCheck: (w) => ({ input: { id: w.spotCheck, note: 'Đang soạn báo cáo.' } }),
  // A new secret, not yet on (HR and ADMIN, already enrolled, are refused: it would not replace theirs).
  beginTotpEnrolment: () => ({}),
  // Single sign-on is not configured in the test app: refused before any provider is asked.
  completeCitySignIn: () => ({ input: { callbackUrl: 'https://ketqua.example.vn/dang-nhap/thanh-pho?code=ma-tran&state=ma-tran', binding: 'm'.repeat(43) } }),
  completeSignIn: () => ({ input: { challengeToken: 'not-a-challenge', code: '000000' } }),
  confirmIncomingDocument: (w) => ({
    input: { id: w.incomingDocument, version: STALE, assigneeIds: [w.official], deadline: '2027-01-29T10:00:00.000Z', quantity: 1 },
  }),
  confirmTotpEnrolment: () => ({ input: { code: '000000' } }),
  disableSecondFactor: () => ({ input: { currentPassword: 'not-the-password', code: '000000' } }),
  dismissIncomingDocument: (w) => ({ input: { id: w.incomingDocument, version: STALE } }),
  // The document system is not configured in the test app: a typed refusal, nothing pulled.
  pullIncomingDocuments: () => ({}),
  // The password is checked first (as for disableSecondFactor): refused for every role, no code renewed.
  renewRecoveryCodes: () => ({ input: { currentPassword: 'not-the-password', code: '000000' } }),
  // The victim has no authenticator: nothing to reset (and the transaction ends their sessions only after).
  resetOfficialSecondFactor: (w) => ({ id: w.victim }),
  // Mail is not configured in the test app: the e-mail choices are refused, nothing changes.
  setMyNotificationDelivery: () => ({ input: { delivery: 'IMMEDIATE' } }),
  // Turning password sign-in off needs single sign-on configured: refused, nothing changes.
  setPasswordSignIn: () => ({ input: { enabled: false } }),
  signCommitment: (w) => ({ input: { enrollmentId: w.enrollment, fileId: w.file } }),
  signEvaluationRecord: (w) => ({ input: { evaluationId: w.publishedEvaluation, fileId: w.file } }),
  startCitySignIn: () => ({}),
  updateRetentionSettings: () => ({ input: { version: STALE, workLogDays: 400 } }),
  approveEvaluations: (w) => ({ input: { evaluations: [{ id: w.evaluation, version: STALE }] } }),
  // Each caller in scope cancels an absence of its own making; out of scope, hr@'s (still there: refusals run first).
  cancelAbsence: (w, caller) => ({ id: w.absences[caller] ?? w.absences['HR:in'] }),
  cancelAssignment: (w) => ({ input: { id: w.assignment, reason: 'Ma trận', version: STALE } }),
  changePassword: () => ({ input: { currentPassword: 'not-the-password-1', newPassword: 'Quartz-Nebula-Otter-7391' } }),
  createAgency: () => ({ input: { code: 'MATRIX', kind: 'WARD', name: 'Phường Ma Trận', validFrom: '2027-01-01' } }),
  createAssignment: (w) => ({
    input: { assigneeIds: [w.official], attachmentIds: [], deadline: '2027-03-01T10:00:00.000Z', description: 'Ma trận', quantity: 1, title: 'Nhiệm vụ ma trận' },
  }),
  createCatalogueItem: (w) => ({ input: { code: 'MATRIX', coefficient: 1, name: 'Mục ma trận', unitId: w.unit, unitOfMeasure: 'bản' } }),
  createCriteriaTemplate: () => ({ input: { code: 'MATRIX', name: 'Bộ tiêu chí ma trận', regime: 'CONG_CHUC', effectiveFrom: '2027-01-01' } }),
  createEvaluationPeriod: (w) => ({
    input: {
      agencyId: w.agency,
      kind: 'MONTH',
      year: 2027,
      number: 1,
      cutOffAt: '2027-02-01T10:00:00.000Z',
      selfAssessmentUntil: '2027-02-03',
      headScoringUntil: '2027-02-05',
      publishUntil: '2027-02-08',
    },
  }),
  createOfficial: (w) => ({
    input: { email: 'matrix.new@demo.ketqua.vn', fullName: 'Người Ma Trận', staffCategory: 'CONG_CHUC', role: 'OFFICIAL', cityScope: false, isLeader: false, unitId: w.unit },
  }),
  createPilot: (w) => ({ input: { name: 'Thí điểm ma trận', decisionNumber: '1/QĐ-MT', startDate: '2027-01-04', endDate: '2027-06-30', unitIds: [w.unit] } }),
  createPosition: (w) => ({
    input: { agencyId: w.agency, code: 'MATRIX', name: 'Vị trí ma trận', handlesAdministrativeProcedures: false, issuesDecisions: false, receivesCitizens: false },
  }),
  createRank: () => ({ input: { code: 'MATRIX', name: 'Ngạch ma trận', staffCategory: 'CONG_CHUC' } }),
  createUnit: (w) => ({ input: { agencyId: w.agency, code: 'MATRIX', name: 'Phòng ma trận' } }),
  deactivateAgency: (w) => ({ id: w.agency, lastDay: '2000-01-01' }),
  deactivateOfficial: (w) => ({ id: w.victim }),
  deactivateUnit: (w) => ({ id: w.unit }),
  decideEnrollment: (w) => ({ input: { id: w.enrollment, approve: true, version: STALE } }),
  decideSpotCheckFlag: (w) => ({ input: { id: w.spotCheck, decision: 'KEEP', reason: 'Ma trận', version: STALE } }),
  decideWaiver: (w) => ({ input: { id: w.waiver, confirm: true, version: STALE } }),
  endAllSessions: (w) => ({ officialId: w.victim }),
  endEnrollment: (w) => ({ input: { id: w.enrollment, reason: 'Ma trận', version: STALE } }),
  endSession: (w) => ({ id: w.victimSession }),
  excuseSpotCheck: (w) => ({ input: { id: w.spotCheck, text: 'Ma trận' } }),
  extendAssignmentDeadline: (w) => ({ input: { id: w.assignment, deadline: '2027-03-01T10:00:00.000Z', reason: 'Ma trận', version: STALE } }),
  importAssignments: () => ({ input: { csv: 'x' } }),
  importCitizenService: () => ({ input: { csv: 'x' } }),
  importOfficials: (w) => ({ input: { agencyId: w.agency, csv: 'x' } }),
  issueTemporaryPassword: (w) => ({ id: w.victim }),
  loadCalendarYear: () => ({ year: 2099 }),
  logWork: (w) => ({ input: { assignmentId: w.assignment, minutes: 1, note: 'Ma trận', workDate: '2026-11-30' } }),
  login: () => ({ input: { email: 'nobody@demo.ketqua.vn', password: 'not-the-password-1' } }),
  logout: () => ({}),
  markAllNotificationsRead: () => ({}),
  markNotificationsRead: () => ({ input: { all: true } }),
  openEvaluationPeriod: (w) => ({ id: w.period, version: STALE }),
  publishCommitmentText: () => ({
    input: { title: 'Cam kết ma trận', body: 'Tôi cam kết hoàn thành nhiệm vụ được giao đúng hạn, bảo đảm chất lượng và an toàn thông tin khi làm việc tại nhà.' },
  }),
  publishCriteriaTemplate: (w) => ({ input: { id: w.criteriaTemplate, version: STALE } }),
  publishEvaluations: (w) => ({ input: { evaluations: [{ id: w.evaluation, version: STALE }] } }),
  reactivateOfficial: (w) => ({ id: w.victim }),
  recordAbsence: (w) => ({ input: { officialId: w.official, kind: 'SICK', startDate: '2027-12-20', endDate: '2027-12-21' } }),
  recordObjectiveCause: (w) => ({ input: { assignmentId: w.assignment, cause: 'Ma trận', confirmedBy: 'Ma trận', deadlineId: w.official } }),
  recordQuotaException: (w) => ({
    input: {
      agencyId: w.agency,
      periodId: w.period,
      extraExcellent: 1,
      decisionDocument: '1/QĐ-MT',
      grantedBy: 'Giám đốc Sở',
      reason: 'Ngoại lệ của ma trận phân quyền',
      regime: 'CONG_CHUC',
      rule: 'PERCENT_OF_GOOD',
      scopeKind: 'AGENCY',
    },
  }),
  refreshSession: () => ({ input: { refreshToken: 'not-a-refresh-token' } }),
  remindEvaluations: (w) => ({ input: { periodId: w.period, stage: 'HEAD_SCORING', unitIds: [w.unit] } }),
  removeCalendarDay: () => ({ date: '2099-01-01' }),
  reopenEvaluation: (w) => ({ input: { id: w.publishedEvaluation, reason: 'Ma trận', version: STALE } }),
  requestEnrollment: (w) => ({
    input: {
      pilotId: w.pilot,
      acceptCommitment: true,
      commitmentVersion: STALE,
      startDate: '2027-01-04',
      endDate: '2027-02-26',
      weekdays: [2],
      hasComputer: true,
      hasInternet: true,
      hasPhone: true,
      hasPrinter: true,
    },
  }),
  requestWaiver: (w) => ({
    input: { assignmentId: w.assignment, evaluationId: w.evaluation, kind: 'MISSED_DEADLINE', cause: 'Nguyên nhân khách quan của ma trận', reference: 'Ma trận' },
  }),
  resumeEnrollment: (w) => ({ input: { id: w.enrollment, version: STALE } }),
  returnEvaluation: (w) => ({ input: { id: w.evaluation, reason: 'Ma trận', version: STALE } }),
  reviewDeliverable: (w) => ({ input: { deliverableId: w.submittedDeliverable, decision: 'RETURNED', majorError: false, comment: 'Cần bổ sung số liệu.' } }),
  revokeActingEvaluator: (w) => ({ id: w.acting }),
  scoreEvaluation: (w) => ({ input: { id: w.evaluation, generalScores: [], version: STALE } }),
  sendTestSpotCheck: (w) => ({ officialId: w.official }),
  setActingEvaluator: (w) => ({ input: { unitId: w.unit, actingUserId: w.colleague, decisionDocument: '1/QĐ-MT', startsOn: '2027-01-04', endsOn: '2027-01-08' } }),
  setCalendarDay: () => ({ input: { date: '2099-01-01', kind: 'HOLIDAY', name: 'Ngày ma trận', document: '1/QĐ-MT' } }),
  setPartyMemberExcellentShare: (w) => ({ input: { agencyId: w.agency, year: 2099, percent: 10, version: STALE } }),
  setPositionEligibility: (w) => ({ input: { pilotId: w.pilot, positionId: w.position, exception: false, reason: 'Lý do của ma trận phân quyền' } }),
  startAssignment: (w) => ({ id: w.assignment }),
  startReportExport: (w) => ({ input: { format: 'CSV', pilotReport: { ...REPORT(w), unitId: w.unit } } }),
  // A second assignment of official@'s: the first stays IN_PROGRESS for the other writes.
  submitDeliverable: (w) => ({ input: { assignmentId: w.secondAssignment, fileIds: [], links: ['https://vanban.example.vn/ma-tran'], note: 'Ma trận' } }),
  submitSelfAssessment: (w) => ({ input: { id: w.selfEvaluation, selfScores: [], text: 'Ma trận', version: STALE } }),
  suspendEnrollment: (w) => ({ input: { id: w.enrollment, reason: 'Ma trận', version: STALE } }),
  unlockOfficial: (w) => ({ id: w.victim }),
  updateAgency: (w) => ({ input: { id: w.agency, version: STALE } }),
  updateAssignment: (w) => ({ input: { id: w.assignment, version: STALE } }),
  updateCatalogueItem: (w) => ({ input: { id: w.catalogueItem, version: STALE } }),
  updateCriteriaTemplate: (w) => ({ input: { id: w.criteriaTemplate, version: STALE } }),
  updateEvaluationPeriod: (w) => ({ input: { id: w.period, version: STALE } }),
  updateOfficial: (w) => ({ input: { id: w.victim, version: STALE } }),
  updatePilot: (w) => ({ input: { id: w.pilot, version: STALE } }),
  updatePosition: (w) => ({ input: { id: w.position, version: STALE } }),
  updateUnit: (w) => ({ input: { id: w.unit, version: STALE } }),
  withdrawEnrollment: (w) => ({ input: { id: w.pendingEnrollment, version: STALE } }),
};

export const SUBSCRIPTION_ARGS: Record<string, Vars> = {
  evaluationJobProgress: (w) => ({ periodId: w.period }),
  notificationAdded: () => ({}),
  reportExportProgress: (w) => ({ id: w.reportExport }),
  spotCheckPrompted: () => ({}),
  unitOverviewChanged: (w) => ({ unitId: w.unit }),
};

/** Every HTTP route the API serves, as a request built from the world. */
export interface RouteCall {
  method: 'GET' | 'POST';
  path: (w: World) => string;
  body?: Buffer;
}

export const ROUTE_CALLS: Record<string, RouteCall> = {
  'GET /health': { method: 'GET', path: () => '/health' },
  'GET / (dashboard)': { method: 'GET', path: () => '/tong-quan-don-vi' },
  'POST /files': { method: 'POST', path: () => '/files?name=ma-tran.txt', body: Buffer.from('ma trận phân quyền') },
  'GET /files/:id': { method: 'GET', path: (w) => `/files/${w.file}` },
  'GET /report-exports/:id/file': { method: 'GET', path: (w) => `/report-exports/${w.reportExport}/file` },
  'GET /report-exports/:id/manifest.json': { method: 'GET', path: (w) => `/report-exports/${w.reportExport}/manifest.json` },
  'GET /evaluation-sheets/:evaluationId': { method: 'GET', path: (w) => `/evaluation-sheets/${w.publishedEvaluation}` },
  'GET /evaluation-sheets/periods/:periodId/units/:unitId/summary': { method: 'GET', path: (w) => `/evaluation-sheets/periods/${w.publishedPeriod}/units/${w.unit}/summary` },
  'GET /evaluation-signatures/for-signing/:evaluationId': { method: 'GET', path: (w) => `/evaluation-signatures/for-signing/${w.publishedEvaluation}` },
  'GET /evaluation-signatures/:signatureId/signed.pdf': { method: 'GET', path: (w) => `/evaluation-signatures/${w.signature}/signed.pdf` },
  'GET /commitment-signatures/for-signing/:enrollmentId': { method: 'GET', path: (w) => `/commitment-signatures/for-signing/${w.enrollment}` },
  'GET /commitment-signatures/:signatureId/signed.pdf': { method: 'GET', path: (w) => `/commitment-signatures/${w.commitmentSignature}/signed.pdf` },
  'GET /evaluation-archives/periods/:periodId/bundle.zip': { method: 'GET', path: (w) => `/evaluation-archives/periods/${w.closedPeriod}/bundle.zip` },
  'GET /personal-data/me.zip': { method: 'GET', path: () => '/personal-data/me.zip' },
  // With the reason an administrator must give; without it the answer is BAD_USER_INPUT (privacy/personal-data.spec.ts).
  'GET /personal-data/people/:id.zip': { method: 'GET', path: (w) => `/personal-data/people/${w.official}.zip?reason=${encodeURIComponent('Phiếu yêu cầu 1/MT')}` },
  'GET /evaluation-sheets/periods/:periodId/units/:unitId/sheets.zip': { method: 'GET', path: (w) => `/evaluation-sheets/periods/${w.publishedPeriod}/units/${w.unit}/sheets.zip` },
};
