import { GqlResponse, TestApp } from '@ketqua/api/testing';

/** A Monday of 2026 outside any holiday: 07:30 in Ho Chi Minh City. */
export const MONDAY = '2026-03-02';
export const at = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`);

export const ROLES = ['admin', 'hr', 'head', 'official', 'inspector'] as const;
export type Who = (typeof ROLES)[number] | string;

export const P = {
  createPilot: `mutation($input: CreatePilotInput!) { createPilot(input: $input) { id name version unitIds maxHomeSharePercent minOnSite maxHomeDaysPerWeek sampleRatePercent answerWindowMinutes coreHours { start end } phase } }`,
  updatePilot: `mutation($input: UpdatePilotInput!) { updatePilot(input: $input) { id version maxHomeSharePercent minOnSite maxHomeDaysPerWeek } }`,
  pilot: `query($id: ID!) { pilot(id: $id) { id name units { code } agencies { code } positions { position { code name } officialCount eligible reasons exception { reason } } } }`,
  pilots: `{ pilots(first: 20) { totalCount edges { node { id name } } } }`,
  setEligibility: `mutation($input: SetPositionEligibilityInput!) { setPositionEligibility(input: $input) { position { code } eligible reasons exception { reason grantedById } } }`,
  publish: `mutation($input: PublishCommitmentTextInput!) { publishCommitmentText(input: $input) { id version title body } }`,
  commitment: `{ currentCommitmentText { id version title body } }`,
  request: `mutation($input: RequestEnrollmentInput!) { requestEnrollment(input: $input) { id status weekdays startDate endDate commitmentVersion commitmentAcceptedAt version official { email } } }`,
  decide: `mutation($input: DecideEnrollmentInput!) { decideEnrollment(input: $input) { id status decisionReason version decidedBy { email } } }`,
  suspend: `mutation($input: ChangeEnrollmentInput!) { suspendEnrollment(input: $input) { id status suspendReason version } }`,
  resume: `mutation($input: ResumeEnrollmentInput!) { resumeEnrollment(input: $input) { id status version } }`,
  end: `mutation($input: ChangeEnrollmentInput!) { endEnrollment(input: $input) { id status endReason version } }`,
  enrollments: `query($filter: EnrollmentFilter) { enrollments(filter: $filter, first: 50) { totalCount edges { node { id status weekdays official { email } capCheck { ok homeDaysPerWeek maxHomeDaysPerWeek weekdays { weekday affected homeCount total maxHome breaksCap } violations { kind weekday } } } } } }`,
  recordAbsence: `mutation($input: RecordAbsenceInput!) { recordAbsence(input: $input) { id kind startDate endDate official { email } } }`,
  cancelAbsence: `mutation($id: ID!) { cancelAbsence(id: $id) { id cancelledAt } }`,
  absences: `query($filter: AbsenceFilter) { absences(filter: $filter, first: 50) { totalCount edges { node { id kind official { email } } } } }`,
  presence: `query($unitId: ID!, $date: LocalDate) { unitPresence(unitId: $unitId, date: $date) { workingDay holidayName homeCount officeCount awayCount total capPercent entries { status absenceKind holidayName official { email } } } }`,
  myPresence: `query($date: LocalDate) { myPresence(date: $date) { date status holidayName absenceKind } }`,
  calendar: `query($year: Int!) { workingCalendar(year: $year) { year source workingDays entries { date kind name document } } }`,
  loadYear: `mutation($year: Int!) { loadCalendarYear(year: $year) { year source workingDays entries { date } } }`,
  setDay: `mutation($input: SetCalendarDayInput!) { setCalendarDay(input: $input) { year source workingDays entries { date kind name document } } }`,
  removeDay: `mutation($date: LocalDate!) { removeCalendarDay(date: $date) { year source workingDays entries { date } } }`,
  draw: `query($unitId: ID!, $date: LocalDate!) { spotCheckDraw(unitId: $unitId, date: $date) { id algorithm commitment seed revealedAt roster rosterHash k json parameters { sampleRateBasisPoints answerWindowMinutes coreHours { start end } } picks { order officialId promptAt answerBy promptLocalTime rosterIndex } rosterMembers { id fullName } } }`,
  checks: `query($filter: SpotCheckFilter) { spotChecks(filter: $filter, first: 100) { totalCount edges { node { id status outcome officialId promptAt answerBy closesAt respondedAt responseNote excuseReason outcomeBeforeExcuse cancelReason manual official { email } followUps { note authorId } } } } }`,
  mine: `{ mySpotChecks(first: 50) { totalCount edges { node { id status outcome promptAt answerBy manual } } } }`,
  answer: `mutation($input: AnswerSpotCheckInput!) { answerSpotCheck(input: $input) { id status outcome respondedAt responseNote } }`,
  excuse: `mutation($input: SpotCheckNoteInput!) { excuseSpotCheck(input: $input) { id status outcome outcomeBeforeExcuse excuseReason } }`,
  followUp: `mutation($input: SpotCheckNoteInput!) { addSpotCheckFollowUp(input: $input) { id followUps { note } } }`,
  flags: `query($filter: SpotCheckFlagFilter) { spotCheckFlags(filter: $filter, first: 50) { totalCount edges { node { id month missedCount decision enrollmentId official { email } } } } }`,
  decideFlag: `mutation($input: DecideSpotCheckFlagInput!) { decideSpotCheckFlag(input: $input) { id decision decisionReason } }`,
};

export const COMMITMENT_BODY =
  'Tôi cam kết hoàn thành đúng hạn, bảo đảm chất lượng các nhiệm vụ được giao, luôn liên lạc được trong giờ làm việc chính và giữ an toàn thông tin, tài liệu công vụ.';

/** Logins, ids by e-mail prefix and unit code, and helpers shared by the pilot specs. */
export class PilotWorld {
  readonly token: Record<string, string> = {};
  readonly idOf: Record<string, string> = {};
  readonly unitOf: Record<string, string> = {};
  pilotId = '';
  commitmentVersion = 0;

  constructor(readonly t: TestApp) {}

  async init(people: string[] = []): Promise<this> {
    for (const r of await this.t.dataSource.query('SELECT id, email FROM app_user')) this.idOf[r.email.split('@')[0]] = r.id;
    for (const r of await this.t.dataSource.query(`SELECT u.id, u.code, a.code AS agency FROM unit u JOIN agency a ON a.id = u.agency_id`)) {
      this.unitOf[`${r.agency}/${r.code}`] = r.id;
      if (r.agency === 'SNV') this.unitOf[r.code] = r.id;
    }
    for (const who of [...ROLES, ...people]) await this.login(who);
    return this;
  }

  async login(who: Who): Promise<string> {
    this.token[who] ??= await this.t.login(`${who}@demo.ketqua.vn`);
    return this.token[who];
  }

  gql<T = Record<string, unknown>>(who: Who, query: string, variables: Record<string, unknown> = {}, lang?: 'vi' | 'en'): Promise<GqlResponse<T>> {
    return this.t.gql<T>(query, variables, { token: this.token[who], lang });
  }

  /** The data or a failed test naming the errors. */
  async ok<T = Record<string, unknown>>(who: Who, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.gql<T>(who, query, variables);
    if (!res.data || res.errors?.length) throw new Error(`${who}: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  /** HR sets up a pilot from `start` for CCVC, CCHC and the one-stop desk, and publishes a commitment. */
  async setUp(start = MONDAY, rules: Record<string, unknown> = {}): Promise<void> {
    const created = await this.ok<{ createPilot: { id: string } }>('hr', P.createPilot, {
      input: {
        name: 'Thí điểm kiểm thử',
        decisionNumber: '99/QĐ-TEST',
        startDate: start,
        endDate: '2026-12-31',
        unitIds: [this.unitOf['CCVC'], this.unitOf['CCHC'], this.unitOf['BPMC']],
        ...rules,
      },
    });
    this.pilotId = created.createPilot.id;
    const published = await this.ok<{ publishCommitmentText: { version: number } }>('hr', P.publish, { input: { title: 'Bản cam kết', body: COMMITMENT_BODY } });
    this.commitmentVersion = published.publishCommitmentText.version;
  }

  requestInput(weekdays: number[], extra: Record<string, unknown> = {}) {
    return {
      pilotId: this.pilotId,
      weekdays,
      startDate: MONDAY,
      endDate: '2026-06-30',
      commitmentVersion: this.commitmentVersion,
      acceptCommitment: true,
      hasComputer: true,
      hasPhone: true,
      hasPrinter: true,
      hasInternet: true,
      ...extra,
    };
  }

  async request(who: Who, weekdays: number[], extra: Record<string, unknown> = {}): Promise<string> {
    await this.login(who);
    return (await this.ok<{ requestEnrollment: { id: string } }>(who, P.request, { input: this.requestInput(weekdays, extra) })).requestEnrollment.id;
  }

  async approve(id: string, by: Who = 'head'): Promise<void> {
    await this.ok(by, P.decide, { input: { id, approve: true } });
  }

  /** Request and approve at once. */
  async enrol(who: Who, weekdays: number[], by: Who = 'head'): Promise<string> {
    const id = await this.request(who, weekdays);
    await this.approve(id, by);
    return id;
  }

  async auditOf(action: string): Promise<Array<{ actor_id: string | null; entity_id: string | null; data: Record<string, unknown> }>> {
    return this.t.dataSource.query(`SELECT actor_id, entity_id, data FROM audit_event WHERE action = $1 ORDER BY seq`, [action]);
  }
}
