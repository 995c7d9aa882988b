import { GqlResponse, TestApp } from '@ketqua/api/testing';

export const at = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`);

export const PERIOD_FIELDS = `id kind year number startsOn endsOn agencyId pilotId name status selfAssessmentUntil headScoringUntil publishUntil cutOffAt factsFrozenAt
  openedAt jobStatus jobTotal jobDone jobError version agency { code }`;

export const Q = {
  create: `mutation($input: CreateEvaluationPeriodInput!) { createEvaluationPeriod(input: $input) { ${PERIOD_FIELDS} } }`,
  update: `mutation($input: UpdateEvaluationPeriodInput!) { updateEvaluationPeriod(input: $input) { ${PERIOD_FIELDS} } }`,
  open: `mutation($id: ID!, $version: Int!) { openEvaluationPeriod(id: $id, version: $version) { ${PERIOD_FIELDS} } }`,
  get: `query($id: ID!) { evaluationPeriod(id: $id) { ${PERIOD_FIELDS} } }`,
  list: `query($filter: EvaluationPeriodFilter) { evaluationPeriods(filter: $filter, first: 50) { totalCount edges { node { id name status agencyId pilotId } } } }`,
  completion: `query($periodId: ID!) { evaluationCompletion(periodId: $periodId) {
    totals { total noSelfAssessment noHeadScore notApproved notPublished }
    agencies { agencyId agencyName total noSelfAssessment noHeadScore notApproved notPublished }
    units { unitId unitName total noSelfAssessment noHeadScore notApproved notPublished } } }`,
  remind: `mutation($input: RemindEvaluationsInput!) { remindEvaluations(input: $input) { recipients evaluations } }`,
  progress: `subscription($periodId: ID!) { evaluationJobProgress(periodId: $periodId) { periodId status jobStatus jobDone jobTotal jobError } }`,
  createPilot: `mutation($input: CreatePilotInput!) { createPilot(input: $input) { id } }`,
};

export interface PeriodView {
  id: string;
  status: string;
  jobStatus: string | null;
  jobTotal: number;
  jobDone: number;
  version: number;
  startsOn: string;
  endsOn: string;
  name: string;
  factsFrozenAt: string | null;
  selfAssessmentUntil: string;
  publishUntil: string;
}

/** March 2026 with windows in April and the cut-off on 2 April at 17:00. */
export const MARCH = {
  kind: 'MONTH',
  year: 2026,
  number: 3,
  selfAssessmentUntil: '2026-04-07',
  headScoringUntil: '2026-04-14',
  publishUntil: '2026-04-21',
  cutOffAt: '2026-04-02T10:00:00.000Z',
};

/** Logins, ids by e-mail prefix and unit code, and helpers shared by the period specs. */
export class PeriodWorld {
  readonly token: Record<string, string> = {};
  readonly idOf: Record<string, string> = {};
  readonly unitOf: Record<string, string> = {};
  readonly agencyOf: Record<string, string> = {};

  constructor(readonly t: TestApp) {}

  async init(people: string[] = []): Promise<this> {
    for (const r of await this.t.dataSource.query('SELECT id, email FROM app_user')) this.idOf[r.email.split('@')[0]] = r.id;
    for (const r of await this.t.dataSource.query(`SELECT u.id, u.code, a.code AS agency FROM unit u JOIN agency a ON a.id = u.agency_id`)) {
      this.unitOf[`${r.agency}/${r.code}`] = r.id;
    }
    for (const r of await this.t.dataSource.query(`SELECT id, code FROM agency`)) this.agencyOf[r.code] = r.id;
    for (const who of ['admin', 'hr', 'head', 'official', 'inspector', ...people]) await this.login(who);
    return this;
  }

  async login(who: string): Promise<string> {
    this.token[who] ??= await this.t.login(`${who}@demo.ketqua.vn`);
    return this.token[who];
  }

  gql<T = Record<string, unknown>>(who: string, query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<T>> {
    return this.t.gql<T>(query, variables, { token: this.token[who] });
  }

  async ok<T = Record<string, unknown>>(who: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.gql<T>(who, query, variables);
    if (!res.data || res.errors?.length) throw new Error(`${who}: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  async createPeriod(input: Record<string, unknown> = {}, who = 'hr'): Promise<PeriodView> {
    return (await this.ok<{ createEvaluationPeriod: PeriodView }>(who, Q.create, { input: { ...MARCH, agencyId: this.agencyOf['SNV'], ...input } })).createEvaluationPeriod;
  }

  async open(period: PeriodView, who = 'hr'): Promise<PeriodView> {
    return (await this.ok<{ openEvaluationPeriod: PeriodView }>(who, Q.open, { id: period.id, version: period.version })).openEvaluationPeriod;
  }

  async auditOf(action: string): Promise<Array<{ actor_id: string | null; entity_id: string | null; data: Record<string, unknown> }>> {
    return this.t.dataSource.query(`SELECT actor_id, entity_id, data FROM audit_event WHERE action = $1 ORDER BY seq`, [action]);
  }

  /** Officials a period of these units evaluates, by the rule: active công chức and viên chức. */
  async expectedOfficials(unitIds: string[]): Promise<string[]> {
    const rows: Array<{ email: string }> = await this.t.dataSource.query(
      `SELECT email FROM app_user WHERE active AND unit_id = ANY($1::uuid[]) AND staff_category IN ('CONG_CHUC', 'VIEN_CHUC') ORDER BY email`,
      [unitIds],
    );
    return rows.map((r) => r.email);
  }
}
