import { EvaluationEntity, EvaluationFactEntity, EvaluationPeriodEntity, QuotaGuard } from '@ketqua/api/evaluation';
import { GqlResponse, TestApp } from '@ketqua/api/testing';
import type { DeductionEvent, Grade } from '@ketqua/domain';

/**
 * The quota and waiver slice's own fixtures: periods, evaluations and frozen facts written directly
 * with TypeORM (the period and flow slices own the services that create them), and a stand-in for
 * the flow slice's publication: QuotaGuard.assertPublishable then the status change, in one transaction.
 */
export const email = (who: string) => (who.includes('@') ? who : `${who}@demo.ketqua.vn`);

export const QQ = {
  status: `query($agencyId: ID!, $periodId: ID!, $group: String) { quotaStatus(agencyId: $agencyId, periodId: $periodId, group: $group) {
    agencyId periodId year ruleSetVersion excellentMaxPercentOfGood withinQuota
    scopes { kind rule regime taskGroup excellent good classified maxExcellent exceptionExtra allowedExcellent excess withinQuota partyMemberExcellentPercent reason exception { id extraExcellent } }
    publishedScopes { kind rule regime taskGroup excellent good maxExcellent withinQuota }
    wouldBreak { evaluationId official { fullName } taskGroup regime status grade score breaksAlone }
    reconsider { evaluationId official { fullName } score }
    exceptions { id scopeKind taskGroup rule extraExcellent reason grantedBy decisionDocument } } }`,
  except: `mutation($input: RecordQuotaExceptionInput!) { recordQuotaException(input: $input) { id periodId regime agencyId scopeKind taskGroup rule extraExcellent reason grantedBy decisionDocument recordedById } }`,
  calibration: `query($periodId: ID!, $unitId: ID!) { calibration(periodId: $periodId, unitId: $unitId) { periodId unitId meanGapPoints minScored
    unitScores { count mean median min max } unitGrades { excellent good complete incomplete notClassified }
    scorers { scorer { id fullName } scores { count mean median min max } grades { excellent good complete incomplete notClassified } meanGap flag } } }`,
  parity: `query($periodId: ID!, $unitId: ID!) { workloadParity(periodId: $periodId, unitId: $unitId) { officeAverage officeCount thresholdPercent
    home { official { id fullName } evaluationId workload belowAveragePercent flagged } } }`,
  request: `mutation($input: RequestWaiverInput!) { requestWaiver(input: $input) { id evaluationId assignmentId assignmentTitle kind reference cause status version periodName evaluationStatus
    attachment { id name url } requestedBy { fullName } decidedBy { fullName } decisionNote } }`,
  decide: `mutation($input: DecideWaiverInput!) { decideWaiver(input: $input) { id status version decisionNote decidedBy { fullName } decidedAt } }`,
  list: `query($filter: WaiverFilter, $first: Int, $after: String) { waiverRequests(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id status kind reference requestedBy { fullName } assignmentTitle } } } }`,
};

export function ok<T>(res: GqlResponse<T>): T {
  if (res.errors?.length || !res.data) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}

export function refusal(res: GqlResponse<unknown>): { code?: string; reason?: string; ext: Record<string, unknown> } {
  const ext = (res.errors?.[0]?.extensions ?? {}) as Record<string, unknown>;
  return { code: ext.code as string | undefined, reason: ext.reason as string | undefined, ext };
}

export interface World {
  token: Record<string, string>;
  idOf: Record<string, string>;
  unitOf: Record<string, string>;
  agencyOf: Record<string, string>;
  /** official id → their unit and agency */
  homeOf: Record<string, { unitId: string; agencyId: string; positionId: string | null }>;
}

