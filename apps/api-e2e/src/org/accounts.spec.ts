import { createTestApp, errorCode, TestApp } from '@ketqua/api/testing';

const OFFICIALS = `query($filter: OfficialFilter) {
  officials(filter: $filter, first: 200) { totalCount edges { node { email active mustChangePassword lockedUntil manageable } } }
}`;
const GRANTABLE = `{ grantableRoles }`;
const SESSIONS = `query($officialId: ID!) { sessions(officialId: $officialId) { totalCount edges { node { id officialId createdAt lastUsedAt userAgent ipAddress current } } } }`;
const END = `mutation($id: ID!) { endSession(id: $id) { id } }`;
const END_ALL = `mutation($officialId: ID!) { endAllSessions(officialId: $officialId) }`;
const UNLOCK = `mutation($id: ID!) { unlockOfficial(id: $id) { email lockedUntil } }`;
const ME = `{ me { email } }`;

type Sessions = {
  sessions: { totalCount: number; edges: Array<{ node: { id: string; officialId: string; createdAt: string; lastUsedAt: string; userAgent: string | null; current: boolean } }> };
};
type Officials = {
  officials: { totalCount: number; edges: Array<{ node: { email: string; active: boolean; mustChangePassword: boolean; lockedUntil: string | null; manageable: boolean } }> };
};

