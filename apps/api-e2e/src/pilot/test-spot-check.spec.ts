import { AppConfig } from '@ketqua/api/core';
import { createTestApp, errorCode, openSubscription, TestApp } from '@ketqua/api/testing';

const SEND = `mutation($officialId: ID!) { sendTestSpotCheck(officialId: $officialId) { id status manual official { email } } }`;
const ENABLED = `{ testSpotChecksEnabled }`;
const PROMPTED = `subscription { spotCheckPrompted { id officialId status manual } }`;

/** "Gửi kiểm tra thử" (issue 10 §9): what npm run demo:spot-check does, from the dashboard; per role over HTTP. */
describe('sendTestSpotCheck', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  const idOf: Record<string, string> = {};
  const manualChecks = async () => Number((await t.dataSource.query(`SELECT count(*) AS n FROM spot_check WHERE manual`))[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    for (const who of ['admin', 'hr', 'head', 'official', 'inspector']) token[who] = await t.login(`${who}@demo.ketqua.vn`);
    const rows: Array<{ id: string; email: string }> = await t.dataSource.query('SELECT id, email FROM app_user');
    for (const r of rows) idOf[r.email] = r.id;
  });
  afterAll(() => t.close());

  const as = <T>(who: string, query: string, variables: Record<string, unknown> = {}) => t.gql<T>(query, variables, { token: token[who] });

  it('the head sends one to an official of their unit, who gets the live prompt; audited with the head as actor', async () => {
    expect((await as<{ testSpotChecksEnabled: boolean }>('head', ENABLED)).data!.testSpotChecksEnabled).toBe(true);
    const sub = await openSubscription<{ id: string; status: string; manual: boolean }>(t.url, token['official'], PROMPTED);
    const res = await as<{ sendTestSpotCheck: { id: string; status: string; manual: boolean; official: { email: string } } }>('head', SEND, {
      officialId: idOf['official@demo.ketqua.vn'],
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.sendTestSpotCheck).toMatchObject({ status: 'PROMPTED', manual: true, official: { email: 'official@demo.ketqua.vn' } });
    expect(await sub.next(10_000)).toMatchObject({ id: res.data!.sendTestSpotCheck.id, status: 'PROMPTED', manual: true });
    await sub.close();
    const audit = await t.dataSource.query(`SELECT actor_id FROM audit_event WHERE action = 'pilot.spot_check.manual_created' AND entity_id = $1`, [
      res.data!.sendTestSpotCheck.id,
    ]);
    expect(audit).toEqual([{ actor_id: idOf['head@demo.ketqua.vn'] }]);
  });

  it('an administrator may send one to anyone', async () => {
    const res = await as<{ sendTestSpotCheck: { status: string } }>('admin', SEND, { officialId: idOf['nguyen.hoang.long@demo.ketqua.vn'] });
    expect(res.data?.sendTestSpotCheck.status).toBe('PROMPTED');
  });

  it('is refused outside the head’s units and to other roles, creating nothing', async () => {
    const before = await manualChecks();
    expect(errorCode(await as('head', SEND, { officialId: idOf['nguyen.hoang.long@demo.ketqua.vn'] }))).toBe('FORBIDDEN');
    for (const who of ['official', 'hr', 'inspector']) {
      expect(errorCode(await as(who, SEND, { officialId: idOf['official@demo.ketqua.vn'] }))).toBe('FORBIDDEN');
      expect(errorCode(await as(who, ENABLED))).toBe('FORBIDDEN');
    }
    expect(errorCode(await as('admin', SEND, { officialId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    expect(await manualChecks()).toBe(before);
  });

  it('is refused in production with a typed error, creating nothing', async () => {
    const config = t.app.get(AppConfig);
    const before = await manualChecks();
    config.NODE_ENV = 'production';
    try {
      expect((await as<{ testSpotChecksEnabled: boolean }>('admin', ENABLED)).data!.testSpotChecksEnabled).toBe(false);
      const res = await t.gql(SEND, { officialId: idOf['official@demo.ketqua.vn'] }, { token: token['admin'], lang: 'en' });
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.errors?.[0]?.extensions?.reason).toBe('TEST_CHECKS_DISABLED');
      expect(res.errors?.[0]?.message).toMatch(/production/);
    } finally {
      config.NODE_ENV = 'test';
    }
    expect(await manualChecks()).toBe(before);
  });
});