export async function world(t: TestApp, logins: string[]): Promise<World> {
  const w: World = { token: {}, idOf: {}, unitOf: {}, agencyOf: {}, homeOf: {} };
  for (const r of await t.dataSource.query('SELECT p.id, p.email, p.unit_id, u.agency_id, p.position_id FROM app_user p JOIN unit u ON u.id = p.unit_id')) {
    w.idOf[r.email.split('@')[0]] = r.id;
    w.homeOf[r.id] = { unitId: r.unit_id, agencyId: r.agency_id, positionId: r.position_id };
  }
  for (const r of await t.dataSource.query(`SELECT u.id, a.code || '/' || u.code AS code FROM unit u JOIN agency a ON a.id = u.agency_id`)) w.unitOf[r.code] = r.id;
  for (const r of await t.dataSource.query('SELECT id, code FROM agency')) w.agencyOf[r.code] = r.id;
  for (const who of logins) w.token[who] = await t.login(email(who));
  return w;
}

let periodNumber = 0;

/** An OPEN month period of SNV (or another agency) with its facts frozen. */
export async function plantPeriod(t: TestApp, agencyId: string, name = 'Tháng 3/2026'): Promise<string> {
  periodNumber += 1;
  const period = await t.dataSource.getRepository(EvaluationPeriodEntity).save({
    kind: 'MONTH',
    year: 2026,
    number: 3,
    startsOn: '2026-03-01',
    endsOn: '2026-03-31',
    agencyId,
    pilotId: null,
    name: `${name} (#${periodNumber})`,
    status: 'OPEN',
    selfAssessmentUntil: '2026-04-03',
    headScoringUntil: '2026-04-08',
    publishUntil: '2026-04-15',
    cutOffAt: new Date('2026-04-01T00:00:00+07:00'),
    factsFrozenAt: new Date('2026-04-01T00:00:00+07:00'),
  } as Partial<EvaluationPeriodEntity>);
  return period.id;
}

export interface FactPlan {
  title?: string;
  expectedUnits?: number;
  deliveredUnits?: number;
  majorErrorReturns?: DeductionEvent[];
  missedDeadlines?: DeductionEvent[];
}

export interface EvaluationPlan {
  periodId: string;
  officialId: string;
  evaluatorId: string | null;
  status: EvaluationEntity['status'];
  /** Công chức: the shown score to reach (70 + general points; facts at 100%). */
  score?: number;
  decidedGrade?: Grade | null;
  regime?: 'CONG_CHUC' | 'VIEN_CHUC';
  taskGroup?: string;
  scoredById?: string | null;
  /** The unit the evaluation was made in, when not the official's unit today (a transferred official). */
  unitId?: string;
  facts?: FactPlan[];
}

/** One evaluation with its frozen facts. With `score`, the general sub-scores are score − 70 split evenly (facts at 100%). */
export async function plantEvaluation(t: TestApp, w: World, plan: EvaluationPlan): Promise<{ id: string; factIds: string[]; assignmentIds: string[] }> {
  const home = w.homeOf[plan.officialId];
  const general = plan.score === undefined ? null : (plan.score - 70) / 4;
  const e = await t.dataSource.getRepository(EvaluationEntity).save({
    periodId: plan.periodId,
    officialId: plan.officialId,
    unitId: plan.unitId ?? home.unitId,
    agencyId: home.agencyId,
    positionId: home.positionId,
    taskGroup: plan.taskGroup ?? 'CHUYEN_VIEN',
    regime: plan.regime ?? 'CONG_CHUC',
    isLeader: false,
    evaluatorId: plan.evaluatorId,
    evaluatorLevel: 'UNIT_HEAD',
    status: plan.status,
    ruleSetVersion: 'v1',
    generalScores: general === null ? null : ['POLITICAL_QUALITY', 'ETHICS_CONDUCT', 'WORKING_STYLE', 'DISCIPLINE'].map((code) => ({ code, points: general })),
    decidedGrade: plan.decidedGrade ?? null,
    scoredById: plan.scoredById === undefined ? (general === null ? null : plan.evaluatorId) : plan.scoredById,
    scoredAt: general === null ? null : new Date('2026-04-05T09:00:00+07:00'),
  } as Partial<EvaluationEntity>);
  const facts = plan.facts ?? [{}];
  const factIds: string[] = [];
  const assignmentIds: string[] = [];
  for (const [i, f] of facts.entries()) {
    const assignmentId = (await t.dataSource.query('SELECT gen_random_uuid() AS id'))[0].id as string;
    const saved = await t.dataSource.getRepository(EvaluationFactEntity).save({
      evaluationId: e.id,
      assignmentId,
      unitId: home.unitId,
      title: f.title ?? `Nhiệm vụ ${i + 1}`,
      sourceDocument: null,
      status: 'ACCEPTED',
      deadlineDate: `2026-03-${String(10 + i).padStart(2, '0')}`,
      expectedUnits: f.expectedUnits ?? 4,
      deliveredUnits: f.deliveredUnits ?? f.expectedUnits ?? 4,
      acceptedAt: new Date('2026-03-20T10:00:00+07:00'),
      majorErrorReturns: f.majorErrorReturns ?? [],
      missedDeadlines: f.missedDeadlines ?? [],
      ruleSetVersion: 'v1',
    } as Partial<EvaluationFactEntity>);
    factIds.push(saved.id);
    assignmentIds.push(assignmentId);
  }
  return { id: e.id, factIds, assignmentIds };
}