/** The accounts page's API (issue 10 §9): filters, grantable roles, sessions per account, unlock; per role over HTTP. */
describe('accounts: filters, sessions and unlock', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  const idOf: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    for (const who of ['admin', 'hr', 'head', 'official', 'inspector']) token[who] = await t.login(`${who}@demo.ketqua.vn`);
    const rows: Array<{ id: string; email: string }> = await t.dataSource.query('SELECT id, email FROM app_user');
    for (const r of rows) idOf[r.email] = r.id;
  });
  afterAll(() => t.close());

  const as = <T>(who: string, query: string, variables: Record<string, unknown> = {}) => t.gql<T>(query, variables, { token: token[who] });
  const emails = async (who: string, filter: Record<string, unknown>) => (await as<Officials>(who, OFFICIALS, { filter })).data!.officials.edges.map((e) => e.node.email).sort();
  const auditCount = async (action: string) => Number((await t.dataSource.query(`SELECT count(*) AS n FROM audit_event WHERE action = $1`, [action]))[0].n);

  it('lists accounts by state: deactivated, locked, still on a temporary password', async () => {
    const long = 'nguyen.hoang.long@demo.ketqua.vn';
    await t.dataSource.query(`UPDATE app_user SET locked_until = now() + interval '10 minutes' WHERE email = $1`, [long]);
    await t.dataSource.query(`UPDATE app_user SET active = false WHERE email = 'tran.thi.mai.anh@demo.ketqua.vn'`);
    expect(await emails('admin', { locked: true })).toEqual([long]);
    expect(await emails('admin', { active: false })).toEqual(['tran.thi.mai.anh@demo.ketqua.vn']);
    expect(await emails('admin', { mustChangePassword: true })).toEqual([]);
    const all = (await as<Officials>('admin', OFFICIALS, { filter: { includeInactive: true } })).data!.officials.totalCount;
    expect((await as<Officials>('admin', OFFICIALS, { filter: { locked: false, includeInactive: true } })).data!.officials.totalCount).toBe(all - 1);
    await t.dataSource.query(`UPDATE app_user SET active = true WHERE email = 'tran.thi.mai.anh@demo.ketqua.vn'`);
  });

  it('offers each role only the roles it may grant, and marks the accounts it may manage', async () => {
    expect((await as<{ grantableRoles: string[] }>('admin', GRANTABLE)).data!.grantableRoles).toEqual(['OFFICIAL', 'UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR']);
    expect((await as<{ grantableRoles: string[] }>('hr', GRANTABLE)).data!.grantableRoles).toEqual(['OFFICIAL', 'UNIT_HEAD']);
    for (const who of ['head', 'official', 'inspector']) expect((await as<{ grantableRoles: string[] }>(who, GRANTABLE)).data!.grantableRoles).toEqual([]);
    const byHr = Object.fromEntries((await as<Officials>('hr', OFFICIALS)).data!.officials.edges.map((e) => [e.node.email, e.node.manageable]));
    expect(byHr['official@demo.ketqua.vn']).toBe(true);
    expect(byHr['head@demo.ketqua.vn']).toBe(true);
    expect(byHr['admin@demo.ketqua.vn']).toBe(false);
    expect(byHr['inspector@demo.ketqua.vn']).toBe(false);
    expect(byHr['hr@demo.ketqua.vn']).toBe(false);
  });

  it('an administrator sees an official’s open sessions and ends one: its token stops working at once, audited', async () => {
    const second = await t.login('official@demo.ketqua.vn');
    const listed = await as<Sessions>('admin', SESSIONS, { officialId: idOf['official@demo.ketqua.vn'] });
    expect(listed.errors).toBeUndefined();
    const sessions = listed.data!.sessions.edges.map((e) => e.node);
    expect(sessions).toHaveLength(2);
    expect(sessions.every((s) => s.officialId === idOf['official@demo.ketqua.vn'] && !s.current && s.createdAt && s.lastUsedAt)).toBe(true);
    // Newest first: the second sign-in.
    const before = await auditCount('auth.session.ended');
    expect((await as(`admin`, END, { id: sessions[0].id })).errors).toBeUndefined();
    expect(errorCode(await t.gql(ME, {}, { token: second }))).toBe('UNAUTHENTICATED');
    expect((await as<{ me: { email: string } }>('official', ME)).data!.me.email).toBe('official@demo.ketqua.vn');
    expect(await auditCount('auth.session.ended')).toBe(before + 1);
    expect((await as<Sessions>('admin', SESSIONS, { officialId: idOf['official@demo.ketqua.vn'] })).data!.sessions.totalCount).toBe(1);
  });

  it('a user sees their own sessions, the current one marked, and ends all the others', async () => {
    const other = await t.login('head@demo.ketqua.vn');
    const mine = (await as<Sessions>('head', SESSIONS, { officialId: idOf['head@demo.ketqua.vn'] })).data!.sessions.edges.map((e) => e.node);
    expect(mine.filter((s) => s.current)).toHaveLength(1);
    expect(mine).toHaveLength(2);
    expect((await as<{ endAllSessions: number }>('head', END_ALL, { officialId: idOf['head@demo.ketqua.vn'] })).data!.endAllSessions).toBe(1);
    expect(errorCode(await t.gql(ME, {}, { token: other }))).toBe('UNAUTHENTICATED');
    expect((await as<{ me: { email: string } }>('head', ME)).errors).toBeUndefined();
  });

  it('refuses others’ sessions to whoever could not manage the account, and changes nothing', async () => {
    const adminSessions = await as<Sessions>('admin', SESSIONS, { officialId: idOf['admin@demo.ketqua.vn'] });
    const adminSession = adminSessions.data!.sessions.edges[0].node.id;
    // HR could not grant ADMIN: no listing, no ending.
    expect(errorCode(await as('hr', SESSIONS, { officialId: idOf['admin@demo.ketqua.vn'] }))).toBe('FORBIDDEN');
    expect(errorCode(await as('hr', END, { id: adminSession }))).toBe('FORBIDDEN');
    expect(errorCode(await as('hr', END_ALL, { officialId: idOf['admin@demo.ketqua.vn'] }))).toBe('FORBIDDEN');
    // An official or a head may not touch someone else's, even in their unit.
    expect(errorCode(await as('official', SESSIONS, { officialId: idOf['head@demo.ketqua.vn'] }))).toBe('FORBIDDEN');
    expect(errorCode(await as('head', END_ALL, { officialId: idOf['official@demo.ketqua.vn'] }))).toBe('FORBIDDEN');
    expect(errorCode(await as('official', END, { id: adminSession }))).toBe('FORBIDDEN');
    expect(errorCode(await as('head', END, { id: adminSession }))).toBe('FORBIDDEN');
    // The inspector reads only: it ends nobody's session.
    expect(errorCode(await as('inspector', END, { id: adminSession }))).toBe('FORBIDDEN');
    const [still] = (await t.dataSource.query(`SELECT revoked_at FROM session WHERE id = $1`, [adminSession])) as Array<{ revoked_at: Date | null }>;
    expect(still.revoked_at).toBeNull();
    expect((await as<{ me: { email: string } }>('admin', ME)).data!.me.email).toBe('admin@demo.ketqua.vn');
    // HR may for an account it could grant.
    expect((await as<Sessions>('hr', SESSIONS, { officialId: idOf['official@demo.ketqua.vn'] })).data!.sessions.totalCount).toBe(1);
    // Bad ids are the client's mistake, typed.
    expect(errorCode(await as('admin', END, { id: 'not-a-uuid' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await as('admin', END, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
  });

  it('unlocks a locked account without a new password: the right password signs in again', async () => {
    const target = 'nguyen.hoang.long@demo.ketqua.vn';
    const id = idOf[target];
    await t.dataSource.query(`UPDATE app_user SET locked_until = now() + interval '10 minutes', failed_login_count = 5 WHERE id = $1`, [id]);
    expect(errorCode(await as('official', UNLOCK, { id }))).toBe('FORBIDDEN');
    expect(errorCode(await as('hr', UNLOCK, { id: idOf['admin@demo.ketqua.vn'] }))).toBe('FORBIDDEN');
    const before = await auditCount('org.official.unlocked');
    const res = await as<{ unlockOfficial: { lockedUntil: string | null } }>('hr', UNLOCK, { id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.unlockOfficial.lockedUntil).toBeNull();
    expect(await auditCount('org.official.unlocked')).toBe(before + 1);
    await expect(t.login(target)).resolves.toEqual(expect.any(String));
  });
});
