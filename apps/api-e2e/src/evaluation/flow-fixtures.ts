import { errorCode, GqlResponse, TestApp } from '@ketqua/api/testing';

/**
 * Slice C's fixtures: periods, evaluations and frozen facts written as rows (the period opening job
 * is another slice's), then the flow driven over GraphQL as users would.
 */

export const E_FIELDS = `id status revision version regime isLeader evaluatorLevel verificationCode selfAssessmentText proposedGrade decidedGrade gradeChangeReason
  returnReason reopenReason selfScores { code points } generalScores { code points }
  official { id fullName } evaluator { id } scoredBy { id } unit { id code } period { id name selfAssessmentUntil }
  record { regime ruleSetVersion score taskPercent taskPoints generalPoints computedGrade grade gradeChangedFromComputed notClassifiedReason overrideReasons
    leaderComponent { applies unitResultsPercent weightPercent taskResultsFrom }
    vienChuc { total short exceeding reasons }
    receipt { lines { assignmentId title expectedUnits deliveredUnits quantity quality progress deductions { kind reason points waived waiver } }
      formula { vi en } rounding { vi } combination { quantity quality progress } } }
  revisions { revision reopenReason record { score grade } }
  disciplineEvidence { spotChecksOnTime spotChecksLate spotChecksMissed daysWithLog homeDays }`;

export const EQ = {
  get: `query($id: ID!) { evaluation(id: $id) { ${E_FIELDS} } }`,
  list: `query($filter: EvaluationFilter, $first: Int, $after: String) { evaluations(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id status official { id } record { score grade } } } } }`,
  mine: `query($year: Int!) { myEvaluations(year: $year) { id status period { name } } }`,
  self: `mutation($input: SubmitSelfAssessmentInput!) { submitSelfAssessment(input: $input) { ${E_FIELDS} } }`,
  score: `mutation($input: ScoreEvaluationInput!) { scoreEvaluation(input: $input) { ${E_FIELDS} } }`,
  ret: `mutation($input: ReasonedEvaluationInput!) { returnEvaluation(input: $input) { ${E_FIELDS} } }`,
  approve: `mutation($input: EvaluationsBatchInput!) { approveEvaluations(input: $input) { id status version } }`,
  publish: `mutation($input: EvaluationsBatchInput!) { publishEvaluations(input: $input) { id status version verificationCode revision } }`,
  reopen: `mutation($input: ReasonedEvaluationInput!) { reopenEvaluation(input: $input) { ${E_FIELDS} } }`,
  annual: `query($officialId: ID!, $year: Int!) { annualGrade(officialId: $officialId, year: $year) { regime averageScore grade reasons monthsWorked monthsOfLeave
    periods { evaluationId unitId score grade workedDays } } }`,
  history: `query($officialId: ID!) { annualGradeHistory(officialId: $officialId) { year grade averageScore } }`,
  setActing: `mutation($input: SetActingEvaluatorInput!) { setActingEvaluator(input: $input) { id startsOn endsOn decisionDocument actingUser { id } } }`,
  revokeActing: `mutation($id: ID!) { revokeActingEvaluator(id: $id) { id revokedAt } }`,
  acting: `query($unitId: ID!) { actingEvaluators(unitId: $unitId) { id revokedAt } }`,
};

export const FULL_SCORES = [
  { code: 'POLITICAL_QUALITY', points: 7.5 },
  { code: 'ETHICS_CONDUCT', points: 7 },
  { code: 'WORKING_STYLE', points: 7.25 },
  { code: 'DISCIPLINE', points: 7.5 },
];

export interface PeriodSpec {
  agencyCode?: string;
  year?: number;
  number: number;
  startsOn: string;
  endsOn: string;
  selfAssessmentUntil: string;
  headScoringUntil: string;
  publishUntil: string;
  kind?: 'MONTH' | 'QUARTER';
}

