import { DemoSeeder } from '@ketqua/api/demo';
import { buildRecord, toRecordFact } from '@ketqua/api/evaluation';
import { createTestApp, TestApp } from '@ketqua/api/testing';
import { getRuleSet } from '@ketqua/domain';

// The evaluation demo on the demo city (npm start): three months before today's in every state.
describe('evaluation demo', () => {
  let t: TestApp;
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => t.dataSource.query(sql, params) as Promise<T[]>;
  const ofUser = (email: string) =>
    q<{ name: string; status: string; revision: number; verification_code: string | null; unit: string; id: string; record: unknown }>(
      `SELECT p.name, e.status, e.revision, e.verification_code, un.code AS unit, e.id, r.record
         FROM evaluation e JOIN evaluation_period p ON p.id = e.period_id JOIN app_user u ON u.id = e.official_id JOIN unit un ON un.id = e.unit_id
         LEFT JOIN evaluation_revision r ON r.evaluation_id = e.id AND r.revision = 1
        WHERE u.email = $1 AND p.starts_on >= '2026-09-01' ORDER BY p.starts_on`, // the three months of this demo; the pilot history (issue 12) comes before
      [email],
    );

  beforeAll(async () => {
    t = await createTestApp({ seedDemo: 'full', now: new Date('2026-12-01T09:00:00+07:00') });
  }, 180_000);
  afterAll(() => t?.close());

  it('gives official@ a published first month with a receipt, the second awaiting the head, the third awaiting self-assessment', async () => {
    const rows = await ofUser('official@demo.ketqua.vn');
    expect(rows.map((r) => [r.name, r.status])).toEqual([
      ['Tháng 9/2026', 'PUBLISHED'],
      ['Tháng 10/2026', 'AWAITING_HEAD'],
      ['Tháng 11/2026', 'AWAITING_SELF_ASSESSMENT'],
    ]);
    expect(rows[0].verification_code).toMatch(/^[0-9A-Z]{10}$/);
    const record = rows[0].record as { receipt: { lines: unknown[] }; grade: string; score: number };
    expect(record.receipt.lines).toHaveLength(4); // the work demo's four accepted assignments of September
    expect(record.grade).toBeTruthy();
  });

  it('stores every published record exactly as buildRecord computes it from the frozen facts', async () => {
    const published = await q<{
      id: string;
      regime: 'CONG_CHUC' | 'VIEN_CHUC';
      is_leader: boolean;
      rule_set_version: string;
      general_scores: never;
      scheduled_working_days: number;
      worked_days: number;
      record: { leaderComponent: unknown; verificationCode?: string };
    }>(`SELECT e.*, r.record FROM evaluation e JOIN evaluation_revision r ON r.evaluation_id = e.id AND r.revision = 1 WHERE NOT e.is_leader`);
    expect(published.length).toBeGreaterThan(20);
    for (const e of published) {
      const facts = await q<Parameters<typeof toRecordFact>[0] & { assignment_id: string }>(
        `SELECT f.assignment_id AS "assignmentId", f.title, f.source_document AS "sourceDocument", f.status, f.deadline_date::text AS "deadlineDate", f.expected_units AS "expectedUnits", f.delivered_units AS "deliveredUnits", f.major_error_returns AS "majorErrorReturns", f.missed_deadlines AS "missedDeadlines"
           FROM evaluation_fact f JOIN assignment a ON a.id = f.assignment_id WHERE evaluation_id = $1 ORDER BY a.deadline, a.id`,
        [e.id],
      );
      const again = buildRecord({
        regime: e.regime,
        isLeader: e.is_leader,
        ruleSet: getRuleSet(e.rule_set_version),
        facts: facts.map(toRecordFact),
        generalScores: e.general_scores,
        overrides: null,
        scheduledWorkingDays: e.scheduled_working_days,
        workedDays: e.worked_days,
        decidedGrade: null,
        gradeChangeReason: null,
      });
      // The stored record also carries the printed verification code.
      const { verificationCode, ...stored } = e.record;
      expect(verificationCode).toMatch(/^[0-9A-Z]{10}$/);
      expect(JSON.parse(JSON.stringify(again))).toEqual(stored);
    }
  });

  it('has every state, the reopened revision, a confirmed waiver in the numbers, a quota exception and a transferred official', async () => {
    const states = (await q<{ status: string }>(`SELECT DISTINCT status FROM evaluation ORDER BY status`)).map((r) => r.status);
    expect(states).toEqual(['APPROVED', 'AWAITING_HEAD', 'AWAITING_SELF_ASSESSMENT', 'PUBLISHED', 'REOPENED', 'RETURNED', 'SCORED']);
    const head = await q<{ status: string }>(
      `SELECT DISTINCT e.status FROM evaluation e JOIN evaluation_period p ON p.id = e.period_id JOIN unit u ON u.id = e.unit_id WHERE p.name = 'Tháng 10/2026' AND u.code = 'CCVC'`,
    );
    expect(head.length).toBeGreaterThanOrEqual(4); // head@'s board: mixed states

    const [reopened] = await ofUser('bui.quoc.bao@demo.ketqua.vn');
    expect([reopened.status, reopened.revision]).toEqual(['REOPENED', 2]);
    const [kept] = await q<{ reopen_reason: string }>(`SELECT reopen_reason FROM evaluation_revision WHERE evaluation_id = $1 AND revision = 1`, [reopened.id]);
    expect(kept.reopen_reason).toMatch(/Bổ sung/);

    const [waiver] = await q<{ status: string; evaluation_id: string; assignment_id: string }>(`SELECT * FROM waiver_request`);
    expect(waiver.status).toBe('CONFIRMED');
    const [fact] = await q<{ major_error_returns: Array<{ waiver: { cause: string } | null }> }>(
      `SELECT major_error_returns FROM evaluation_fact WHERE evaluation_id = $1 AND assignment_id = $2`,
      [waiver.evaluation_id, waiver.assignment_id],
    );
    expect(fact.major_error_returns[0].waiver?.cause).toMatch(/Công văn/);

    expect(await q(`SELECT rule, extra_excellent FROM quota_exception`)).toEqual([{ rule: 'PERCENT_OF_GOOD', extra_excellent: 1 }]);
    expect(await q(`SELECT count(*)::int AS n FROM acting_evaluator`)).toEqual([{ n: 1 }]);

    const moved = await ofUser('chau.minh.nhat@demo.ketqua.vn');
    expect(moved.map((r) => [r.unit, r.status])).toEqual([
      ['CCVC-DTBD', 'PUBLISHED'],
      ['CCHC', 'AWAITING_SELF_ASSESSMENT'],
      ['CCHC', 'AWAITING_SELF_ASSESSMENT'],
    ]);
    for (const action of ['evaluation-period.open', 'evaluation.published', 'evaluation.reopened', 'waiver.confirm', 'quota-exception.record', 'acting-evaluator.set']) {
      expect((await q<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event WHERE action = $1`, [action]))[0].n).toBeGreaterThan(0);
    }
  });

  it('seeding again changes nothing', async () => {
    const snapshot = () =>
      q(
        `SELECT (SELECT count(*) FROM evaluation_period)::int AS periods, (SELECT count(*) FROM evaluation)::int AS evaluations, (SELECT count(*) FROM evaluation_fact)::int AS facts,
                (SELECT count(*) FROM evaluation_revision)::int AS revisions, (SELECT count(*) FROM assignment)::int AS assignments, (SELECT count(*) FROM audit_event)::int AS audit`,
      );
    const before = await snapshot();
    await t.app.get(DemoSeeder).seedIfEmpty();
    expect(await snapshot()).toEqual(before);
  });
});