/**
 * What the flow slice's publishEvaluations does about the quota: in one transaction, the guard, then
 * the status change. `hold` keeps the transaction open after the guard, so a second publisher runs
 * into the lock while the first has not committed.
 */
export async function publishThroughGuard(t: TestApp, periodId: string, ids: string[], hold = 0): Promise<void> {
  const guard = t.app.get(QuotaGuard);
  await t.dataSource.transaction(async (tx) => {
    await guard.assertPublishable(tx, periodId, ids);
    if (hold) await tx.query('SELECT pg_sleep($1)', [hold / 1000]);
    await tx.query(`UPDATE evaluation SET status = 'PUBLISHED', published_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  });
}

export const statusOf = async (t: TestApp, ids: string[]) =>
  (await t.dataSource.query('SELECT status FROM evaluation WHERE id = ANY($1::uuid[]) ORDER BY id', [ids])).map((r: { status: string }) => r.status);

// What the specs read back (only the fields they select).
export interface ScopeView {
  kind: string;
  rule: string;
  regime: string;
  taskGroup: string | null;
  excellent: number;
  good: number;
  classified: number;
  maxExcellent: number;
  exceptionExtra: number;
  allowedExcellent: number;
  excess: number;
  withinQuota: boolean;
  partyMemberExcellentPercent: number | null;
  reason: string | null;
}
export interface CandidateView {
  evaluationId: string;
  official: { fullName: string };
  status: string;
  grade: string;
  score: number | null;
  breaksAlone: boolean;
}
export interface QuotaStatusView {
  scopes: ScopeView[];
  publishedScopes: ScopeView[];
  wouldBreak: CandidateView[];
  reconsider: CandidateView[];
  exceptions: Array<{ id: string }>;
  withinQuota: boolean;
}
export interface ExceptionView {
  id: string;
  scopeKind: string;
  taskGroup: string | null;
  extraExcellent: number;
  grantedBy: string;
  recordedById: string;
}
export interface WaiverView {
  id: string;
  status: string;
  version: number;
  decisionNote: string | null;
  assignmentTitle: string;
  attachment: { id: string; name: string; url: string } | null;
  decidedBy: { fullName: string } | null;
}
export interface WaiverListView {
  totalCount: number;
  edges: Array<{ node: { id: string } }>;
}
export interface Stats {
  count: number;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
}
export interface CalibrationView {
  meanGapPoints: number;
  unitScores: Stats;
  unitGrades: Record<string, number>;
  scorers: Array<{ scorer: { id: string }; scores: Stats; meanGap: number | null; flag: string | null }>;
}
export interface ParityView {
  officeAverage: number | null;
  officeCount: number;
  thresholdPercent: number;
  home: Array<{ official: { fullName: string }; workload: number; belowAveragePercent: number | null; flagged: boolean }>;
}
