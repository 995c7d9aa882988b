import { createTestApp, errorCode, GqlResponse, TestApp } from '@ketqua/api/testing';
import { at, P, PilotWorld } from '../pilot/pilot-fixtures';

const LOG = `mutation($input: LogWorkInput!) { logWork(input: $input) { id minutes } }`;
const reason = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.reason;
const outcome = (res: GqlResponse<unknown>) => (res.errors ? `${errorCode(res)}/${String(reason(res))}` : 'OK');

/**
 * Every cap is a read-then-write; a burst of parallel requests must not squeeze past it. Four
 * parallel `logWork` calls of one official and one day once stored 1,455 minutes against the
 * 1,440-minute cap; the home share and the on-site minimum are checked under the unit's lock.
 */
describe('caps hold under a parallel burst', () => {
  let t: TestApp;
  let w: PilotWorld;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.setNow(at('2026-02-27', '09:00'));
    w = await new PilotWorld(t).init(['pham.thi.bao.tran']);
  });
  afterAll(() => t.close());

  const minutesOn = async (email: string, day: string) =>
    (
      await t.dataSource.query(
        `SELECT coalesce(sum(w.minutes), 0)::int AS n, count(*)::int AS logs FROM work_log w JOIN app_user u ON u.id = w.official_id WHERE u.email = $1 AND w.work_date = $2`,
        [email, day],
      )
    )[0] as {
      n: number;
      logs: number;
    };

  it('eight parallel logs of 200 minutes for one day: seven stored (1,400 minutes), the eighth refused TOO_MANY_MINUTES', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => w.gql('official', LOG, { input: { workDate: '2026-02-26', minutes: 200, note: `Phần việc ${i + 1}` } })));
    expect(results.map(outcome).sort()).toEqual(['BAD_USER_INPUT/TOO_MANY_MINUTES', ...Array(7).fill('OK')]);
    expect(await minutesOn('official@demo.ketqua.vn', '2026-02-26')).toEqual({ n: 1400, logs: 7 });
    const refused = results.find((r) => r.errors);
    expect(refused?.errors?.[0].message).toContain('vượt 24 giờ (đã ghi 1400 phút)');
  });

  it('eight parallel logs of 500 minutes: two stored, six refused; the audit has exactly the two', async () => {
    const auditBefore = Number((await t.dataSource.query(`SELECT count(*) AS n FROM audit_event WHERE action = 'work.log.created'`))[0].n);
    const results = await Promise.all(Array.from({ length: 8 }, () => w.gql('official', LOG, { input: { workDate: '2026-02-25', minutes: 500, note: 'Soạn báo cáo' } })));
    expect(results.map(outcome).sort()).toEqual([...Array(6).fill('BAD_USER_INPUT/TOO_MANY_MINUTES'), 'OK', 'OK']);
    expect(await minutesOn('official@demo.ketqua.vn', '2026-02-25')).toEqual({ n: 1000, logs: 2 });
    expect(Number((await t.dataSource.query(`SELECT count(*) AS n FROM audit_event WHERE action = 'work.log.created'`))[0].n)).toBe(auditBefore + 2);
  });

  describe('enrollment caps', () => {
    const unitOfficials = async (code: string) =>
      (
        (await t.dataSource.query(
          `SELECT u.email FROM app_user u JOIN unit n ON n.id = u.unit_id JOIN agency a ON a.id = n.agency_id
            WHERE n.code = $1 AND a.code = 'SNV' AND u.id IS DISTINCT FROM n.head_id AND u.active ORDER BY u.email`,
          [code],
        )) as Array<{ email: string }>
      ).map((r) => r.email.split('@')[0]);

    beforeAll(async () => {
      await w.setUp();
    });

    it("the unit's home share: every official of a 7-person unit asks for Monday and all are approved at once; exactly 2 (30%) are approved, the rest refused HOME_SHARE_CAP", async () => {
      const people = await unitOfficials('CCVC');
      expect(people.length).toBeGreaterThanOrEqual(5);
      const ids = [];
      for (const who of people) ids.push(await w.request(who, [1]));
      // Head and HR approve in parallel, two requests per enrollment: 8+ deciders racing for 2 places.
      const results = await Promise.all(ids.flatMap((id) => [w.gql('head', P.decide, { input: { id, approve: true } }), w.gql('hr', P.decide, { input: { id, approve: true } })]));
      const approved = await t.dataSource.query(`SELECT count(*)::int AS n FROM enrollment WHERE id = ANY($1) AND status = 'APPROVED'`, [ids]);
      expect(approved[0].n).toBe(2);
      const refusals = results.filter((r) => r.errors).map(outcome);
      // A loser is refused by the cap, or (its twin won first) by the status / version it no longer has.
      expect(refusals.length).toBe(results.length - 2);
      expect(refusals.filter((o) => o === 'CONFLICT/HOME_SHARE_CAP').length).toBeGreaterThanOrEqual(ids.length - 2);
      for (const r of results.filter((x) => x.errors)) expect(errorCode(r)).toBe('CONFLICT');
      expect(Number((await t.dataSource.query(`SELECT count(*) AS n FROM audit_event WHERE action = 'pilot.enrollment.approved' AND entity_id = ANY($1)`, [ids]))[0].n)).toBe(2);
    });

    it('the on-site minimum: with 3 of 4 required on site, three parallel approvals leave exactly one at home, the others refused MIN_ON_SITE', async () => {
      await w.ok('hr', P.updatePilot, { input: { id: w.pilotId, maxHomeSharePercent: 100, minOnSite: 3 } });
      const people = (await unitOfficials('CCHC')).slice(0, 3);
      expect(people.length).toBe(3);
      const ids = [];
      for (const who of people) ids.push(await w.request(who, [2]));
      const results = await Promise.all(ids.map((id, i) => w.gql(i % 2 ? 'hr' : 'pham.thi.bao.tran', P.decide, { input: { id, approve: true } })));
      expect(results.map(outcome).sort()).toEqual(['CONFLICT/MIN_ON_SITE', 'CONFLICT/MIN_ON_SITE', 'OK']);
      const approved = await t.dataSource.query(`SELECT count(*)::int AS n FROM enrollment WHERE id = ANY($1) AND status = 'APPROVED'`, [ids]);
      expect(approved[0].n).toBe(1);
    });
  });
});
