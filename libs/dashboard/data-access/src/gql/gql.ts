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
    "\n  mutation ChangeAccountRole($input: UpdateOfficialInput!) {\n    updateOfficial(input: $input) {\n      ...AccountRow\n    }\n  }\n": typeof types.ChangeAccountRoleDocument,
    "\n  mutation IssueTemporaryPassword($id: ID!) {\n    issueTemporaryPassword(id: $id) {\n      temporaryPassword\n      official {\n        ...AccountRow\n      }\n    }\n  }\n": typeof types.IssueTemporaryPasswordDocument,
    "\n  mutation UnlockAccount($id: ID!) {\n    unlockOfficial(id: $id) {\n      ...AccountRow\n    }\n  }\n": typeof types.UnlockAccountDocument,
    "\n  mutation DeactivateAccount($id: ID!) {\n    deactivateOfficial(id: $id) {\n      ...AccountRow\n    }\n  }\n": typeof types.DeactivateAccountDocument,
    "\n  mutation ReactivateAccount($id: ID!) {\n    reactivateOfficial(id: $id) {\n      ...AccountRow\n    }\n  }\n": typeof types.ReactivateAccountDocument,
    "\n  query Accounts($filter: OfficialFilter, $after: String) {\n    officials(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AccountRow\n        }\n      }\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  fragment AccountRow on Official {\n    id\n    fullName\n    email\n    role\n    cityScope\n    active\n    hasPassword\n    mustChangePassword\n    lockedUntil\n    lastLoginAt\n    version\n    manageable\n    unit {\n      id\n      name\n    }\n    agency {\n      id\n      name\n    }\n  }\n": typeof types.AccountRowFragmentDoc,
    "\n  query GrantableRoles {\n    grantableRoles\n  }\n": typeof types.GrantableRolesDocument,
    "\n  query AccountAgencies {\n    agencies(first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AccountAgenciesDocument,
    "\n  query AuditEvents($filter: AuditEventFilter, $after: String) {\n    auditEvents(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          seq\n          occurredAt\n          action\n          entityType\n          entityId\n          data\n          hash\n          prevHash\n          actorId\n          actor {\n            id\n            fullName\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditChainStatus {\n    auditChainStatus {\n      ok\n      eventsChecked\n      brokenAtSeq\n      brokenReason\n      headSeq\n      headHash\n      verifiedAt\n    }\n  }\n": typeof types.AuditChainStatusDocument,
    "\n  query AuditActors($search: String) {\n    officials(filter: { search: $search, includeInactive: true }, first: 20) {\n      edges {\n        node {\n          id\n          fullName\n          email\n        }\n      }\n    }\n  }\n": typeof types.AuditActorsDocument,
    "\n  query AccountSessions($officialId: ID!) {\n    sessions(officialId: $officialId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          lastUsedAt\n          userAgent\n          ipAddress\n          current\n        }\n      }\n    }\n  }\n": typeof types.AccountSessionsDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id) {\n      id\n    }\n  }\n": typeof types.EndSessionDocument,
    "\n  mutation EndAllSessions($officialId: ID!) {\n    endAllSessions(officialId: $officialId)\n  }\n": typeof types.EndAllSessionsDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionPayload\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query SessionPing {\n    unreadNotificationCount\n  }\n": typeof types.SessionPingDocument,
    "\n  fragment NextPage on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": typeof types.NextPageFragmentDoc,
    "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      ...SessionPayload\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  fragment SessionPayload on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      fullName\n      email\n      role\n      unitId\n      cityScope\n      mustChangePassword\n      agency {\n        id\n      }\n    }\n  }\n": typeof types.SessionPayloadFragmentDoc,
    "\n  mutation CreateCriteriaTemplate($input: CreateCriteriaTemplateInput!) {\n    createCriteriaTemplate(input: $input) {\n      ...CriteriaTemplateFields\n    }\n  }\n": typeof types.CreateCriteriaTemplateDocument,
    "\n  query CriteriaPositions {\n    positions(first: 200) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.CriteriaPositionsDocument,
    "\n  fragment CriteriaTemplateFields on CriteriaTemplate {\n    id\n    code\n    versionNo\n    name\n    regime\n    positionIds\n    status\n    effectiveFrom\n    taskCombination {\n      quantity\n      quality\n      progress\n    }\n    generalCriteria {\n      code\n      label\n      maxPoints\n    }\n    leaderUnitWeightPercent\n    ruleSetVersion\n    publishedAt\n    version\n  }\n": typeof types.CriteriaTemplateFieldsFragmentDoc,
    "\n  query CriteriaTemplates($first: Int, $after: String) {\n    criteriaTemplates(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CriteriaTemplateFields\n        }\n      }\n    }\n  }\n": typeof types.CriteriaTemplatesDocument,
    "\n  mutation PublishCriteriaTemplate($input: PublishCriteriaTemplateInput!) {\n    publishCriteriaTemplate(input: $input) {\n      ...CriteriaTemplateFields\n    }\n  }\n": typeof types.PublishCriteriaTemplateDocument,
    "\n  query PublishedCriteria($date: LocalDate) {\n    publishedCriteria(date: $date) {\n      regime\n      regimeNameVi\n      regimeNameEn\n      templateId\n      templateCode\n      templateName\n      templateVersionNo\n      positionIds\n      ruleSetVersion\n      effectiveFrom\n      taskMaxPoints\n      generalMaxPoints\n      taskCombination {\n        quantity\n        quality\n        progress\n      }\n      generalCriteria {\n        code\n        label\n        maxPoints\n      }\n      bands {\n        minScore\n        grade\n        nameVi\n        nameEn\n      }\n      rules {\n        key\n        vi\n        en\n      }\n    }\n  }\n": typeof types.PublishedCriteriaDocument,
    "\n  mutation UpdateCriteriaTemplate($input: UpdateCriteriaTemplateInput!) {\n    updateCriteriaTemplate(input: $input) {\n      ...CriteriaTemplateFields\n    }\n  }\n": typeof types.UpdateCriteriaTemplateDocument,
    "\n  mutation CreateEvaluationPeriod($input: CreateEvaluationPeriodInput!) {\n    createEvaluationPeriod(input: $input) {\n      ...EvaluationPeriodRow\n    }\n  }\n": typeof types.CreateEvaluationPeriodDocument,
    "\n  subscription EvaluationJobProgress($periodId: ID!) {\n    evaluationJobProgress(periodId: $periodId) {\n      periodId\n      status\n      jobStatus\n      jobDone\n      jobTotal\n      jobError\n    }\n  }\n": typeof types.EvaluationJobProgressDocument,
    "\n  fragment EvaluationPeriodRow on EvaluationPeriod {\n    id\n    kind\n    year\n    number\n    name\n    startsOn\n    endsOn\n    status\n    selfAssessmentUntil\n    headScoringUntil\n    publishUntil\n    cutOffAt\n    factsFrozenAt\n    jobStatus\n    jobTotal\n    jobDone\n    jobError\n    version\n    agency {\n      id\n      name\n    }\n  }\n": typeof types.EvaluationPeriodRowFragmentDoc,
    "\n  query EvaluationPeriodBoard($id: ID!) {\n    evaluationPeriod(id: $id) {\n      ...EvaluationPeriodRow\n    }\n    evaluationCompletion(periodId: $id) {\n      totals {\n        total\n        noSelfAssessment\n        noHeadScore\n        notApproved\n        notPublished\n      }\n      units {\n        unitId\n        unitName\n        agencyId\n        total\n        noSelfAssessment\n        noHeadScore\n        notApproved\n        notPublished\n      }\n    }\n  }\n": typeof types.EvaluationPeriodBoardDocument,
    "\n  query EvaluationPeriods {\n    evaluationPeriods(first: 100) {\n      edges {\n        node {\n          ...EvaluationPeriodRow\n        }\n      }\n    }\n  }\n": typeof types.EvaluationPeriodsDocument,
    "\n  mutation OpenEvaluationPeriod($id: ID!, $version: Int!) {\n    openEvaluationPeriod(id: $id, version: $version) {\n      ...EvaluationPeriodRow\n    }\n  }\n": typeof types.OpenEvaluationPeriodDocument,
    "\n  query PeriodAgencies {\n    agencies(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PeriodAgenciesDocument,
    "\n  mutation RemindEvaluations($input: RemindEvaluationsInput!) {\n    remindEvaluations(input: $input) {\n      recipients\n      evaluations\n    }\n  }\n": typeof types.RemindEvaluationsDocument,
    "\n  query Calibration($periodId: ID!, $unitId: ID!) {\n    calibration(periodId: $periodId, unitId: $unitId) {\n      meanGapPoints\n      minScored\n      unitScores {\n        count\n        mean\n        median\n        min\n        max\n      }\n      unitGrades {\n        excellent\n        good\n        complete\n        incomplete\n      }\n      scorers {\n        scorer {\n          id\n          fullName\n        }\n        scores {\n          count\n          mean\n          median\n          min\n          max\n        }\n        grades {\n          excellent\n          good\n          complete\n          incomplete\n        }\n        meanGap\n        flag\n      }\n    }\n  }\n": typeof types.CalibrationDocument,
    "\n  query QuotaAgencies {\n    agencies(first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.QuotaAgenciesDocument,
    "\n  query QuotaUnits($agencyId: ID) {\n    units(first: 200, filter: { agencyId: $agencyId }) {\n      edges {\n        node {\n          id\n          name\n          agencyId\n        }\n      }\n    }\n  }\n": typeof types.QuotaUnitsDocument,
    "\n  query QuotaPeriods($agencyId: ID!) {\n    quotaPeriods(agencyId: $agencyId) {\n      id\n      name\n      year\n      status\n    }\n  }\n": typeof types.QuotaPeriodsDocument,
    "\n  query QuotaStatus($agencyId: ID!, $periodId: ID!, $group: String) {\n    quotaStatus(agencyId: $agencyId, periodId: $periodId, group: $group) {\n      agencyId\n      periodId\n      year\n      excellentMaxPercentOfGood\n      withinQuota\n      scopes {\n        kind\n        rule\n        regime\n        taskGroup\n        excellent\n        good\n        classified\n        maxExcellent\n        exceptionExtra\n        allowedExcellent\n        excess\n        withinQuota\n        partyMemberExcellentPercent\n        reason\n      }\n      wouldBreak {\n        evaluationId\n        official {\n          id\n          fullName\n        }\n        taskGroup\n        status\n        score\n        breaksAlone\n      }\n      reconsider {\n        evaluationId\n        official {\n          id\n          fullName\n        }\n        taskGroup\n        score\n      }\n      exceptions {\n        id\n        scopeKind\n        regime\n        taskGroup\n        rule\n        extraExcellent\n        reason\n        grantedBy\n        decisionDocument\n      }\n    }\n  }\n": typeof types.QuotaStatusDocument,
    "\n  mutation RecordQuotaException($input: RecordQuotaExceptionInput!) {\n    recordQuotaException(input: $input) {\n      id\n      extraExcellent\n    }\n  }\n": typeof types.RecordQuotaExceptionDocument,
    "\n  query WorkloadParity($periodId: ID!, $unitId: ID!) {\n    workloadParity(periodId: $periodId, unitId: $unitId) {\n      officeAverage\n      officeCount\n      thresholdPercent\n      home {\n        official {\n          id\n          fullName\n        }\n        workload\n        belowAveragePercent\n        flagged\n      }\n    }\n  }\n": typeof types.WorkloadParityDocument,
    "\n  query EvaluationSheet($code: String!) {\n    evaluationSheet(code: $code) {\n      code\n      evaluationId\n      officialName\n      unitName\n      agencyName\n      periodName\n      periodStartsOn\n      periodEndsOn\n      regime\n      grade\n      gradeLabel {\n        vi\n        en\n      }\n      score\n      revision\n      publishedAt\n      latestRevision\n      isLatestRevision\n      reopened\n      ruleSetVersion\n    }\n  }\n": typeof types.EvaluationSheetDocument,
    "\n  mutation DecideWaiver($input: DecideWaiverInput!) {\n    decideWaiver(input: $input) {\n      id\n      status\n      version\n      decisionNote\n    }\n  }\n": typeof types.DecideWaiverDocument,
    "\n  mutation RequestWaiver($input: RequestWaiverInput!) {\n    requestWaiver(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RequestWaiverDocument,
    "\n  query WaivableDeductions {\n    myWaivableDeductions {\n      evaluationId\n      periodName\n      evaluationStatus\n      assignments {\n        assignmentId\n        title\n        deductions {\n          kind\n          reference\n        }\n      }\n    }\n  }\n": typeof types.WaivableDeductionsDocument,
    "\n  query WaiverRequests($filter: WaiverFilter) {\n    waiverRequests(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          kind\n          reference\n          cause\n          status\n          assignmentTitle\n          periodName\n          evaluationStatus\n          decisionNote\n          requestedAt\n          attachment {\n            id\n            name\n            url\n          }\n          requestedBy {\n            id\n            fullName\n          }\n          decidedBy {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": typeof types.WaiverRequestsDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    title {\n      vi\n      en\n    }\n    body {\n      vi\n      en\n    }\n    data\n    subject {\n      kind\n      id\n    }\n    readAt\n    handledAt\n    createdAt\n  }\n": typeof types.NotificationItemFragmentDoc,
    "\n  query MyNotifications($first: Int!) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      edges {\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  query OrgAgencies($first: Int!, $search: String) {\n    agencies(first: $first, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.OrgAgenciesDocument,
    "\n  query OrgUnits($agencyId: ID!, $first: Int!, $after: String) {\n    units(filter: { agencyId: $agencyId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...NextPage\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          parentId\n          officialCount\n          head {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrgUnitsDocument,
    "\n  query UnitOfficials($filter: OfficialFilter!, $first: Int!, $after: String) {\n    officials(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...NextPage\n      }\n      edges {\n        node {\n          id\n          fullName\n          email\n          role\n          isLeader\n          active\n          staffCategory\n          unit {\n            id\n            name\n          }\n          position {\n            id\n            name\n          }\n          rank {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.UnitOfficialsDocument,
    "\n  mutation RecordAbsence($input: RecordAbsenceInput!) {\n    recordAbsence(input: $input) {\n      id\n      kind\n      startDate\n      endDate\n    }\n  }\n": typeof types.RecordAbsenceDocument,
    "\n  mutation CancelAbsence($id: ID!) {\n    cancelAbsence(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n": typeof types.CancelAbsenceDocument,
    "\n  query Absences($filter: AbsenceFilter) {\n    absences(filter: $filter, first: 50) {\n      edges {\n        node {\n          id\n          kind\n          startDate\n          endDate\n          note\n          cancelledAt\n          official {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": typeof types.AbsencesDocument,
    "\n  mutation SetCalendarDay($input: SetCalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      ...WorkingCalendarYearView\n    }\n  }\n": typeof types.SetCalendarDayDocument,
    "\n  mutation RemoveCalendarDay($date: LocalDate!) {\n    removeCalendarDay(date: $date) {\n      ...WorkingCalendarYearView\n    }\n  }\n": typeof types.RemoveCalendarDayDocument,
    "\n  mutation LoadCalendarYear($year: Int!) {\n    loadCalendarYear(year: $year) {\n      ...WorkingCalendarYearView\n    }\n  }\n": typeof types.LoadCalendarYearDocument,
    "\n  fragment CommitmentTextView on CommitmentText {\n    id\n    version\n    title\n    body\n    bodyEn\n    publishedAt\n  }\n": typeof types.CommitmentTextViewFragmentDoc,
    "\n  query CommitmentTexts {\n    commitmentTexts {\n      ...CommitmentTextView\n    }\n  }\n": typeof types.CommitmentTextsDocument,
    "\n  mutation CreatePilot($input: CreatePilotInput!) {\n    createPilot(input: $input) {\n      ...PilotDetails\n    }\n  }\n": typeof types.CreatePilotDocument,
    "\n  fragment EnrollmentRow on Enrollment {\n    id\n    version\n    status\n    weekdays\n    startDate\n    endDate\n    requestedAt\n    decidedAt\n    decisionReason\n    suspendReason\n    endReason\n    commitmentVersion\n    commitmentAcceptedAt\n    hasComputer\n    hasPhone\n    hasPrinter\n    hasInternet\n    note\n    pilotId\n    official {\n      id\n      fullName\n      position {\n        id\n        name\n      }\n    }\n    unit {\n      id\n      name\n    }\n  }\n": typeof types.EnrollmentRowFragmentDoc,
    "\n  fragment EnrollmentCap on Enrollment {\n    id\n    capCheck {\n      ok\n      homeDaysPerWeek\n      maxHomeDaysPerWeek\n      violations {\n        kind\n        weekday\n        firstDate\n      }\n      weekdays {\n        weekday\n        affected\n        homeCount\n        total\n        sharePercent\n        capPercent\n        maxHome\n        onSiteCount\n        minOnSite\n        breaksCap\n        breaksMinOnSite\n        breakingDates\n      }\n    }\n  }\n": typeof types.EnrollmentCapFragmentDoc,
    "\n  mutation RequestEnrollment($input: RequestEnrollmentInput!) {\n    requestEnrollment(input: $input) {\n      ...EnrollmentRow\n    }\n  }\n": typeof types.RequestEnrollmentDocument,
    "\n  mutation DecideEnrollment($input: DecideEnrollmentInput!) {\n    decideEnrollment(input: $input) {\n      ...EnrollmentRow\n    }\n  }\n": typeof types.DecideEnrollmentDocument,
    "\n  mutation SuspendEnrollment($input: ChangeEnrollmentInput!) {\n    suspendEnrollment(input: $input) {\n      ...EnrollmentRow\n    }\n  }\n": typeof types.SuspendEnrollmentDocument,
    "\n  mutation ResumeEnrollment($input: ResumeEnrollmentInput!) {\n    resumeEnrollment(input: $input) {\n      ...EnrollmentRow\n    }\n  }\n": typeof types.ResumeEnrollmentDocument,
    "\n  mutation EndEnrollment($input: ChangeEnrollmentInput!) {\n    endEnrollment(input: $input) {\n      ...EnrollmentRow\n    }\n  }\n": typeof types.EndEnrollmentDocument,
    "\n  mutation WithdrawEnrollment($input: WithdrawEnrollmentInput!) {\n    withdrawEnrollment(input: $input) {\n      ...EnrollmentRow\n    }\n  }\n": typeof types.WithdrawEnrollmentDocument,
    "\n  query Enrollments($filter: EnrollmentFilter, $withCap: Boolean!) {\n    enrollments(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...EnrollmentRow\n          ...EnrollmentCap @include(if: $withCap)\n        }\n      }\n    }\n  }\n": typeof types.EnrollmentsDocument,
    "\n  query HomeWork {\n    myPresence {\n      date\n      status\n      holidayName\n      absenceKind\n    }\n    currentCommitmentText {\n      ...CommitmentTextView\n    }\n    pilots(first: 20) {\n      edges {\n        node {\n          ...PilotDetails\n        }\n      }\n    }\n    enrollments(first: 20) {\n      edges {\n        node {\n          ...EnrollmentRow\n        }\n      }\n    }\n  }\n": typeof types.HomeWorkDocument,
    "\n  fragment PilotDetails on Pilot {\n    id\n    version\n    name\n    decisionNumber\n    startDate\n    endDate\n    phase\n    maxHomeSharePercent\n    minOnSite\n    maxHomeDaysPerWeek\n    sampleRatePercent\n    answerWindowMinutes\n    coreHours {\n      start\n      end\n    }\n    unitIds\n    units {\n      id\n      name\n      agencyId\n    }\n    agencies {\n      id\n      name\n    }\n  }\n": typeof types.PilotDetailsFragmentDoc,
    "\n  query PilotPositions($id: ID!) {\n    pilot(id: $id) {\n      id\n      positions {\n        eligible\n        officialCount\n        reasons\n        position {\n          id\n          code\n          name\n          agencyId\n        }\n        exception {\n          id\n          reason\n          grantedAt\n        }\n      }\n    }\n  }\n": typeof types.PilotPositionsDocument,
    "\n  query PilotUnitChoices {\n    units(first: 200) {\n      edges {\n        node {\n          id\n          name\n          parentId\n          agency {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PilotUnitChoicesDocument,
    "\n  query Pilots {\n    pilots(first: 100) {\n      edges {\n        node {\n          ...PilotDetails\n        }\n      }\n    }\n  }\n": typeof types.PilotsDocument,
    "\n  mutation PublishCommitmentText($input: PublishCommitmentTextInput!) {\n    publishCommitmentText(input: $input) {\n      ...CommitmentTextView\n    }\n  }\n": typeof types.PublishCommitmentTextDocument,
    "\n  query ServerToday {\n    myPresence {\n      date\n    }\n  }\n": typeof types.ServerTodayDocument,
    "\n  mutation SetPositionEligibility($input: SetPositionEligibilityInput!) {\n    setPositionEligibility(input: $input) {\n      eligible\n      position {\n        id\n      }\n      exception {\n        id\n        reason\n      }\n    }\n  }\n": typeof types.SetPositionEligibilityDocument,
    "\n  query SpotCheckDraw($unitId: ID!, $date: LocalDate!) {\n    spotCheckDraw(unitId: $unitId, date: $date) {\n      id\n      algorithm\n      unitId\n      date\n      commitment\n      drawnAt\n      revealedAt\n      seed\n      k\n      roster\n      rosterHash\n      rosterMembers {\n        id\n        fullName\n      }\n      parameters {\n        sampleRateBasisPoints\n        answerWindowMinutes\n        coreHours {\n          start\n          end\n        }\n      }\n      picks {\n        order\n        officialId\n        rosterIndex\n        promptLocalTime\n        promptAt\n        answerBy\n      }\n      json\n    }\n  }\n": typeof types.SpotCheckDrawDocument,
    "\n  query SpotCheckFlags($filter: SpotCheckFlagFilter) {\n    spotCheckFlags(filter: $filter, first: 50) {\n      edges {\n        node {\n          id\n          version\n          month\n          missedCount\n          raisedAt\n          decision\n          decisionReason\n          decidedAt\n          enrollmentId\n          official {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": typeof types.SpotCheckFlagsDocument,
    "\n  mutation DecideSpotCheckFlag($input: DecideSpotCheckFlagInput!) {\n    decideSpotCheckFlag(input: $input) {\n      id\n      decision\n      decisionReason\n      decidedAt\n    }\n  }\n": typeof types.DecideSpotCheckFlagDocument,
    "\n  subscription SpotCheckPrompted {\n    spotCheckPrompted {\n      ...SpotCheckRow\n    }\n  }\n": typeof types.SpotCheckPromptedDocument,
    "\n  fragment SpotCheckRow on SpotCheck {\n    id\n    version\n    date\n    status\n    outcome\n    outcomeBeforeExcuse\n    manual\n    promptAt\n    promptedAt\n    answerBy\n    closesAt\n    respondedAt\n    responseNote\n    excuseReason\n    cancelReason\n    drawId\n    official {\n      id\n      fullName\n    }\n    unit {\n      id\n      name\n    }\n    followUps {\n      id\n      note\n      createdAt\n    }\n  }\n": typeof types.SpotCheckRowFragmentDoc,
    "\n  mutation AnswerSpotCheck($input: AnswerSpotCheckInput!) {\n    answerSpotCheck(input: $input) {\n      ...SpotCheckRow\n    }\n  }\n": typeof types.AnswerSpotCheckDocument,
    "\n  mutation ExcuseSpotCheck($input: SpotCheckNoteInput!) {\n    excuseSpotCheck(input: $input) {\n      ...SpotCheckRow\n    }\n  }\n": typeof types.ExcuseSpotCheckDocument,
    "\n  mutation AddSpotCheckFollowUp($input: SpotCheckNoteInput!) {\n    addSpotCheckFollowUp(input: $input) {\n      ...SpotCheckRow\n    }\n  }\n": typeof types.AddSpotCheckFollowUpDocument,
    "\n  query SpotChecks($filter: SpotCheckFilter) {\n    spotChecks(filter: $filter, first: 100) {\n      edges {\n        node {\n          ...SpotCheckRow\n        }\n      }\n    }\n  }\n": typeof types.SpotChecksDocument,
    "\n  query MySpotChecks {\n    mySpotChecks(first: 50) {\n      edges {\n        node {\n          ...SpotCheckRow\n        }\n      }\n    }\n  }\n": typeof types.MySpotChecksDocument,
    "\n  query TestSpotChecksEnabled {\n    testSpotChecksEnabled\n  }\n": typeof types.TestSpotChecksEnabledDocument,
    "\n  query TestCheckRecipients($search: String) {\n    officials(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          id\n          fullName\n          email\n        }\n      }\n    }\n  }\n": typeof types.TestCheckRecipientsDocument,
    "\n  mutation SendTestSpotCheck($officialId: ID!) {\n    sendTestSpotCheck(officialId: $officialId) {\n      id\n      status\n      answerBy\n      official {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.SendTestSpotCheckDocument,
    "\n  query UnitPresence($unitId: ID!, $date: LocalDate) {\n    unitPresence(unitId: $unitId, date: $date) {\n      date\n      unitId\n      workingDay\n      holidayName\n      total\n      homeCount\n      officeCount\n      awayCount\n      capPercent\n      entries {\n        status\n        absenceKind\n        holidayName\n        official {\n          id\n          fullName\n          position {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.UnitPresenceDocument,
    "\n  mutation UpdatePilot($input: UpdatePilotInput!) {\n    updatePilot(input: $input) {\n      ...PilotDetails\n    }\n  }\n": typeof types.UpdatePilotDocument,
    "\n  fragment WorkingCalendarYearView on WorkingCalendarYear {\n    year\n    source\n    workingDays\n    updatedAt\n    entries {\n      date\n      kind\n      name\n      document\n    }\n  }\n": typeof types.WorkingCalendarYearViewFragmentDoc,
    "\n  query WorkingCalendar($year: Int!) {\n    workingCalendar(year: $year) {\n      ...WorkingCalendarYearView\n    }\n  }\n": typeof types.WorkingCalendarDocument,
    "\n  query MyProfile {\n    me {\n      id\n      fullName\n      email\n      role\n      staffCategory\n      isLeader\n      cityScope\n      active\n      lastLoginAt\n      unit {\n        id\n        name\n      }\n      agency {\n        id\n        name\n        kind\n      }\n      position {\n        id\n        name\n      }\n      rank {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  query AcceptancePreview($id: ID!, $acceptedQuantity: Float) {\n    assignment(id: $id) {\n      id\n      scoresIfAccepted(acceptedQuantity: $acceptedQuantity) {\n        quantity\n        quality\n        progress\n      }\n    }\n  }\n": typeof types.AcceptancePreviewDocument,
    "\n  subscription AssignmentNotice {\n    notificationAdded {\n      id\n      subject {\n        kind\n        id\n      }\n    }\n  }\n": typeof types.AssignmentNoticeDocument,
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
    "\n  query MyPresenceToday {\n    myPresence {\n      date\n      status\n      holidayName\n      absenceKind\n    }\n  }\n": typeof types.MyPresenceTodayDocument,
    "\n  mutation RecordObjectiveCause($input: RecordObjectiveCauseInput!) {\n    recordObjectiveCause(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordObjectiveCauseDocument,
    "\n  mutation ReviewDeliverable($input: ReviewDeliverableInput!) {\n    reviewDeliverable(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ReviewDeliverableDocument,
    "\n  mutation StartAssignment($id: ID!) {\n    startAssignment(id: $id) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.StartAssignmentDocument,
    "\n  mutation SubmitDeliverable($input: SubmitDeliverableInput!) {\n    submitDeliverable(input: $input) {\n      id\n      versionNo\n      onTime\n    }\n  }\n": typeof types.SubmitDeliverableDocument,
    "\n  query TeamScope {\n    units(first: 200) {\n      edges {\n        node {\n          id\n          name\n          agencyId\n        }\n      }\n    }\n    officials(first: 200) {\n      edges {\n        node {\n          id\n          fullName\n          unitId\n          positionId\n          role\n        }\n      }\n    }\n    positions(first: 200) {\n      edges {\n        node {\n          id\n          name\n          agencyId\n        }\n      }\n    }\n  }\n": typeof types.TeamScopeDocument,
    "\n  mutation UpdateAssignment($input: UpdateAssignmentInput!) {\n    updateAssignment(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateAssignmentDocument,
    "\n  mutation UpdateCatalogueItem($input: UpdateCatalogueItemInput!) {\n    updateCatalogueItem(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateCatalogueItemDocument,
    "\n  query WorkCatalogue($filter: CatalogueFilter!) {\n    workCatalogue(filter: $filter, first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          unitId\n          positionId\n          code\n          name\n          unitOfMeasure\n          coefficient\n          active\n          version\n        }\n      }\n    }\n  }\n": typeof types.WorkCatalogueDocument,
    "\n  query WorkLogs($filter: WorkLogFilter, $first: Int!) {\n    workLogs(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          workDate\n          minutes\n          note\n          official {\n            id\n            fullName\n          }\n          assignment {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkLogsDocument,
};
const documents: Documents = {
    "\n  mutation ChangeAccountRole($input: UpdateOfficialInput!) {\n    updateOfficial(input: $input) {\n      ...AccountRow\n    }\n  }\n": types.ChangeAccountRoleDocument,
    "\n  mutation IssueTemporaryPassword($id: ID!) {\n    issueTemporaryPassword(id: $id) {\n      temporaryPassword\n      official {\n        ...AccountRow\n      }\n    }\n  }\n": types.IssueTemporaryPasswordDocument,
    "\n  mutation UnlockAccount($id: ID!) {\n    unlockOfficial(id: $id) {\n      ...AccountRow\n    }\n  }\n": types.UnlockAccountDocument,
    "\n  mutation DeactivateAccount($id: ID!) {\n    deactivateOfficial(id: $id) {\n      ...AccountRow\n    }\n  }\n": types.DeactivateAccountDocument,
    "\n  mutation ReactivateAccount($id: ID!) {\n    reactivateOfficial(id: $id) {\n      ...AccountRow\n    }\n  }\n": types.ReactivateAccountDocument,
    "\n  query Accounts($filter: OfficialFilter, $after: String) {\n    officials(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AccountRow\n        }\n      }\n    }\n  }\n": types.AccountsDocument,
    "\n  fragment AccountRow on Official {\n    id\n    fullName\n    email\n    role\n    cityScope\n    active\n    hasPassword\n    mustChangePassword\n    lockedUntil\n    lastLoginAt\n    version\n    manageable\n    unit {\n      id\n      name\n    }\n    agency {\n      id\n      name\n    }\n  }\n": types.AccountRowFragmentDoc,
    "\n  query GrantableRoles {\n    grantableRoles\n  }\n": types.GrantableRolesDocument,
    "\n  query AccountAgencies {\n    agencies(first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AccountAgenciesDocument,
    "\n  query AuditEvents($filter: AuditEventFilter, $after: String) {\n    auditEvents(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          seq\n          occurredAt\n          action\n          entityType\n          entityId\n          data\n          hash\n          prevHash\n          actorId\n          actor {\n            id\n            fullName\n            email\n          }\n        }\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditChainStatus {\n    auditChainStatus {\n      ok\n      eventsChecked\n      brokenAtSeq\n      brokenReason\n      headSeq\n      headHash\n      verifiedAt\n    }\n  }\n": types.AuditChainStatusDocument,
    "\n  query AuditActors($search: String) {\n    officials(filter: { search: $search, includeInactive: true }, first: 20) {\n      edges {\n        node {\n          id\n          fullName\n          email\n        }\n      }\n    }\n  }\n": types.AuditActorsDocument,
    "\n  query AccountSessions($officialId: ID!) {\n    sessions(officialId: $officialId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          lastUsedAt\n          userAgent\n          ipAddress\n          current\n        }\n      }\n    }\n  }\n": types.AccountSessionsDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id) {\n      id\n    }\n  }\n": types.EndSessionDocument,
    "\n  mutation EndAllSessions($officialId: ID!) {\n    endAllSessions(officialId: $officialId)\n  }\n": types.EndAllSessionsDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionPayload\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query SessionPing {\n    unreadNotificationCount\n  }\n": types.SessionPingDocument,
    "\n  fragment NextPage on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": types.NextPageFragmentDoc,
    "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      ...SessionPayload\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  fragment SessionPayload on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      fullName\n      email\n      role\n      unitId\n      cityScope\n      mustChangePassword\n      agency {\n        id\n      }\n    }\n  }\n": types.SessionPayloadFragmentDoc,
    "\n  mutation CreateCriteriaTemplate($input: CreateCriteriaTemplateInput!) {\n    createCriteriaTemplate(input: $input) {\n      ...CriteriaTemplateFields\n    }\n  }\n": types.CreateCriteriaTemplateDocument,
    "\n  query CriteriaPositions {\n    positions(first: 200) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.CriteriaPositionsDocument,
    "\n  fragment CriteriaTemplateFields on CriteriaTemplate {\n    id\n    code\n    versionNo\n    name\n    regime\n    positionIds\n    status\n    effectiveFrom\n    taskCombination {\n      quantity\n      quality\n      progress\n    }\n    generalCriteria {\n      code\n      label\n      maxPoints\n    }\n    leaderUnitWeightPercent\n    ruleSetVersion\n    publishedAt\n    version\n  }\n": types.CriteriaTemplateFieldsFragmentDoc,
    "\n  query CriteriaTemplates($first: Int, $after: String) {\n    criteriaTemplates(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CriteriaTemplateFields\n        }\n      }\n    }\n  }\n": types.CriteriaTemplatesDocument,
    "\n  mutation PublishCriteriaTemplate($input: PublishCriteriaTemplateInput!) {\n    publishCriteriaTemplate(input: $input) {\n      ...CriteriaTemplateFields\n    }\n  }\n": types.PublishCriteriaTemplateDocument,
    "\n  query PublishedCriteria($date: LocalDate) {\n    publishedCriteria(date: $date) {\n      regime\n      regimeNameVi\n      regimeNameEn\n      templateId\n      templateCode\n      templateName\n      templateVersionNo\n      positionIds\n      ruleSetVersion\n      effectiveFrom\n      taskMaxPoints\n      generalMaxPoints\n      taskCombination {\n        quantity\n        quality\n        progress\n      }\n      generalCriteria {\n        code\n        label\n        maxPoints\n      }\n      bands {\n        minScore\n        grade\n        nameVi\n        nameEn\n      }\n      rules {\n        key\n        vi\n        en\n      }\n    }\n  }\n": types.PublishedCriteriaDocument,
    "\n  mutation UpdateCriteriaTemplate($input: UpdateCriteriaTemplateInput!) {\n    updateCriteriaTemplate(input: $input) {\n      ...CriteriaTemplateFields\n    }\n  }\n": types.UpdateCriteriaTemplateDocument,
    "\n  mutation CreateEvaluationPeriod($input: CreateEvaluationPeriodInput!) {\n    createEvaluationPeriod(input: $input) {\n      ...EvaluationPeriodRow\n    }\n  }\n": types.CreateEvaluationPeriodDocument,
    "\n  subscription EvaluationJobProgress($periodId: ID!) {\n    evaluationJobProgress(periodId: $periodId) {\n      periodId\n      status\n      jobStatus\n      jobDone\n      jobTotal\n      jobError\n    }\n  }\n": types.EvaluationJobProgressDocument,
    "\n  fragment EvaluationPeriodRow on EvaluationPeriod {\n    id\n    kind\n    year\n    number\n    name\n    startsOn\n    endsOn\n    status\n    selfAssessmentUntil\n    headScoringUntil\n    publishUntil\n    cutOffAt\n    factsFrozenAt\n    jobStatus\n    jobTotal\n    jobDone\n    jobError\n    version\n    agency {\n      id\n      name\n    }\n  }\n": types.EvaluationPeriodRowFragmentDoc,
    "\n  query EvaluationPeriodBoard($id: ID!) {\n    evaluationPeriod(id: $id) {\n      ...EvaluationPeriodRow\n    }\n    evaluationCompletion(periodId: $id) {\n      totals {\n        total\n        noSelfAssessment\n        noHeadScore\n        notApproved\n        notPublished\n      }\n      units {\n        unitId\n        unitName\n        agencyId\n        total\n        noSelfAssessment\n        noHeadScore\n        notApproved\n        notPublished\n      }\n    }\n  }\n": types.EvaluationPeriodBoardDocument,
    "\n  query EvaluationPeriods {\n    evaluationPeriods(first: 100) {\n      edges {\n        node {\n          ...EvaluationPeriodRow\n        }\n      }\n    }\n  }\n": types.EvaluationPeriodsDocument,
    "\n  mutation OpenEvaluationPeriod($id: ID!, $version: Int!) {\n    openEvaluationPeriod(id: $id, version: $version) {\n      ...EvaluationPeriodRow\n    }\n  }\n": types.OpenEvaluationPeriodDocument,
    "\n  query PeriodAgencies {\n    agencies(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PeriodAgenciesDocument,
    "\n  mutation RemindEvaluations($input: RemindEvaluationsInput!) {\n    remindEvaluations(input: $input) {\n      recipients\n      evaluations\n    }\n  }\n": types.RemindEvaluationsDocument,
    "\n  query Calibration($periodId: ID!, $unitId: ID!) {\n    calibration(periodId: $periodId, unitId: $unitId) {\n      meanGapPoints\n      minScored\n      unitScores {\n        count\n        mean\n        median\n        min\n        max\n      }\n      unitGrades {\n        excellent\n        good\n        complete\n        incomplete\n      }\n      scorers {\n        scorer {\n          id\n          fullName\n        }\n        scores {\n          count\n          mean\n          median\n          min\n          max\n        }\n        grades {\n          excellent\n          good\n          complete\n          incomplete\n        }\n        meanGap\n        flag\n      }\n    }\n  }\n": types.CalibrationDocument,
    "\n  query QuotaAgencies {\n    agencies(first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.QuotaAgenciesDocument,
    "\n  query QuotaUnits($agencyId: ID) {\n    units(first: 200, filter: { agencyId: $agencyId }) {\n      edges {\n        node {\n          id\n          name\n          agencyId\n        }\n      }\n    }\n  }\n": types.QuotaUnitsDocument,
    "\n  query QuotaPeriods($agencyId: ID!) {\n    quotaPeriods(agencyId: $agencyId) {\n      id\n      name\n      year\n      status\n    }\n  }\n": types.QuotaPeriodsDocument,
    "\n  query QuotaStatus($agencyId: ID!, $periodId: ID!, $group: String) {\n    quotaStatus(agencyId: $agencyId, periodId: $periodId, group: $group) {\n      agencyId\n      periodId\n      year\n      excellentMaxPercentOfGood\n      withinQuota\n      scopes {\n        kind\n        rule\n        regime\n        taskGroup\n        excellent\n        good\n        classified\n        maxExcellent\n        exceptionExtra\n        allowedExcellent\n        excess\n        withinQuota\n        partyMemberExcellentPercent\n        reason\n      }\n      wouldBreak {\n        evaluationId\n        official {\n          id\n          fullName\n        }\n        taskGroup\n        status\n        score\n        breaksAlone\n      }\n      reconsider {\n        evaluationId\n        official {\n          id\n          fullName\n        }\n        taskGroup\n        score\n      }\n      exceptions {\n        id\n        scopeKind\n        regime\n        taskGroup\n        rule\n        extraExcellent\n        reason\n        grantedBy\n        decisionDocument\n      }\n    }\n  }\n": types.QuotaStatusDocument,
    "\n  mutation RecordQuotaException($input: RecordQuotaExceptionInput!) {\n    recordQuotaException(input: $input) {\n      id\n      extraExcellent\n    }\n  }\n": types.RecordQuotaExceptionDocument,
    "\n  query WorkloadParity($periodId: ID!, $unitId: ID!) {\n    workloadParity(periodId: $periodId, unitId: $unitId) {\n      officeAverage\n      officeCount\n      thresholdPercent\n      home {\n        official {\n          id\n          fullName\n        }\n        workload\n        belowAveragePercent\n        flagged\n      }\n    }\n  }\n": types.WorkloadParityDocument,
    "\n  query EvaluationSheet($code: String!) {\n    evaluationSheet(code: $code) {\n      code\n      evaluationId\n      officialName\n      unitName\n      agencyName\n      periodName\n      periodStartsOn\n      periodEndsOn\n      regime\n      grade\n      gradeLabel {\n        vi\n        en\n      }\n      score\n      revision\n      publishedAt\n      latestRevision\n      isLatestRevision\n      reopened\n      ruleSetVersion\n    }\n  }\n": types.EvaluationSheetDocument,
    "\n  mutation DecideWaiver($input: DecideWaiverInput!) {\n    decideWaiver(input: $input) {\n      id\n      status\n      version\n      decisionNote\n    }\n  }\n": types.DecideWaiverDocument,
    "\n  mutation RequestWaiver($input: RequestWaiverInput!) {\n    requestWaiver(input: $input) {\n      id\n      status\n    }\n  }\n": types.RequestWaiverDocument,
    "\n  query WaivableDeductions {\n    myWaivableDeductions {\n      evaluationId\n      periodName\n      evaluationStatus\n      assignments {\n        assignmentId\n        title\n        deductions {\n          kind\n          reference\n        }\n      }\n    }\n  }\n": types.WaivableDeductionsDocument,
    "\n  query WaiverRequests($filter: WaiverFilter) {\n    waiverRequests(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          kind\n          reference\n          cause\n          status\n          assignmentTitle\n          periodName\n          evaluationStatus\n          decisionNote\n          requestedAt\n          attachment {\n            id\n            name\n            url\n          }\n          requestedBy {\n            id\n            fullName\n          }\n          decidedBy {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": types.WaiverRequestsDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    title {\n      vi\n      en\n    }\n    body {\n      vi\n      en\n    }\n    data\n    subject {\n      kind\n      id\n    }\n    readAt\n    handledAt\n    createdAt\n  }\n": types.NotificationItemFragmentDoc,
    "\n  query MyNotifications($first: Int!) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      edges {\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  query OrgAgencies($first: Int!, $search: String) {\n    agencies(first: $first, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.OrgAgenciesDocument,
    "\n  query OrgUnits($agencyId: ID!, $first: Int!, $after: String) {\n    units(filter: { agencyId: $agencyId }, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...NextPage\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          parentId\n          officialCount\n          head {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": types.OrgUnitsDocument,
    "\n  query UnitOfficials($filter: OfficialFilter!, $first: Int!, $after: String) {\n    officials(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...NextPage\n      }\n      edges {\n        node {\n          id\n          fullName\n          email\n          role\n          isLeader\n          active\n          staffCategory\n          unit {\n            id\n            name\n          }\n          position {\n            id\n            name\n          }\n          rank {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.UnitOfficialsDocument,
    "\n  mutation RecordAbsence($input: RecordAbsenceInput!) {\n    recordAbsence(input: $input) {\n      id\n      kind\n      startDate\n      endDate\n    }\n  }\n": types.RecordAbsenceDocument,
    "\n  mutation CancelAbsence($id: ID!) {\n    cancelAbsence(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n": types.CancelAbsenceDocument,
    "\n  query Absences($filter: AbsenceFilter) {\n    absences(filter: $filter, first: 50) {\n      edges {\n        node {\n          id\n          kind\n          startDate\n          endDate\n          note\n          cancelledAt\n          official {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": types.AbsencesDocument,
    "\n  mutation SetCalendarDay($input: SetCalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      ...WorkingCalendarYearView\n    }\n  }\n": types.SetCalendarDayDocument,
    "\n  mutation RemoveCalendarDay($date: LocalDate!) {\n    removeCalendarDay(date: $date) {\n      ...WorkingCalendarYearView\n    }\n  }\n": types.RemoveCalendarDayDocument,
    "\n  mutation LoadCalendarYear($year: Int!) {\n    loadCalendarYear(year: $year) {\n      ...WorkingCalendarYearView\n    }\n  }\n": types.LoadCalendarYearDocument,
    "\n  fragment CommitmentTextView on CommitmentText {\n    id\n    version\n    title\n    body\n    bodyEn\n    publishedAt\n  }\n": types.CommitmentTextViewFragmentDoc,
    "\n  query CommitmentTexts {\n    commitmentTexts {\n      ...CommitmentTextView\n    }\n  }\n": types.CommitmentTextsDocument,
    "\n  mutation CreatePilot($input: CreatePilotInput!) {\n    createPilot(input: $input) {\n      ...PilotDetails\n    }\n  }\n": types.CreatePilotDocument,
    "\n  fragment EnrollmentRow on Enrollment {\n    id\n    version\n    status\n    weekdays\n    startDate\n    endDate\n    requestedAt\n    decidedAt\n    decisionReason\n    suspendReason\n    endReason\n    commitmentVersion\n    commitmentAcceptedAt\n    hasComputer\n    hasPhone\n    hasPrinter\n    hasInternet\n    note\n    pilotId\n    official {\n      id\n      fullName\n      position {\n        id\n        name\n      }\n    }\n    unit {\n      id\n      name\n    }\n  }\n": types.EnrollmentRowFragmentDoc,
    "\n  fragment EnrollmentCap on Enrollment {\n    id\n    capCheck {\n      ok\n      homeDaysPerWeek\n      maxHomeDaysPerWeek\n      violations {\n        kind\n        weekday\n        firstDate\n      }\n      weekdays {\n        weekday\n        affected\n        homeCount\n        total\n        sharePercent\n        capPercent\n        maxHome\n        onSiteCount\n        minOnSite\n        breaksCap\n        breaksMinOnSite\n        breakingDates\n      }\n    }\n  }\n": types.EnrollmentCapFragmentDoc,
    "\n  mutation RequestEnrollment($input: RequestEnrollmentInput!) {\n    requestEnrollment(input: $input) {\n      ...EnrollmentRow\n    }\n  }\n": types.RequestEnrollmentDocument,
    "\n  mutation DecideEnrollment($input: DecideEnrollmentInput!) {\n    decideEnrollment(input: $input) {\n      ...EnrollmentRow\n    }\n  }\n": types.DecideEnrollmentDocument,
    "\n  mutation SuspendEnrollment($input: ChangeEnrollmentInput!) {\n    suspendEnrollment(input: $input) {\n      ...EnrollmentRow\n    }\n  }\n": types.SuspendEnrollmentDocument,
    "\n  mutation ResumeEnrollment($input: ResumeEnrollmentInput!) {\n    resumeEnrollment(input: $input) {\n      ...EnrollmentRow\n    }\n  }\n": types.ResumeEnrollmentDocument,
    "\n  mutation EndEnrollment($input: ChangeEnrollmentInput!) {\n    endEnrollment(input: $input) {\n      ...EnrollmentRow\n    }\n  }\n": types.EndEnrollmentDocument,
    "\n  mutation WithdrawEnrollment($input: WithdrawEnrollmentInput!) {\n    withdrawEnrollment(input: $input) {\n      ...EnrollmentRow\n    }\n  }\n": types.WithdrawEnrollmentDocument,
    "\n  query Enrollments($filter: EnrollmentFilter, $withCap: Boolean!) {\n    enrollments(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...EnrollmentRow\n          ...EnrollmentCap @include(if: $withCap)\n        }\n      }\n    }\n  }\n": types.EnrollmentsDocument,
    "\n  query HomeWork {\n    myPresence {\n      date\n      status\n      holidayName\n      absenceKind\n    }\n    currentCommitmentText {\n      ...CommitmentTextView\n    }\n    pilots(first: 20) {\n      edges {\n        node {\n          ...PilotDetails\n        }\n      }\n    }\n    enrollments(first: 20) {\n      edges {\n        node {\n          ...EnrollmentRow\n        }\n      }\n    }\n  }\n": types.HomeWorkDocument,
    "\n  fragment PilotDetails on Pilot {\n    id\n    version\n    name\n    decisionNumber\n    startDate\n    endDate\n    phase\n    maxHomeSharePercent\n    minOnSite\n    maxHomeDaysPerWeek\n    sampleRatePercent\n    answerWindowMinutes\n    coreHours {\n      start\n      end\n    }\n    unitIds\n    units {\n      id\n      name\n      agencyId\n    }\n    agencies {\n      id\n      name\n    }\n  }\n": types.PilotDetailsFragmentDoc,
    "\n  query PilotPositions($id: ID!) {\n    pilot(id: $id) {\n      id\n      positions {\n        eligible\n        officialCount\n        reasons\n        position {\n          id\n          code\n          name\n          agencyId\n        }\n        exception {\n          id\n          reason\n          grantedAt\n        }\n      }\n    }\n  }\n": types.PilotPositionsDocument,
    "\n  query PilotUnitChoices {\n    units(first: 200) {\n      edges {\n        node {\n          id\n          name\n          parentId\n          agency {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PilotUnitChoicesDocument,
    "\n  query Pilots {\n    pilots(first: 100) {\n      edges {\n        node {\n          ...PilotDetails\n        }\n      }\n    }\n  }\n": types.PilotsDocument,
    "\n  mutation PublishCommitmentText($input: PublishCommitmentTextInput!) {\n    publishCommitmentText(input: $input) {\n      ...CommitmentTextView\n    }\n  }\n": types.PublishCommitmentTextDocument,
    "\n  query ServerToday {\n    myPresence {\n      date\n    }\n  }\n": types.ServerTodayDocument,
    "\n  mutation SetPositionEligibility($input: SetPositionEligibilityInput!) {\n    setPositionEligibility(input: $input) {\n      eligible\n      position {\n        id\n      }\n      exception {\n        id\n        reason\n      }\n    }\n  }\n": types.SetPositionEligibilityDocument,
    "\n  query SpotCheckDraw($unitId: ID!, $date: LocalDate!) {\n    spotCheckDraw(unitId: $unitId, date: $date) {\n      id\n      algorithm\n      unitId\n      date\n      commitment\n      drawnAt\n      revealedAt\n      seed\n      k\n      roster\n      rosterHash\n      rosterMembers {\n        id\n        fullName\n      }\n      parameters {\n        sampleRateBasisPoints\n        answerWindowMinutes\n        coreHours {\n          start\n          end\n        }\n      }\n      picks {\n        order\n        officialId\n        rosterIndex\n        promptLocalTime\n        promptAt\n        answerBy\n      }\n      json\n    }\n  }\n": types.SpotCheckDrawDocument,
    "\n  query SpotCheckFlags($filter: SpotCheckFlagFilter) {\n    spotCheckFlags(filter: $filter, first: 50) {\n      edges {\n        node {\n          id\n          version\n          month\n          missedCount\n          raisedAt\n          decision\n          decisionReason\n          decidedAt\n          enrollmentId\n          official {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": types.SpotCheckFlagsDocument,
    "\n  mutation DecideSpotCheckFlag($input: DecideSpotCheckFlagInput!) {\n    decideSpotCheckFlag(input: $input) {\n      id\n      decision\n      decisionReason\n      decidedAt\n    }\n  }\n": types.DecideSpotCheckFlagDocument,
    "\n  subscription SpotCheckPrompted {\n    spotCheckPrompted {\n      ...SpotCheckRow\n    }\n  }\n": types.SpotCheckPromptedDocument,
    "\n  fragment SpotCheckRow on SpotCheck {\n    id\n    version\n    date\n    status\n    outcome\n    outcomeBeforeExcuse\n    manual\n    promptAt\n    promptedAt\n    answerBy\n    closesAt\n    respondedAt\n    responseNote\n    excuseReason\n    cancelReason\n    drawId\n    official {\n      id\n      fullName\n    }\n    unit {\n      id\n      name\n    }\n    followUps {\n      id\n      note\n      createdAt\n    }\n  }\n": types.SpotCheckRowFragmentDoc,
    "\n  mutation AnswerSpotCheck($input: AnswerSpotCheckInput!) {\n    answerSpotCheck(input: $input) {\n      ...SpotCheckRow\n    }\n  }\n": types.AnswerSpotCheckDocument,
    "\n  mutation ExcuseSpotCheck($input: SpotCheckNoteInput!) {\n    excuseSpotCheck(input: $input) {\n      ...SpotCheckRow\n    }\n  }\n": types.ExcuseSpotCheckDocument,
    "\n  mutation AddSpotCheckFollowUp($input: SpotCheckNoteInput!) {\n    addSpotCheckFollowUp(input: $input) {\n      ...SpotCheckRow\n    }\n  }\n": types.AddSpotCheckFollowUpDocument,
    "\n  query SpotChecks($filter: SpotCheckFilter) {\n    spotChecks(filter: $filter, first: 100) {\n      edges {\n        node {\n          ...SpotCheckRow\n        }\n      }\n    }\n  }\n": types.SpotChecksDocument,
    "\n  query MySpotChecks {\n    mySpotChecks(first: 50) {\n      edges {\n        node {\n          ...SpotCheckRow\n        }\n      }\n    }\n  }\n": types.MySpotChecksDocument,
    "\n  query TestSpotChecksEnabled {\n    testSpotChecksEnabled\n  }\n": types.TestSpotChecksEnabledDocument,
    "\n  query TestCheckRecipients($search: String) {\n    officials(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          id\n          fullName\n          email\n        }\n      }\n    }\n  }\n": types.TestCheckRecipientsDocument,
    "\n  mutation SendTestSpotCheck($officialId: ID!) {\n    sendTestSpotCheck(officialId: $officialId) {\n      id\n      status\n      answerBy\n      official {\n        id\n        fullName\n      }\n    }\n  }\n": types.SendTestSpotCheckDocument,
    "\n  query UnitPresence($unitId: ID!, $date: LocalDate) {\n    unitPresence(unitId: $unitId, date: $date) {\n      date\n      unitId\n      workingDay\n      holidayName\n      total\n      homeCount\n      officeCount\n      awayCount\n      capPercent\n      entries {\n        status\n        absenceKind\n        holidayName\n        official {\n          id\n          fullName\n          position {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.UnitPresenceDocument,
    "\n  mutation UpdatePilot($input: UpdatePilotInput!) {\n    updatePilot(input: $input) {\n      ...PilotDetails\n    }\n  }\n": types.UpdatePilotDocument,
    "\n  fragment WorkingCalendarYearView on WorkingCalendarYear {\n    year\n    source\n    workingDays\n    updatedAt\n    entries {\n      date\n      kind\n      name\n      document\n    }\n  }\n": types.WorkingCalendarYearViewFragmentDoc,
    "\n  query WorkingCalendar($year: Int!) {\n    workingCalendar(year: $year) {\n      ...WorkingCalendarYearView\n    }\n  }\n": types.WorkingCalendarDocument,
    "\n  query MyProfile {\n    me {\n      id\n      fullName\n      email\n      role\n      staffCategory\n      isLeader\n      cityScope\n      active\n      lastLoginAt\n      unit {\n        id\n        name\n      }\n      agency {\n        id\n        name\n        kind\n      }\n      position {\n        id\n        name\n      }\n      rank {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.MyProfileDocument,
    "\n  query AcceptancePreview($id: ID!, $acceptedQuantity: Float) {\n    assignment(id: $id) {\n      id\n      scoresIfAccepted(acceptedQuantity: $acceptedQuantity) {\n        quantity\n        quality\n        progress\n      }\n    }\n  }\n": types.AcceptancePreviewDocument,
    "\n  subscription AssignmentNotice {\n    notificationAdded {\n      id\n      subject {\n        kind\n        id\n      }\n    }\n  }\n": types.AssignmentNoticeDocument,
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
    "\n  query MyPresenceToday {\n    myPresence {\n      date\n      status\n      holidayName\n      absenceKind\n    }\n  }\n": types.MyPresenceTodayDocument,
    "\n  mutation RecordObjectiveCause($input: RecordObjectiveCauseInput!) {\n    recordObjectiveCause(input: $input) {\n      id\n    }\n  }\n": types.RecordObjectiveCauseDocument,
    "\n  mutation ReviewDeliverable($input: ReviewDeliverableInput!) {\n    reviewDeliverable(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ReviewDeliverableDocument,
    "\n  mutation StartAssignment($id: ID!) {\n    startAssignment(id: $id) {\n      id\n      status\n      version\n    }\n  }\n": types.StartAssignmentDocument,
    "\n  mutation SubmitDeliverable($input: SubmitDeliverableInput!) {\n    submitDeliverable(input: $input) {\n      id\n      versionNo\n      onTime\n    }\n  }\n": types.SubmitDeliverableDocument,
    "\n  query TeamScope {\n    units(first: 200) {\n      edges {\n        node {\n          id\n          name\n          agencyId\n        }\n      }\n    }\n    officials(first: 200) {\n      edges {\n        node {\n          id\n          fullName\n          unitId\n          positionId\n          role\n        }\n      }\n    }\n    positions(first: 200) {\n      edges {\n        node {\n          id\n          name\n          agencyId\n        }\n      }\n    }\n  }\n": types.TeamScopeDocument,
    "\n  mutation UpdateAssignment($input: UpdateAssignmentInput!) {\n    updateAssignment(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateAssignmentDocument,
    "\n  mutation UpdateCatalogueItem($input: UpdateCatalogueItemInput!) {\n    updateCatalogueItem(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateCatalogueItemDocument,
    "\n  query WorkCatalogue($filter: CatalogueFilter!) {\n    workCatalogue(filter: $filter, first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          unitId\n          positionId\n          code\n          name\n          unitOfMeasure\n          coefficient\n          active\n          version\n        }\n      }\n    }\n  }\n": types.WorkCatalogueDocument,
    "\n  query WorkLogs($filter: WorkLogFilter, $first: Int!) {\n    workLogs(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          workDate\n          minutes\n          note\n          official {\n            id\n            fullName\n          }\n          assignment {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.WorkLogsDocument,
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
export function graphql(source: "\n  mutation ChangeAccountRole($input: UpdateOfficialInput!) {\n    updateOfficial(input: $input) {\n      ...AccountRow\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeAccountRole($input: UpdateOfficialInput!) {\n    updateOfficial(input: $input) {\n      ...AccountRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueTemporaryPassword($id: ID!) {\n    issueTemporaryPassword(id: $id) {\n      temporaryPassword\n      official {\n        ...AccountRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IssueTemporaryPassword($id: ID!) {\n    issueTemporaryPassword(id: $id) {\n      temporaryPassword\n      official {\n        ...AccountRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockAccount($id: ID!) {\n    unlockOfficial(id: $id) {\n      ...AccountRow\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockAccount($id: ID!) {\n    unlockOfficial(id: $id) {\n      ...AccountRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateAccount($id: ID!) {\n    deactivateOfficial(id: $id) {\n      ...AccountRow\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateAccount($id: ID!) {\n    deactivateOfficial(id: $id) {\n      ...AccountRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateAccount($id: ID!) {\n    reactivateOfficial(id: $id) {\n      ...AccountRow\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateAccount($id: ID!) {\n    reactivateOfficial(id: $id) {\n      ...AccountRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts($filter: OfficialFilter, $after: String) {\n    officials(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AccountRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Accounts($filter: OfficialFilter, $after: String) {\n    officials(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AccountRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountRow on Official {\n    id\n    fullName\n    email\n    role\n    cityScope\n    active\n    hasPassword\n    mustChangePassword\n    lockedUntil\n    lastLoginAt\n    version\n    manageable\n    unit {\n      id\n      name\n    }\n    agency {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AccountRow on Official {\n    id\n    fullName\n    email\n    role\n    cityScope\n    active\n    hasPassword\n    mustChangePassword\n    lockedUntil\n    lastLoginAt\n    version\n    manageable\n    unit {\n      id\n      name\n    }\n    agency {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantableRoles {\n    grantableRoles\n  }\n"): (typeof documents)["\n  query GrantableRoles {\n    grantableRoles\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountAgencies {\n    agencies(first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountAgencies {\n    agencies(first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditEventFilter, $after: String) {\n    auditEvents(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          seq\n          occurredAt\n          action\n          entityType\n          entityId\n          data\n          hash\n          prevHash\n          actorId\n          actor {\n            id\n            fullName\n            email\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditEventFilter, $after: String) {\n    auditEvents(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          seq\n          occurredAt\n          action\n          entityType\n          entityId\n          data\n          hash\n          prevHash\n          actorId\n          actor {\n            id\n            fullName\n            email\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditChainStatus {\n    auditChainStatus {\n      ok\n      eventsChecked\n      brokenAtSeq\n      brokenReason\n      headSeq\n      headHash\n      verifiedAt\n    }\n  }\n"): (typeof documents)["\n  query AuditChainStatus {\n    auditChainStatus {\n      ok\n      eventsChecked\n      brokenAtSeq\n      brokenReason\n      headSeq\n      headHash\n      verifiedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActors($search: String) {\n    officials(filter: { search: $search, includeInactive: true }, first: 20) {\n      edges {\n        node {\n          id\n          fullName\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditActors($search: String) {\n    officials(filter: { search: $search, includeInactive: true }, first: 20) {\n      edges {\n        node {\n          id\n          fullName\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountSessions($officialId: ID!) {\n    sessions(officialId: $officialId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          lastUsedAt\n          userAgent\n          ipAddress\n          current\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountSessions($officialId: ID!) {\n    sessions(officialId: $officialId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          lastUsedAt\n          userAgent\n          ipAddress\n          current\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation EndSession($id: ID!) {\n    endSession(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndAllSessions($officialId: ID!) {\n    endAllSessions(officialId: $officialId)\n  }\n"): (typeof documents)["\n  mutation EndAllSessions($officialId: ID!) {\n    endAllSessions(officialId: $officialId)\n  }\n"];
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
export function graphql(source: "\n  mutation CreateCriteriaTemplate($input: CreateCriteriaTemplateInput!) {\n    createCriteriaTemplate(input: $input) {\n      ...CriteriaTemplateFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCriteriaTemplate($input: CreateCriteriaTemplateInput!) {\n    createCriteriaTemplate(input: $input) {\n      ...CriteriaTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CriteriaPositions {\n    positions(first: 200) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CriteriaPositions {\n    positions(first: 200) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CriteriaTemplateFields on CriteriaTemplate {\n    id\n    code\n    versionNo\n    name\n    regime\n    positionIds\n    status\n    effectiveFrom\n    taskCombination {\n      quantity\n      quality\n      progress\n    }\n    generalCriteria {\n      code\n      label\n      maxPoints\n    }\n    leaderUnitWeightPercent\n    ruleSetVersion\n    publishedAt\n    version\n  }\n"): (typeof documents)["\n  fragment CriteriaTemplateFields on CriteriaTemplate {\n    id\n    code\n    versionNo\n    name\n    regime\n    positionIds\n    status\n    effectiveFrom\n    taskCombination {\n      quantity\n      quality\n      progress\n    }\n    generalCriteria {\n      code\n      label\n      maxPoints\n    }\n    leaderUnitWeightPercent\n    ruleSetVersion\n    publishedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CriteriaTemplates($first: Int, $after: String) {\n    criteriaTemplates(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CriteriaTemplateFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CriteriaTemplates($first: Int, $after: String) {\n    criteriaTemplates(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CriteriaTemplateFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishCriteriaTemplate($input: PublishCriteriaTemplateInput!) {\n    publishCriteriaTemplate(input: $input) {\n      ...CriteriaTemplateFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishCriteriaTemplate($input: PublishCriteriaTemplateInput!) {\n    publishCriteriaTemplate(input: $input) {\n      ...CriteriaTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedCriteria($date: LocalDate) {\n    publishedCriteria(date: $date) {\n      regime\n      regimeNameVi\n      regimeNameEn\n      templateId\n      templateCode\n      templateName\n      templateVersionNo\n      positionIds\n      ruleSetVersion\n      effectiveFrom\n      taskMaxPoints\n      generalMaxPoints\n      taskCombination {\n        quantity\n        quality\n        progress\n      }\n      generalCriteria {\n        code\n        label\n        maxPoints\n      }\n      bands {\n        minScore\n        grade\n        nameVi\n        nameEn\n      }\n      rules {\n        key\n        vi\n        en\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublishedCriteria($date: LocalDate) {\n    publishedCriteria(date: $date) {\n      regime\n      regimeNameVi\n      regimeNameEn\n      templateId\n      templateCode\n      templateName\n      templateVersionNo\n      positionIds\n      ruleSetVersion\n      effectiveFrom\n      taskMaxPoints\n      generalMaxPoints\n      taskCombination {\n        quantity\n        quality\n        progress\n      }\n      generalCriteria {\n        code\n        label\n        maxPoints\n      }\n      bands {\n        minScore\n        grade\n        nameVi\n        nameEn\n      }\n      rules {\n        key\n        vi\n        en\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCriteriaTemplate($input: UpdateCriteriaTemplateInput!) {\n    updateCriteriaTemplate(input: $input) {\n      ...CriteriaTemplateFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCriteriaTemplate($input: UpdateCriteriaTemplateInput!) {\n    updateCriteriaTemplate(input: $input) {\n      ...CriteriaTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvaluationPeriod($input: CreateEvaluationPeriodInput!) {\n    createEvaluationPeriod(input: $input) {\n      ...EvaluationPeriodRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEvaluationPeriod($input: CreateEvaluationPeriodInput!) {\n    createEvaluationPeriod(input: $input) {\n      ...EvaluationPeriodRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EvaluationJobProgress($periodId: ID!) {\n    evaluationJobProgress(periodId: $periodId) {\n      periodId\n      status\n      jobStatus\n      jobDone\n      jobTotal\n      jobError\n    }\n  }\n"): (typeof documents)["\n  subscription EvaluationJobProgress($periodId: ID!) {\n    evaluationJobProgress(periodId: $periodId) {\n      periodId\n      status\n      jobStatus\n      jobDone\n      jobTotal\n      jobError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvaluationPeriodRow on EvaluationPeriod {\n    id\n    kind\n    year\n    number\n    name\n    startsOn\n    endsOn\n    status\n    selfAssessmentUntil\n    headScoringUntil\n    publishUntil\n    cutOffAt\n    factsFrozenAt\n    jobStatus\n    jobTotal\n    jobDone\n    jobError\n    version\n    agency {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment EvaluationPeriodRow on EvaluationPeriod {\n    id\n    kind\n    year\n    number\n    name\n    startsOn\n    endsOn\n    status\n    selfAssessmentUntil\n    headScoringUntil\n    publishUntil\n    cutOffAt\n    factsFrozenAt\n    jobStatus\n    jobTotal\n    jobDone\n    jobError\n    version\n    agency {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluationPeriodBoard($id: ID!) {\n    evaluationPeriod(id: $id) {\n      ...EvaluationPeriodRow\n    }\n    evaluationCompletion(periodId: $id) {\n      totals {\n        total\n        noSelfAssessment\n        noHeadScore\n        notApproved\n        notPublished\n      }\n      units {\n        unitId\n        unitName\n        agencyId\n        total\n        noSelfAssessment\n        noHeadScore\n        notApproved\n        notPublished\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvaluationPeriodBoard($id: ID!) {\n    evaluationPeriod(id: $id) {\n      ...EvaluationPeriodRow\n    }\n    evaluationCompletion(periodId: $id) {\n      totals {\n        total\n        noSelfAssessment\n        noHeadScore\n        notApproved\n        notPublished\n      }\n      units {\n        unitId\n        unitName\n        agencyId\n        total\n        noSelfAssessment\n        noHeadScore\n        notApproved\n        notPublished\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluationPeriods {\n    evaluationPeriods(first: 100) {\n      edges {\n        node {\n          ...EvaluationPeriodRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvaluationPeriods {\n    evaluationPeriods(first: 100) {\n      edges {\n        node {\n          ...EvaluationPeriodRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenEvaluationPeriod($id: ID!, $version: Int!) {\n    openEvaluationPeriod(id: $id, version: $version) {\n      ...EvaluationPeriodRow\n    }\n  }\n"): (typeof documents)["\n  mutation OpenEvaluationPeriod($id: ID!, $version: Int!) {\n    openEvaluationPeriod(id: $id, version: $version) {\n      ...EvaluationPeriodRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeriodAgencies {\n    agencies(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeriodAgencies {\n    agencies(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindEvaluations($input: RemindEvaluationsInput!) {\n    remindEvaluations(input: $input) {\n      recipients\n      evaluations\n    }\n  }\n"): (typeof documents)["\n  mutation RemindEvaluations($input: RemindEvaluationsInput!) {\n    remindEvaluations(input: $input) {\n      recipients\n      evaluations\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Calibration($periodId: ID!, $unitId: ID!) {\n    calibration(periodId: $periodId, unitId: $unitId) {\n      meanGapPoints\n      minScored\n      unitScores {\n        count\n        mean\n        median\n        min\n        max\n      }\n      unitGrades {\n        excellent\n        good\n        complete\n        incomplete\n      }\n      scorers {\n        scorer {\n          id\n          fullName\n        }\n        scores {\n          count\n          mean\n          median\n          min\n          max\n        }\n        grades {\n          excellent\n          good\n          complete\n          incomplete\n        }\n        meanGap\n        flag\n      }\n    }\n  }\n"): (typeof documents)["\n  query Calibration($periodId: ID!, $unitId: ID!) {\n    calibration(periodId: $periodId, unitId: $unitId) {\n      meanGapPoints\n      minScored\n      unitScores {\n        count\n        mean\n        median\n        min\n        max\n      }\n      unitGrades {\n        excellent\n        good\n        complete\n        incomplete\n      }\n      scorers {\n        scorer {\n          id\n          fullName\n        }\n        scores {\n          count\n          mean\n          median\n          min\n          max\n        }\n        grades {\n          excellent\n          good\n          complete\n          incomplete\n        }\n        meanGap\n        flag\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotaAgencies {\n    agencies(first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuotaAgencies {\n    agencies(first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotaUnits($agencyId: ID) {\n    units(first: 200, filter: { agencyId: $agencyId }) {\n      edges {\n        node {\n          id\n          name\n          agencyId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuotaUnits($agencyId: ID) {\n    units(first: 200, filter: { agencyId: $agencyId }) {\n      edges {\n        node {\n          id\n          name\n          agencyId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotaPeriods($agencyId: ID!) {\n    quotaPeriods(agencyId: $agencyId) {\n      id\n      name\n      year\n      status\n    }\n  }\n"): (typeof documents)["\n  query QuotaPeriods($agencyId: ID!) {\n    quotaPeriods(agencyId: $agencyId) {\n      id\n      name\n      year\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotaStatus($agencyId: ID!, $periodId: ID!, $group: String) {\n    quotaStatus(agencyId: $agencyId, periodId: $periodId, group: $group) {\n      agencyId\n      periodId\n      year\n      excellentMaxPercentOfGood\n      withinQuota\n      scopes {\n        kind\n        rule\n        regime\n        taskGroup\n        excellent\n        good\n        classified\n        maxExcellent\n        exceptionExtra\n        allowedExcellent\n        excess\n        withinQuota\n        partyMemberExcellentPercent\n        reason\n      }\n      wouldBreak {\n        evaluationId\n        official {\n          id\n          fullName\n        }\n        taskGroup\n        status\n        score\n        breaksAlone\n      }\n      reconsider {\n        evaluationId\n        official {\n          id\n          fullName\n        }\n        taskGroup\n        score\n      }\n      exceptions {\n        id\n        scopeKind\n        regime\n        taskGroup\n        rule\n        extraExcellent\n        reason\n        grantedBy\n        decisionDocument\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuotaStatus($agencyId: ID!, $periodId: ID!, $group: String) {\n    quotaStatus(agencyId: $agencyId, periodId: $periodId, group: $group) {\n      agencyId\n      periodId\n      year\n      excellentMaxPercentOfGood\n      withinQuota\n      scopes {\n        kind\n        rule\n        regime\n        taskGroup\n        excellent\n        good\n        classified\n        maxExcellent\n        exceptionExtra\n        allowedExcellent\n        excess\n        withinQuota\n        partyMemberExcellentPercent\n        reason\n      }\n      wouldBreak {\n        evaluationId\n        official {\n          id\n          fullName\n        }\n        taskGroup\n        status\n        score\n        breaksAlone\n      }\n      reconsider {\n        evaluationId\n        official {\n          id\n          fullName\n        }\n        taskGroup\n        score\n      }\n      exceptions {\n        id\n        scopeKind\n        regime\n        taskGroup\n        rule\n        extraExcellent\n        reason\n        grantedBy\n        decisionDocument\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordQuotaException($input: RecordQuotaExceptionInput!) {\n    recordQuotaException(input: $input) {\n      id\n      extraExcellent\n    }\n  }\n"): (typeof documents)["\n  mutation RecordQuotaException($input: RecordQuotaExceptionInput!) {\n    recordQuotaException(input: $input) {\n      id\n      extraExcellent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkloadParity($periodId: ID!, $unitId: ID!) {\n    workloadParity(periodId: $periodId, unitId: $unitId) {\n      officeAverage\n      officeCount\n      thresholdPercent\n      home {\n        official {\n          id\n          fullName\n        }\n        workload\n        belowAveragePercent\n        flagged\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkloadParity($periodId: ID!, $unitId: ID!) {\n    workloadParity(periodId: $periodId, unitId: $unitId) {\n      officeAverage\n      officeCount\n      thresholdPercent\n      home {\n        official {\n          id\n          fullName\n        }\n        workload\n        belowAveragePercent\n        flagged\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluationSheet($code: String!) {\n    evaluationSheet(code: $code) {\n      code\n      evaluationId\n      officialName\n      unitName\n      agencyName\n      periodName\n      periodStartsOn\n      periodEndsOn\n      regime\n      grade\n      gradeLabel {\n        vi\n        en\n      }\n      score\n      revision\n      publishedAt\n      latestRevision\n      isLatestRevision\n      reopened\n      ruleSetVersion\n    }\n  }\n"): (typeof documents)["\n  query EvaluationSheet($code: String!) {\n    evaluationSheet(code: $code) {\n      code\n      evaluationId\n      officialName\n      unitName\n      agencyName\n      periodName\n      periodStartsOn\n      periodEndsOn\n      regime\n      grade\n      gradeLabel {\n        vi\n        en\n      }\n      score\n      revision\n      publishedAt\n      latestRevision\n      isLatestRevision\n      reopened\n      ruleSetVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideWaiver($input: DecideWaiverInput!) {\n    decideWaiver(input: $input) {\n      id\n      status\n      version\n      decisionNote\n    }\n  }\n"): (typeof documents)["\n  mutation DecideWaiver($input: DecideWaiverInput!) {\n    decideWaiver(input: $input) {\n      id\n      status\n      version\n      decisionNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestWaiver($input: RequestWaiverInput!) {\n    requestWaiver(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestWaiver($input: RequestWaiverInput!) {\n    requestWaiver(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WaivableDeductions {\n    myWaivableDeductions {\n      evaluationId\n      periodName\n      evaluationStatus\n      assignments {\n        assignmentId\n        title\n        deductions {\n          kind\n          reference\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WaivableDeductions {\n    myWaivableDeductions {\n      evaluationId\n      periodName\n      evaluationStatus\n      assignments {\n        assignmentId\n        title\n        deductions {\n          kind\n          reference\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WaiverRequests($filter: WaiverFilter) {\n    waiverRequests(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          kind\n          reference\n          cause\n          status\n          assignmentTitle\n          periodName\n          evaluationStatus\n          decisionNote\n          requestedAt\n          attachment {\n            id\n            name\n            url\n          }\n          requestedBy {\n            id\n            fullName\n          }\n          decidedBy {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WaiverRequests($filter: WaiverFilter) {\n    waiverRequests(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          kind\n          reference\n          cause\n          status\n          assignmentTitle\n          periodName\n          evaluationStatus\n          decisionNote\n          requestedAt\n          attachment {\n            id\n            name\n            url\n          }\n          requestedBy {\n            id\n            fullName\n          }\n          decidedBy {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
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
export function graphql(source: "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    title {\n      vi\n      en\n    }\n    body {\n      vi\n      en\n    }\n    data\n    subject {\n      kind\n      id\n    }\n    readAt\n    handledAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment NotificationItem on Notification {\n    id\n    kind\n    title {\n      vi\n      en\n    }\n    body {\n      vi\n      en\n    }\n    data\n    subject {\n      kind\n      id\n    }\n    readAt\n    handledAt\n    createdAt\n  }\n"];
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
export function graphql(source: "\n  mutation RecordAbsence($input: RecordAbsenceInput!) {\n    recordAbsence(input: $input) {\n      id\n      kind\n      startDate\n      endDate\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAbsence($input: RecordAbsenceInput!) {\n    recordAbsence(input: $input) {\n      id\n      kind\n      startDate\n      endDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAbsence($id: ID!) {\n    cancelAbsence(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n"): (typeof documents)["\n  mutation CancelAbsence($id: ID!) {\n    cancelAbsence(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Absences($filter: AbsenceFilter) {\n    absences(filter: $filter, first: 50) {\n      edges {\n        node {\n          id\n          kind\n          startDate\n          endDate\n          note\n          cancelledAt\n          official {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Absences($filter: AbsenceFilter) {\n    absences(filter: $filter, first: 50) {\n      edges {\n        node {\n          id\n          kind\n          startDate\n          endDate\n          note\n          cancelledAt\n          official {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCalendarDay($input: SetCalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      ...WorkingCalendarYearView\n    }\n  }\n"): (typeof documents)["\n  mutation SetCalendarDay($input: SetCalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      ...WorkingCalendarYearView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCalendarDay($date: LocalDate!) {\n    removeCalendarDay(date: $date) {\n      ...WorkingCalendarYearView\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCalendarDay($date: LocalDate!) {\n    removeCalendarDay(date: $date) {\n      ...WorkingCalendarYearView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoadCalendarYear($year: Int!) {\n    loadCalendarYear(year: $year) {\n      ...WorkingCalendarYearView\n    }\n  }\n"): (typeof documents)["\n  mutation LoadCalendarYear($year: Int!) {\n    loadCalendarYear(year: $year) {\n      ...WorkingCalendarYearView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitmentTextView on CommitmentText {\n    id\n    version\n    title\n    body\n    bodyEn\n    publishedAt\n  }\n"): (typeof documents)["\n  fragment CommitmentTextView on CommitmentText {\n    id\n    version\n    title\n    body\n    bodyEn\n    publishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitmentTexts {\n    commitmentTexts {\n      ...CommitmentTextView\n    }\n  }\n"): (typeof documents)["\n  query CommitmentTexts {\n    commitmentTexts {\n      ...CommitmentTextView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePilot($input: CreatePilotInput!) {\n    createPilot(input: $input) {\n      ...PilotDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePilot($input: CreatePilotInput!) {\n    createPilot(input: $input) {\n      ...PilotDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnrollmentRow on Enrollment {\n    id\n    version\n    status\n    weekdays\n    startDate\n    endDate\n    requestedAt\n    decidedAt\n    decisionReason\n    suspendReason\n    endReason\n    commitmentVersion\n    commitmentAcceptedAt\n    hasComputer\n    hasPhone\n    hasPrinter\n    hasInternet\n    note\n    pilotId\n    official {\n      id\n      fullName\n      position {\n        id\n        name\n      }\n    }\n    unit {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment EnrollmentRow on Enrollment {\n    id\n    version\n    status\n    weekdays\n    startDate\n    endDate\n    requestedAt\n    decidedAt\n    decisionReason\n    suspendReason\n    endReason\n    commitmentVersion\n    commitmentAcceptedAt\n    hasComputer\n    hasPhone\n    hasPrinter\n    hasInternet\n    note\n    pilotId\n    official {\n      id\n      fullName\n      position {\n        id\n        name\n      }\n    }\n    unit {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnrollmentCap on Enrollment {\n    id\n    capCheck {\n      ok\n      homeDaysPerWeek\n      maxHomeDaysPerWeek\n      violations {\n        kind\n        weekday\n        firstDate\n      }\n      weekdays {\n        weekday\n        affected\n        homeCount\n        total\n        sharePercent\n        capPercent\n        maxHome\n        onSiteCount\n        minOnSite\n        breaksCap\n        breaksMinOnSite\n        breakingDates\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EnrollmentCap on Enrollment {\n    id\n    capCheck {\n      ok\n      homeDaysPerWeek\n      maxHomeDaysPerWeek\n      violations {\n        kind\n        weekday\n        firstDate\n      }\n      weekdays {\n        weekday\n        affected\n        homeCount\n        total\n        sharePercent\n        capPercent\n        maxHome\n        onSiteCount\n        minOnSite\n        breaksCap\n        breaksMinOnSite\n        breakingDates\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEnrollment($input: RequestEnrollmentInput!) {\n    requestEnrollment(input: $input) {\n      ...EnrollmentRow\n    }\n  }\n"): (typeof documents)["\n  mutation RequestEnrollment($input: RequestEnrollmentInput!) {\n    requestEnrollment(input: $input) {\n      ...EnrollmentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideEnrollment($input: DecideEnrollmentInput!) {\n    decideEnrollment(input: $input) {\n      ...EnrollmentRow\n    }\n  }\n"): (typeof documents)["\n  mutation DecideEnrollment($input: DecideEnrollmentInput!) {\n    decideEnrollment(input: $input) {\n      ...EnrollmentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendEnrollment($input: ChangeEnrollmentInput!) {\n    suspendEnrollment(input: $input) {\n      ...EnrollmentRow\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendEnrollment($input: ChangeEnrollmentInput!) {\n    suspendEnrollment(input: $input) {\n      ...EnrollmentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeEnrollment($input: ResumeEnrollmentInput!) {\n    resumeEnrollment(input: $input) {\n      ...EnrollmentRow\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeEnrollment($input: ResumeEnrollmentInput!) {\n    resumeEnrollment(input: $input) {\n      ...EnrollmentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndEnrollment($input: ChangeEnrollmentInput!) {\n    endEnrollment(input: $input) {\n      ...EnrollmentRow\n    }\n  }\n"): (typeof documents)["\n  mutation EndEnrollment($input: ChangeEnrollmentInput!) {\n    endEnrollment(input: $input) {\n      ...EnrollmentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawEnrollment($input: WithdrawEnrollmentInput!) {\n    withdrawEnrollment(input: $input) {\n      ...EnrollmentRow\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawEnrollment($input: WithdrawEnrollmentInput!) {\n    withdrawEnrollment(input: $input) {\n      ...EnrollmentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Enrollments($filter: EnrollmentFilter, $withCap: Boolean!) {\n    enrollments(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...EnrollmentRow\n          ...EnrollmentCap @include(if: $withCap)\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Enrollments($filter: EnrollmentFilter, $withCap: Boolean!) {\n    enrollments(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...EnrollmentRow\n          ...EnrollmentCap @include(if: $withCap)\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeWork {\n    myPresence {\n      date\n      status\n      holidayName\n      absenceKind\n    }\n    currentCommitmentText {\n      ...CommitmentTextView\n    }\n    pilots(first: 20) {\n      edges {\n        node {\n          ...PilotDetails\n        }\n      }\n    }\n    enrollments(first: 20) {\n      edges {\n        node {\n          ...EnrollmentRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeWork {\n    myPresence {\n      date\n      status\n      holidayName\n      absenceKind\n    }\n    currentCommitmentText {\n      ...CommitmentTextView\n    }\n    pilots(first: 20) {\n      edges {\n        node {\n          ...PilotDetails\n        }\n      }\n    }\n    enrollments(first: 20) {\n      edges {\n        node {\n          ...EnrollmentRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PilotDetails on Pilot {\n    id\n    version\n    name\n    decisionNumber\n    startDate\n    endDate\n    phase\n    maxHomeSharePercent\n    minOnSite\n    maxHomeDaysPerWeek\n    sampleRatePercent\n    answerWindowMinutes\n    coreHours {\n      start\n      end\n    }\n    unitIds\n    units {\n      id\n      name\n      agencyId\n    }\n    agencies {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PilotDetails on Pilot {\n    id\n    version\n    name\n    decisionNumber\n    startDate\n    endDate\n    phase\n    maxHomeSharePercent\n    minOnSite\n    maxHomeDaysPerWeek\n    sampleRatePercent\n    answerWindowMinutes\n    coreHours {\n      start\n      end\n    }\n    unitIds\n    units {\n      id\n      name\n      agencyId\n    }\n    agencies {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PilotPositions($id: ID!) {\n    pilot(id: $id) {\n      id\n      positions {\n        eligible\n        officialCount\n        reasons\n        position {\n          id\n          code\n          name\n          agencyId\n        }\n        exception {\n          id\n          reason\n          grantedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PilotPositions($id: ID!) {\n    pilot(id: $id) {\n      id\n      positions {\n        eligible\n        officialCount\n        reasons\n        position {\n          id\n          code\n          name\n          agencyId\n        }\n        exception {\n          id\n          reason\n          grantedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PilotUnitChoices {\n    units(first: 200) {\n      edges {\n        node {\n          id\n          name\n          parentId\n          agency {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PilotUnitChoices {\n    units(first: 200) {\n      edges {\n        node {\n          id\n          name\n          parentId\n          agency {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pilots {\n    pilots(first: 100) {\n      edges {\n        node {\n          ...PilotDetails\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Pilots {\n    pilots(first: 100) {\n      edges {\n        node {\n          ...PilotDetails\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishCommitmentText($input: PublishCommitmentTextInput!) {\n    publishCommitmentText(input: $input) {\n      ...CommitmentTextView\n    }\n  }\n"): (typeof documents)["\n  mutation PublishCommitmentText($input: PublishCommitmentTextInput!) {\n    publishCommitmentText(input: $input) {\n      ...CommitmentTextView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServerToday {\n    myPresence {\n      date\n    }\n  }\n"): (typeof documents)["\n  query ServerToday {\n    myPresence {\n      date\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPositionEligibility($input: SetPositionEligibilityInput!) {\n    setPositionEligibility(input: $input) {\n      eligible\n      position {\n        id\n      }\n      exception {\n        id\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetPositionEligibility($input: SetPositionEligibilityInput!) {\n    setPositionEligibility(input: $input) {\n      eligible\n      position {\n        id\n      }\n      exception {\n        id\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpotCheckDraw($unitId: ID!, $date: LocalDate!) {\n    spotCheckDraw(unitId: $unitId, date: $date) {\n      id\n      algorithm\n      unitId\n      date\n      commitment\n      drawnAt\n      revealedAt\n      seed\n      k\n      roster\n      rosterHash\n      rosterMembers {\n        id\n        fullName\n      }\n      parameters {\n        sampleRateBasisPoints\n        answerWindowMinutes\n        coreHours {\n          start\n          end\n        }\n      }\n      picks {\n        order\n        officialId\n        rosterIndex\n        promptLocalTime\n        promptAt\n        answerBy\n      }\n      json\n    }\n  }\n"): (typeof documents)["\n  query SpotCheckDraw($unitId: ID!, $date: LocalDate!) {\n    spotCheckDraw(unitId: $unitId, date: $date) {\n      id\n      algorithm\n      unitId\n      date\n      commitment\n      drawnAt\n      revealedAt\n      seed\n      k\n      roster\n      rosterHash\n      rosterMembers {\n        id\n        fullName\n      }\n      parameters {\n        sampleRateBasisPoints\n        answerWindowMinutes\n        coreHours {\n          start\n          end\n        }\n      }\n      picks {\n        order\n        officialId\n        rosterIndex\n        promptLocalTime\n        promptAt\n        answerBy\n      }\n      json\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpotCheckFlags($filter: SpotCheckFlagFilter) {\n    spotCheckFlags(filter: $filter, first: 50) {\n      edges {\n        node {\n          id\n          version\n          month\n          missedCount\n          raisedAt\n          decision\n          decisionReason\n          decidedAt\n          enrollmentId\n          official {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpotCheckFlags($filter: SpotCheckFlagFilter) {\n    spotCheckFlags(filter: $filter, first: 50) {\n      edges {\n        node {\n          id\n          version\n          month\n          missedCount\n          raisedAt\n          decision\n          decisionReason\n          decidedAt\n          enrollmentId\n          official {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideSpotCheckFlag($input: DecideSpotCheckFlagInput!) {\n    decideSpotCheckFlag(input: $input) {\n      id\n      decision\n      decisionReason\n      decidedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DecideSpotCheckFlag($input: DecideSpotCheckFlagInput!) {\n    decideSpotCheckFlag(input: $input) {\n      id\n      decision\n      decisionReason\n      decidedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SpotCheckPrompted {\n    spotCheckPrompted {\n      ...SpotCheckRow\n    }\n  }\n"): (typeof documents)["\n  subscription SpotCheckPrompted {\n    spotCheckPrompted {\n      ...SpotCheckRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpotCheckRow on SpotCheck {\n    id\n    version\n    date\n    status\n    outcome\n    outcomeBeforeExcuse\n    manual\n    promptAt\n    promptedAt\n    answerBy\n    closesAt\n    respondedAt\n    responseNote\n    excuseReason\n    cancelReason\n    drawId\n    official {\n      id\n      fullName\n    }\n    unit {\n      id\n      name\n    }\n    followUps {\n      id\n      note\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment SpotCheckRow on SpotCheck {\n    id\n    version\n    date\n    status\n    outcome\n    outcomeBeforeExcuse\n    manual\n    promptAt\n    promptedAt\n    answerBy\n    closesAt\n    respondedAt\n    responseNote\n    excuseReason\n    cancelReason\n    drawId\n    official {\n      id\n      fullName\n    }\n    unit {\n      id\n      name\n    }\n    followUps {\n      id\n      note\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerSpotCheck($input: AnswerSpotCheckInput!) {\n    answerSpotCheck(input: $input) {\n      ...SpotCheckRow\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerSpotCheck($input: AnswerSpotCheckInput!) {\n    answerSpotCheck(input: $input) {\n      ...SpotCheckRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExcuseSpotCheck($input: SpotCheckNoteInput!) {\n    excuseSpotCheck(input: $input) {\n      ...SpotCheckRow\n    }\n  }\n"): (typeof documents)["\n  mutation ExcuseSpotCheck($input: SpotCheckNoteInput!) {\n    excuseSpotCheck(input: $input) {\n      ...SpotCheckRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSpotCheckFollowUp($input: SpotCheckNoteInput!) {\n    addSpotCheckFollowUp(input: $input) {\n      ...SpotCheckRow\n    }\n  }\n"): (typeof documents)["\n  mutation AddSpotCheckFollowUp($input: SpotCheckNoteInput!) {\n    addSpotCheckFollowUp(input: $input) {\n      ...SpotCheckRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpotChecks($filter: SpotCheckFilter) {\n    spotChecks(filter: $filter, first: 100) {\n      edges {\n        node {\n          ...SpotCheckRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpotChecks($filter: SpotCheckFilter) {\n    spotChecks(filter: $filter, first: 100) {\n      edges {\n        node {\n          ...SpotCheckRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySpotChecks {\n    mySpotChecks(first: 50) {\n      edges {\n        node {\n          ...SpotCheckRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySpotChecks {\n    mySpotChecks(first: 50) {\n      edges {\n        node {\n          ...SpotCheckRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestSpotChecksEnabled {\n    testSpotChecksEnabled\n  }\n"): (typeof documents)["\n  query TestSpotChecksEnabled {\n    testSpotChecksEnabled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestCheckRecipients($search: String) {\n    officials(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          id\n          fullName\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestCheckRecipients($search: String) {\n    officials(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          id\n          fullName\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestSpotCheck($officialId: ID!) {\n    sendTestSpotCheck(officialId: $officialId) {\n      id\n      status\n      answerBy\n      official {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendTestSpotCheck($officialId: ID!) {\n    sendTestSpotCheck(officialId: $officialId) {\n      id\n      status\n      answerBy\n      official {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPresence($unitId: ID!, $date: LocalDate) {\n    unitPresence(unitId: $unitId, date: $date) {\n      date\n      unitId\n      workingDay\n      holidayName\n      total\n      homeCount\n      officeCount\n      awayCount\n      capPercent\n      entries {\n        status\n        absenceKind\n        holidayName\n        official {\n          id\n          fullName\n          position {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitPresence($unitId: ID!, $date: LocalDate) {\n    unitPresence(unitId: $unitId, date: $date) {\n      date\n      unitId\n      workingDay\n      holidayName\n      total\n      homeCount\n      officeCount\n      awayCount\n      capPercent\n      entries {\n        status\n        absenceKind\n        holidayName\n        official {\n          id\n          fullName\n          position {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePilot($input: UpdatePilotInput!) {\n    updatePilot(input: $input) {\n      ...PilotDetails\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePilot($input: UpdatePilotInput!) {\n    updatePilot(input: $input) {\n      ...PilotDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkingCalendarYearView on WorkingCalendarYear {\n    year\n    source\n    workingDays\n    updatedAt\n    entries {\n      date\n      kind\n      name\n      document\n    }\n  }\n"): (typeof documents)["\n  fragment WorkingCalendarYearView on WorkingCalendarYear {\n    year\n    source\n    workingDays\n    updatedAt\n    entries {\n      date\n      kind\n      name\n      document\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingCalendar($year: Int!) {\n    workingCalendar(year: $year) {\n      ...WorkingCalendarYearView\n    }\n  }\n"): (typeof documents)["\n  query WorkingCalendar($year: Int!) {\n    workingCalendar(year: $year) {\n      ...WorkingCalendarYearView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    me {\n      id\n      fullName\n      email\n      role\n      staffCategory\n      isLeader\n      cityScope\n      active\n      lastLoginAt\n      unit {\n        id\n        name\n      }\n      agency {\n        id\n        name\n        kind\n      }\n      position {\n        id\n        name\n      }\n      rank {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    me {\n      id\n      fullName\n      email\n      role\n      staffCategory\n      isLeader\n      cityScope\n      active\n      lastLoginAt\n      unit {\n        id\n        name\n      }\n      agency {\n        id\n        name\n        kind\n      }\n      position {\n        id\n        name\n      }\n      rank {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AcceptancePreview($id: ID!, $acceptedQuantity: Float) {\n    assignment(id: $id) {\n      id\n      scoresIfAccepted(acceptedQuantity: $acceptedQuantity) {\n        quantity\n        quality\n        progress\n      }\n    }\n  }\n"): (typeof documents)["\n  query AcceptancePreview($id: ID!, $acceptedQuantity: Float) {\n    assignment(id: $id) {\n      id\n      scoresIfAccepted(acceptedQuantity: $acceptedQuantity) {\n        quantity\n        quality\n        progress\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AssignmentNotice {\n    notificationAdded {\n      id\n      subject {\n        kind\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription AssignmentNotice {\n    notificationAdded {\n      id\n      subject {\n        kind\n        id\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query MyPresenceToday {\n    myPresence {\n      date\n      status\n      holidayName\n      absenceKind\n    }\n  }\n"): (typeof documents)["\n  query MyPresenceToday {\n    myPresence {\n      date\n      status\n      holidayName\n      absenceKind\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkLogs($filter: WorkLogFilter, $first: Int!) {\n    workLogs(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          workDate\n          minutes\n          note\n          official {\n            id\n            fullName\n          }\n          assignment {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkLogs($filter: WorkLogFilter, $first: Int!) {\n    workLogs(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          workDate\n          minutes\n          note\n          official {\n            id\n            fullName\n          }\n          assignment {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;