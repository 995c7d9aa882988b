import { buildRecord, EvaluationPeriodJobs } from '@ketqua/api/evaluation';
import { createTestApp, errorCode, openSubscription, TestApp } from '@ketqua/api/testing';
import { getRuleSet } from '@ketqua/domain';
import { at, PeriodView, PeriodWorld, Q } from './periods-fixtures';

const CREATE_ASSIGNMENT = `mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id version } }`;
const UPDATE_ASSIGNMENT = `mutation($input: UpdateAssignmentInput!) { updateAssignment(input: $input) { id version } }`;

interface EvaluationRow {
  id: string;
  email: string;
  regime: string;
  is_leader: boolean;
  evaluator: string | null;
  evaluator_level: string;
  task_group: string;
  position_id: string | null;
  scheduled_working_days: number;
  worked_days: number;
  rule_set_version: string;
}

/**
 * Opening a period (PRODUCT.md 4.4): the background job creates exactly one evaluation per active
 * công chức / viên chức in scope, with the evaluator of "who evaluates whom", the regime, the
 * attendance and the frozen facts; progress arrives live; facts freeze at the cut-off; the
 * completion board counts and the reminders reach those who have to act.
 */
describe('evaluation periods: opening, cut-off, completion, reminders', () => {
  let t: TestApp;
  let w: PeriodWorld;
  let jobs: EvaluationPeriodJobs;
  let period: PeriodView;
  let assignmentId = '';
  const evaluations = async (periodId: string): Promise<EvaluationRow[]> =>
    t.dataSource.query(
      `SELECT e.id, u.email, e.regime, e.is_leader, ev.email AS evaluator, e.evaluator_level, e.task_group, e.position_id, e.scheduled_working_days, e.worked_days, e.rule_set_version
         FROM evaluation e JOIN app_user u ON u.id = e.official_id LEFT JOIN app_user ev ON ev.id = e.evaluator_id
        WHERE e.period_id = $1 ORDER BY u.email`,
      [periodId],
    );
  const of = (rows: EvaluationRow[], prefix: string) => rows.find((r) => r.email === `${prefix}@demo.ketqua.vn`) as EvaluationRow;
  const factsOf = async (evaluationId: string) =>
    t.dataSource.query(
      `SELECT assignment_id AS "assignmentId", title, source_document AS "sourceDocument", status, deadline_date::text AS "deadlineDate",
              expected_units::float AS "expectedUnits", delivered_units::float AS "deliveredUnits", major_error_returns AS "majorErrorReturns", missed_deadlines AS "missedDeadlines"
         FROM evaluation_fact WHERE evaluation_id = $1 ORDER BY assignment_id`,
      [evaluationId],
    );

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.setNow(at('2026-03-02', '08:00'));
    w = await new PeriodWorld(t).init(['duong.van.phuc']);
    jobs = t.app.get(EvaluationPeriodJobs);
    // Out of both decrees: a cán bộ is not evaluated by the period; an inactive account neither.
    await t.dataSource.query(`UPDATE app_user SET staff_category = 'CAN_BO' WHERE email = 'do.minh.khoi@demo.ketqua.vn'`);
    await t.dataSource.query(`UPDATE app_user SET active = false WHERE email = 'huynh.ngoc.bich@demo.ketqua.vn'`);
    // Two days of leave and a business trip for the official in March.
    await t.dataSource.query(
      `INSERT INTO absence (official_id, unit_id, kind, start_date, end_date, recorded_by_id)
       SELECT u.id, u.unit_id, k.kind, k.s::date, k.e::date, (SELECT id FROM app_user WHERE email = 'head@demo.ketqua.vn')
         FROM app_user u, (VALUES ('LEAVE', '2026-03-09', '2026-03-10'), ('BUSINESS_TRIP', '2026-03-11', '2026-03-13')) AS k(kind, s, e)
        WHERE u.email = 'official@demo.ketqua.vn'`,
    );
    const created = await w.ok<{ createAssignment: Array<{ id: string }> }>('head', CREATE_ASSIGNMENT, {
      input: { assigneeIds: [w.idOf['official']], title: 'Báo cáo biên chế quý I', quantity: 2, deadline: at('2026-03-20', '17:00').toISOString() },
    });
    assignmentId = created.createAssignment[0].id;
    period = await w.createPeriod();
  });
  afterAll(() => t.close());

  it('HR opens: QUEUED at once, progress arrives live after each batch, and the job ends OPEN with every evaluation', async () => {
    const hrLive = await openSubscription<{ jobStatus: string; jobDone: number; jobTotal: number; status: string }>(t.url, w.token['hr'], Q.progress, { periodId: period.id });
    const opened = await w.open(period);
    expect(opened).toMatchObject({ status: 'OPENING', jobStatus: 'QUEUED', jobDone: 0 });
    expect((await hrLive.next()).jobStatus).toBe('QUEUED');
    const report = await jobs.runOpening(period.id);
    const expected = await w.expectedOfficials(
      Object.entries(w.unitOf)
        .filter(([k]) => k.startsWith('SNV/'))
        .map(([, id]) => id),
    );
    expect(report).toEqual({ created: expected.length, total: expected.length, status: 'OPEN' });
    const seen = [await hrLive.next(), await hrLive.next(), await hrLive.next()];
    expect(seen.map((e) => e.jobStatus)).toEqual(['RUNNING', 'RUNNING', 'DONE']);
    expect(seen[1]).toMatchObject({ jobDone: expected.length, jobTotal: expected.length });
    expect(seen[2]).toMatchObject({ status: 'OPEN', jobDone: expected.length, jobTotal: expected.length });
    await hrLive.close();
    const rows = await evaluations(period.id);
    expect(rows.map((r) => r.email)).toEqual(expected);
    expect(rows.map((r) => r.email)).not.toContain('do.minh.khoi@demo.ketqua.vn');
    expect(rows.map((r) => r.email)).not.toContain('huynh.ngoc.bich@demo.ketqua.vn');
    expect((await w.ok<{ evaluationPeriod: PeriodView }>('hr', Q.get, { id: period.id })).evaluationPeriod).toMatchObject({
      status: 'OPEN',
      jobStatus: 'DONE',
      jobDone: expected.length,
    });
  });

  it('each evaluation has the evaluator of "who evaluates whom", the regime of the staff category and the task group', async () => {
    const rows = await evaluations(period.id);
    expect(of(rows, 'official')).toMatchObject({ regime: 'CONG_CHUC', is_leader: false, evaluator: 'head@demo.ketqua.vn', evaluator_level: 'UNIT_HEAD' });
    expect(of(rows, 'official').task_group).toBe(of(rows, 'official').position_id);
    // A sub-unit head is evaluated by the head of the parent unit.
    expect(of(rows, 'duong.van.phuc')).toMatchObject({ is_leader: true, evaluator: 'head@demo.ketqua.vn', evaluator_level: 'LEVEL_ABOVE' });
    // A top-level head has no unit above: HR of the agency.
    expect(of(rows, 'head')).toMatchObject({ is_leader: true, evaluator: null, evaluator_level: 'HR' });
    // Viên chức of the archive team, evaluated by its head; the head by the head of the office.
    expect(of(rows, 'truong.van.loc')).toMatchObject({ regime: 'VIEN_CHUC', evaluator: 'vo.thi.kim.ngan@demo.ketqua.vn', evaluator_level: 'UNIT_HEAD' });
    expect(of(rows, 'vo.thi.kim.ngan')).toMatchObject({ regime: 'VIEN_CHUC', evaluator: 'le.thi.thu.ha@demo.ketqua.vn', evaluator_level: 'LEVEL_ABOVE' });
    expect(rows.every((r) => r.evaluator !== r.email)).toBe(true);
    expect(new Set(rows.map((r) => r.rule_set_version)).size).toBe(1);
  });

  it('attendance: March 2026 has 22 working days; two days of leave are off, a business trip is worked', async () => {
    const rows = await evaluations(period.id);
    expect(of(rows, 'official')).toMatchObject({ scheduled_working_days: 22, worked_days: 20 });
    expect(of(rows, 'head')).toMatchObject({ scheduled_working_days: 22, worked_days: 22 });
  });

  it('the facts of the period’s assignments are captured; every official is told, in one go', async () => {
    const mine = of(await evaluations(period.id), 'official');
    const facts = await factsOf(mine.id);
    expect(facts).toEqual([expect.objectContaining({ assignmentId, title: 'Báo cáo biên chế quý I', expectedUnits: 2, deliveredUnits: 0, deadlineDate: '2026-03-20' })]);
    const notes: Array<{ recipient: string; subject_id: string }> = await t.dataSource.query(
      `SELECT u.email AS recipient, n.subject_id FROM notification n JOIN app_user u ON u.id = n.recipient_id WHERE n.kind = 'EVALUATION_PERIOD_OPENED'`,
    );
    expect(notes.length).toBe((await evaluations(period.id)).length);
    expect(notes.find((n) => n.recipient === 'official@demo.ketqua.vn')?.subject_id).toBe(mine.id);
  });

  it('running the job again (a crash, a second instance) creates nothing twice', async () => {
    const before = (await evaluations(period.id)).length;
    await t.dataSource.query(`UPDATE evaluation_period SET status = 'OPENING', job_status = 'RUNNING' WHERE id = $1`, [period.id]);
    const again = await jobs.runOpening(period.id);
    expect(again).toMatchObject({ created: 0, status: 'OPEN', total: before });
    expect((await evaluations(period.id)).length).toBe(before);
    expect(Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE kind = 'EVALUATION_PERIOD_OPENED'`))[0].n)).toBe(before);
  });

  it('the inspector follows the progress read-only; an official may not subscribe', async () => {
    const sub = await openSubscription<{ jobDone: number }>(t.url, w.token['inspector'], Q.progress, { periodId: period.id });
    await sub.close();
    const official = await openSubscription<{ jobDone: number }>(t.url, w.token['official'], Q.progress, { periodId: period.id });
    await expect(official.next(2000)).rejects.toThrow(/FORBIDDEN/);
    await official.close();
  });

  it('facts follow the work until the cut-off, then freeze: a later edit moves neither the facts nor the record', async () => {
    const mine = of(await evaluations(period.id), 'official');
    // Before the cut-off, an edit is picked up by the refresh.
    const a = (await t.dataSource.query(`SELECT version FROM assignment WHERE id = $1`, [assignmentId]))[0];
    await w.ok('head', UPDATE_ASSIGNMENT, { input: { id: assignmentId, version: a.version, quantity: 3 } });
    t.clock.setNow(at('2026-04-01', '09:00'));
    expect(await jobs.sweepFacts()).toMatchObject({ refreshed: 1, frozen: 0 });
    expect((await factsOf(mine.id))[0].expectedUnits).toBe(3);
    // Past the cut-off: one last refresh, then frozen.
    t.clock.setNow(at('2026-04-02', '17:05'));
    expect(await jobs.sweepFacts()).toMatchObject({ frozen: 1 });
    const frozen = (await w.ok<{ evaluationPeriod: PeriodView }>('hr', Q.get, { id: period.id })).evaluationPeriod;
    expect(frozen.factsFrozenAt).toBe(at('2026-04-02', '17:05').toISOString());
    const factsAtCutOff = await factsOf(mine.id);
    const record = (facts: typeof factsAtCutOff) =>
      buildRecord({
        regime: 'CONG_CHUC',
        isLeader: false,
        ruleSet: getRuleSet(mine.rule_set_version),
        facts,
        generalScores: null,
        overrides: null,
        scheduledWorkingDays: 22,
        workedDays: 20,
        decidedGrade: null,
        gradeChangeReason: null,
      });
    const before = record(factsAtCutOff);
    const b = (await t.dataSource.query(`SELECT version FROM assignment WHERE id = $1`, [assignmentId]))[0];
    await w.ok('head', UPDATE_ASSIGNMENT, { input: { id: assignmentId, version: b.version, quantity: 9, title: 'Sửa sau khi chốt' } });
    t.clock.setNow(at('2026-04-03', '09:00'));
    expect(await jobs.sweepFacts()).toMatchObject({ refreshed: 0, frozen: 0 });
    expect(await factsOf(mine.id)).toEqual(factsAtCutOff);
    expect(record(await factsOf(mine.id))).toEqual(before);
    expect((await w.auditOf('evaluation-period.freeze-facts')).map((e) => e.entity_id)).toEqual([period.id]);
    // And the cut-off cannot move once frozen.
    expect(errorCode(await w.gql('hr', Q.update, { input: { id: period.id, version: frozen.version, cutOffAt: '2026-04-03T10:00:00Z' } }))).toBe('CONFLICT');
  });

  describe('completion board and reminders', () => {
    beforeAll(async () => {
      // Two of CCVC have self-assessed, one of them is scored; one in TCBC is published.
      await t.dataSource.query(
        `UPDATE evaluation e SET status = v.status FROM app_user u, (VALUES ('official@demo.ketqua.vn', 'AWAITING_HEAD'), ('tran.thi.mai.anh@demo.ketqua.vn', 'SCORED'),
           ('ta.thi.ngoc.lan@demo.ketqua.vn', 'PUBLISHED')) AS v(email, status)
          WHERE u.id = e.official_id AND u.email = v.email AND e.period_id = $1`,
        [period.id],
      );
    });

    it('HR sees every unit of the agency with the counts per step; the agency sums them', async () => {
      const res = await w.ok<{ evaluationCompletion: { totals: Record<string, number>; agencies: Array<Record<string, unknown>>; units: Array<Record<string, number | string>> } }>(
        'hr',
        Q.completion,
        { periodId: period.id },
      );
      const board = res.evaluationCompletion;
      const ccvc = board.units.find((u) => u.unitName === 'Phòng Công chức viên chức');
      const n = Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM evaluation WHERE period_id = $1 AND unit_id = $2`, [period.id, w.unitOf['SNV/CCVC']]))[0].n);
      expect(ccvc).toMatchObject({ total: n, noSelfAssessment: n - 2, noHeadScore: n - 1, notApproved: n, notPublished: n });
      const tcbc = board.units.find((u) => u.unitName === 'Phòng Tổ chức biên chế') as Record<string, number>;
      expect(tcbc.notPublished).toBe(tcbc.total - 1);
      const all = (await evaluations(period.id)).length;
      expect(board.totals).toEqual({ total: all, noSelfAssessment: all - 3, noHeadScore: all - 2, notApproved: all - 1, notPublished: all - 1 });
      expect(board.agencies).toEqual([expect.objectContaining({ agencyName: 'Sở Nội vụ Thành phố Hồ Chí Minh', total: all })]);
    });

    it('a head sees only their subtree; an official may not see the board', async () => {
      const res = await w.ok<{ evaluationCompletion: { units: Array<{ unitName: string }> } }>('head', Q.completion, { periodId: period.id });
      expect(res.evaluationCompletion.units.map((u) => u.unitName).sort()).toEqual(['Phòng Công chức viên chức', 'Tổ Đào tạo, bồi dưỡng']);
      expect(errorCode(await w.gql('official', Q.completion, { periodId: period.id }))).toBe('FORBIDDEN');
    });

    it('the board’s query uses the period/unit/status index', async () => {
      const plan: Array<{ 'QUERY PLAN': string }> = await t.dataSource.query(
        `EXPLAIN SELECT e.agency_id, e.unit_id, count(*) FROM evaluation e WHERE e.period_id = $1 GROUP BY e.agency_id, e.unit_id`,
        [period.id],
      );
      await t.dataSource.query('SET enable_seqscan = off');
      const forced: Array<{ 'QUERY PLAN': string }> = await t.dataSource.query(
        `EXPLAIN SELECT e.unit_id, e.status, count(*) FROM evaluation e WHERE e.period_id = $1 GROUP BY e.unit_id, e.status`,
        [period.id],
      );
      await t.dataSource.query('SET enable_seqscan = on');
      expect(plan.length).toBeGreaterThan(0);
      expect(forced.map((r) => r['QUERY PLAN']).join('\n')).toContain('IDX_evaluation_period_unit_status');
    });

    it('the head reminds their units’ officials without a self-assessment: one notification each, audited', async () => {
      const res = await w.ok<{ remindEvaluations: { recipients: number; evaluations: number } }>('head', Q.remind, { input: { periodId: period.id, stage: 'SELF_ASSESSMENT' } });
      const expected: Array<{ email: string }> = await t.dataSource.query(
        `SELECT u.email FROM evaluation e JOIN app_user u ON u.id = e.official_id WHERE e.period_id = $1 AND e.unit_id = ANY($2::uuid[]) AND e.status IN ('AWAITING_SELF_ASSESSMENT', 'RETURNED') ORDER BY u.email`,
        [period.id, [w.unitOf['SNV/CCVC'], w.unitOf['SNV/CCVC-DTBD']]],
      );
      expect(res.remindEvaluations).toEqual({ recipients: expected.length, evaluations: expected.length });
      const got: Array<{ email: string }> = await t.dataSource.query(
        `SELECT u.email FROM notification n JOIN app_user u ON u.id = n.recipient_id WHERE n.kind = 'EVALUATION_REMINDER_SELF_ASSESSMENT' ORDER BY u.email`,
      );
      expect(got).toEqual(expected);
      expect(got.map((g) => g.email)).not.toContain('official@demo.ketqua.vn'); // already self-assessed
      expect((await w.auditOf('evaluation-period.remind')).at(-1)?.data).toMatchObject({ stage: 'SELF_ASSESSMENT', recipients: expected.length });
    });

    it('HR reminds the evaluators of a unit to score: the head, once, with the count', async () => {
      const res = await w.ok<{ remindEvaluations: { recipients: number; evaluations: number } }>('hr', Q.remind, {
        input: { periodId: period.id, stage: 'HEAD_SCORING', unitIds: [w.unitOf['SNV/CCVC']] },
      });
      expect(res.remindEvaluations.recipients).toBe(1);
      const [note] = await t.dataSource.query(`SELECT u.email, n.data FROM notification n JOIN app_user u ON u.id = n.recipient_id WHERE n.kind = 'EVALUATION_REMINDER_SCORING'`);
      expect(note.email).toBe('head@demo.ketqua.vn');
      expect(note.data.count).toBe(res.remindEvaluations.evaluations);
    });

    it('a head may not remind a unit outside their subtree; an inspector may not remind; a stage must be known', async () => {
      expect(errorCode(await w.gql('head', Q.remind, { input: { periodId: period.id, stage: 'SELF_ASSESSMENT', unitIds: [w.unitOf['SNV/TCBC']] } }))).toBe('FORBIDDEN');
      expect(errorCode(await w.gql('inspector', Q.remind, { input: { periodId: period.id, stage: 'SELF_ASSESSMENT' } }))).toBe('FORBIDDEN');
      expect(errorCode(await w.gql('hr', Q.remind, { input: { periodId: period.id, stage: 'NOPE' } }))).toBe('BAD_USER_INPUT');
    });

    it('"window closing in 3 working days": sent on the working day 3 days before, once per person however often the job runs', async () => {
      // Self-assessment until Tue 7 April: Thu 2, Fri 3, Mon 6, Tue 7 = 4 working days on Thursday, 3 on Friday.
      expect(await jobs.sendWindowNotices('2026-04-02')).toBe(0);
      const sent = await jobs.sendWindowNotices('2026-04-03');
      const waiting = Number(
        (await t.dataSource.query(`SELECT count(*)::int AS n FROM evaluation WHERE period_id = $1 AND status IN ('AWAITING_SELF_ASSESSMENT', 'RETURNED')`, [period.id]))[0].n,
      );
      expect(sent).toBe(waiting);
      expect(await jobs.sendWindowNotices('2026-04-03')).toBe(0);
      expect(await jobs.sendWindowNotices('2026-04-06')).toBe(0);
      expect(await jobs.sendWindowNotices('2026-04-04')).toBe(0); // a Saturday: nothing
      const [note] = await t.dataSource.query(
        `SELECT n.title_vi, n.body_vi FROM notification n JOIN app_user u ON u.id = n.recipient_id WHERE n.kind = 'EVALUATION_WINDOW_CLOSING' AND u.email = 'bui.quoc.bao@demo.ketqua.vn'`,
      );
      expect(note.title_vi).toBe('Sắp hết hạn tự đánh giá: Tháng 3/2026 – Sở Nội vụ Thành phố Hồ Chí Minh');
      expect(note.body_vi).toBe('Hạn tự đánh giá là hết ngày 07/04/2026 (còn 3 ngày làm việc).');
    });
  });
});