export async function makePeriod(t: TestApp, p: PeriodSpec): Promise<string> {
  const [agency] = await t.dataSource.query(`SELECT id FROM agency WHERE code = $1`, [p.agencyCode ?? 'SNV']);
  const rows = await t.dataSource.query(
    `INSERT INTO evaluation_period (kind, year, number, starts_on, ends_on, agency_id, name, status, self_assessment_until, head_scoring_until, publish_until, cut_off_at, facts_frozen_at, opened_at, version)
     VALUES ($1, $2, $3, $4::date, $5::date, $6, $7, 'OPEN', $8, $9, $10, ($5::date + 1)::timestamptz, ($5::date + 1)::timestamptz, $4::date::timestamptz, 1) RETURNING id`,
    [
      p.kind ?? 'MONTH',
      p.year ?? 2026,
      p.number,
      p.startsOn,
      p.endsOn,
      agency.id,
      `Tháng ${p.number}/${p.year ?? 2026}`,
      p.selfAssessmentUntil,
      p.headScoringUntil,
      p.publishUntil,
    ],
  );
  return rows[0].id;
}

export interface FactSpec {
  title: string;
  expectedUnits: number;
  deliveredUnits: number;
  /** Returns for a major content error; `waived` ones carry an objective cause. */
  majorErrors?: Array<{ reference: string; waived?: boolean }>;
  missed?: Array<{ reference: string; waived?: boolean }>;
  status?: string;
  deadlineDate?: string;
}

export interface EvaluationSpec {
  periodId: string;
  officialId: string;
  evaluatorId: string | null;
  level?: 'UNIT_HEAD' | 'LEVEL_ABOVE' | 'HR';
  regime?: 'CONG_CHUC' | 'VIEN_CHUC';
  isLeader?: boolean;
  scheduledWorkingDays?: number | null;
  workedDays?: number | null;
  facts?: FactSpec[];
}

const waiverOf = (w?: boolean) => (w ? { cause: 'Mất điện diện rộng', confirmedBy: 'Công văn 12/UBND' } : null);

/** An evaluation row as the opening job writes it, with its frozen facts. */
export async function makeEvaluation(t: TestApp, s: EvaluationSpec): Promise<string> {
  const [u] = await t.dataSource.query(`SELECT u.unit_id, n.agency_id, u.position_id FROM app_user u JOIN unit n ON n.id = u.unit_id WHERE u.id = $1`, [s.officialId]);
  const rows = await t.dataSource.query(
    `INSERT INTO evaluation (period_id, official_id, unit_id, agency_id, position_id, task_group, regime, is_leader, evaluator_id, evaluator_level, rule_set_version,
        scheduled_working_days, worked_days, version)
     VALUES ($1, $2, $3, $4, $5::uuid, coalesce($5::uuid::text, 'none'), $6, $7, $8, $9, 'v1', $10, $11, 1) RETURNING id`,
    [
      s.periodId,
      s.officialId,
      u.unit_id,
      u.agency_id,
      u.position_id,
      s.regime ?? 'CONG_CHUC',
      s.isLeader ?? false,
      s.evaluatorId,
      s.level ?? (s.evaluatorId ? 'UNIT_HEAD' : 'HR'),
      s.scheduledWorkingDays ?? 22,
      s.workedDays === undefined ? 22 : s.workedDays,
    ],
  );
  const id = rows[0].id;
  for (const [i, f] of (s.facts ?? []).entries()) {
    await t.dataSource.query(
      `INSERT INTO evaluation_fact (evaluation_id, assignment_id, unit_id, title, source_document, status, deadline_date, expected_units, delivered_units, accepted_at,
         major_error_returns, missed_deadlines, rule_set_version)
       VALUES ($1, gen_random_uuid(), $2, $3, $4, $5, $6, $7, $8, NULL, $9, $10, 'v1')`,
      [
        id,
        u.unit_id,
        f.title,
        `${100 + i}/SNV-CCVC`,
        f.status ?? 'ACCEPTED',
        f.deadlineDate ?? '2026-03-20',
        f.expectedUnits,
        f.deliveredUnits,
        JSON.stringify((f.majorErrors ?? []).map((m) => ({ reference: m.reference, waiver: waiverOf(m.waived) }))),
        JSON.stringify((f.missed ?? []).map((m) => ({ reference: m.reference, waiver: waiverOf(m.waived) }))),
      ],
    );
  }
  return id;
}

export interface EvalView {
  id: string;
  status: string;
  revision: number;
  version: number;
  verificationCode: string | null;
  decidedGrade: string | null;
  gradeChangeReason: string | null;
  scoredBy: { id: string } | null;
  record: {
    score: number | null;
    taskPercent: number | null;
    taskPoints: number | null;
    generalPoints: number | null;
    computedGrade: string | null;
    grade: string | null;
    gradeChangedFromComputed: boolean;
    notClassifiedReason: string | null;
    overrideReasons: string[];
    leaderComponent: { applies: boolean; unitResultsPercent: number | null; weightPercent: number; taskResultsFrom: string } | null;
    vienChuc: { total: number; short: number; exceeding: number; reasons: string[] } | null;
    receipt: {
      lines: Array<{
        title: string;
        expectedUnits: number;
        deliveredUnits: number;
        quantity: number;
        quality: number;
        progress: number;
        deductions: Array<{ kind: string; reason: string; points: number; waived: boolean; waiver: string | null }>;
      }>;
      formula: { vi: string };
    };
  };
  revisions: Array<{ revision: number; reopenReason: string | null; record: { score: number | null; grade: string | null } }>;
  disciplineEvidence: { spotChecksOnTime: number; spotChecksLate: number; spotChecksMissed: number; daysWithLog: number; homeDays: number } | null;
}

export function ok<T>(res: GqlResponse<T>): T {
  if (res.errors?.length || !res.data) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}

export function refused(res: GqlResponse<unknown>): { code?: string; reason?: string } {
  return { code: errorCode(res), reason: res.errors?.[0]?.extensions?.reason as string | undefined };
}

export const hcm = (isoLocal: string) => new Date(`${isoLocal}+07:00`);

export async function people(t: TestApp): Promise<Record<string, string>> {
  const idOf: Record<string, string> = {};
  for (const r of await t.dataSource.query('SELECT id, email FROM app_user')) idOf[r.email.split('@')[0]] = r.id;
  return idOf;
}

/**
 * HR's recorded exception to the excellent-grade quota for the evaluation's agency and task group:
 * these tests are about the flow and the numbers; the quota's refusal is tested in quota-status.spec.ts.
 */
export async function exceptFromQuota(t: TestApp, id: string): Promise<void> {
  await t.dataSource.query(
    `INSERT INTO quota_exception (period_id, regime, agency_id, scope_kind, task_group, rule, extra_excellent, reason, granted_by, recorded_by_id)
     SELECT e.period_id, e.regime, e.agency_id, s.kind, CASE WHEN s.kind = 'AGENCY' THEN '' ELSE e.task_group END, r.rule, 100,
            'Kiểm thử luồng đánh giá', 'Giám đốc Sở', (SELECT id FROM app_user WHERE email = 'hr@demo.ketqua.vn')
       FROM evaluation e CROSS JOIN (VALUES ('AGENCY'), ('TASK_GROUP')) s(kind) CROSS JOIN (VALUES ('PERCENT_OF_GOOD'), ('PARTY_MEMBER_SHARE')) r(rule)
      WHERE e.id = $1 AND (r.rule = 'PERCENT_OF_GOOD' OR e.regime = 'VIEN_CHUC')
     ON CONFLICT DO NOTHING`,
    [id],
  );
}

/** The flow after the self-assessment, as the evaluator: score, approve, publish (within a recorded quota exception). */
export async function scoreAndPublish(t: TestApp, token: string, id: string, scores = FULL_SCORES): Promise<EvalView> {
  await exceptFromQuota(t, id);
  const scored = ok(await t.gql<{ scoreEvaluation: EvalView }>(EQ.score, { input: { id, version: await version(t, id), generalScores: scores } }, { token })).scoreEvaluation;
  ok(await t.gql(EQ.approve, { input: { evaluations: [{ id, version: scored.version }] } }, { token }));
  ok(await t.gql(EQ.publish, { input: { evaluations: [{ id, version: await version(t, id) }] } }, { token }));
  return ok(await t.gql<{ evaluation: EvalView }>(EQ.get, { id }, { token })).evaluation;
}

export async function version(t: TestApp, id: string): Promise<number> {
  return (await t.dataSource.query(`SELECT version FROM evaluation WHERE id = $1`, [id]))[0].version;
}

export async function row(t: TestApp, id: string): Promise<{ status: string; version: number; revision: number; decided_grade: string | null }> {
  return (await t.dataSource.query(`SELECT status, version, revision, decided_grade FROM evaluation WHERE id = $1`, [id]))[0];
}

export async function audits(t: TestApp): Promise<number> {
  return Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`))[0].n);
}
