import { JwtService } from '@nestjs/jwt';
import { createTestApp, errorCode, httpRequest, TEST_JWT_SECRET, TestApp } from '@ketqua/api/testing';

const LOGIN = `mutation($input: LoginInput!) {
  login(input: $input) { accessToken accessTokenExpiresAt refreshToken user { email fullName role } }
}`;
const REFRESH = `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken refreshToken user { email } } }`;
const ME = `{ me { email fullName role unit { name } agency { name } } }`;

type LoginData = { login: { accessToken: string; refreshToken: string; accessTokenExpiresAt: string; user: { email: string; fullName: string; role: string } } };

describe('sign-in and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '15' } });
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, lang?: 'en') => t.gql<LoginData>(LOGIN, { input: { email, password } }, { lang });

  it('signs in with the demo password and knows who you are', async () => {
    const res = await login('Official@demo.ketqua.vn', 'Ketqua@2026');
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.user).toEqual({ email: 'official@demo.ketqua.vn', fullName: 'Lê Thị Hồng Nhung', role: 'OFFICIAL' });
    expect(new Date(res.data!.login.accessTokenExpiresAt).getTime()).toBeGreaterThan(Date.now());

    const me = await t.gql<{ me: { unit: { name: string }; agency: { name: string } } }>(ME, {}, { token: res.data!.login.accessToken });
    expect(me.data?.me.unit.name).toBe('Phòng Công chức viên chức');
    expect(me.data?.me.agency.name).toBe('Sở Nội vụ Thành phố Hồ Chí Minh');
  });

  it('refuses a wrong password with the same message as an unknown email, in Vietnamese or English', async () => {
    const wrong = await login('hr@demo.ketqua.vn', 'not-the-password');
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
    expect(wrong.errors?.[0].message).toMatch(/^Email hoặc mật khẩu không đúng\./);

    const unknown = await login('nobody@demo.ketqua.vn', 'whatever', 'en');
    expect(unknown.errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
    expect(unknown.errors?.[0].message).toMatch(/^Wrong email or password\./);
    expect(unknown.data).toBeNull();
  });

  it('reports a malformed email as BAD_USER_INPUT naming the field', async () => {
    const res = await login('not-an-email', 'x');
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['input.email']);
  });

  it('locks the account after repeated wrong passwords, even against the right one, until the lock ends', async () => {
    for (let i = 0; i < 3; i++) expect((await login('inspector@demo.ketqua.vn', 'wrong')).errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
    const [row] = await t.dataSource.query(`SELECT locked_until FROM app_user WHERE email = 'inspector@demo.ketqua.vn'`);
    expect(new Date(row.locked_until).getTime() - Date.now()).toBeGreaterThan(14 * 60_000);

    // Locked: the right password gets the same answer as a wrong one (no hint that the account exists).
    const right = await login('inspector@demo.ketqua.vn', 'Ketqua@2026');
    expect(right.errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
    expect(right.errors?.[0].message).toMatch(/tạm khóa/);
    expect(right.data).toBeNull();

    // Time passes: the lock has ended and the right password works again.
    await t.dataSource.query(`UPDATE app_user SET locked_until = now() - interval '1 second' WHERE email = 'inspector@demo.ketqua.vn'`);
    expect((await login('inspector@demo.ketqua.vn', 'Ketqua@2026')).data?.login.user.email).toBe('inspector@demo.ketqua.vn');
  });

  it('rejects an expired access token, and the refresh token gives a new pair once', async () => {
    const first = (await login('head@demo.ketqua.vn', 'Ketqua@2026')).data!.login;
    const payload = new JwtService({ secret: TEST_JWT_SECRET }).decode(first.accessToken) as { sub: string; sid: string; role: string };
    const expired = new JwtService({ secret: TEST_JWT_SECRET }).sign({
      sub: payload.sub,
      sid: payload.sid,
      role: payload.role,
      iat: Math.floor(Date.now() / 1000) - 3600,
      exp: Math.floor(Date.now() / 1000) - 60,
    });
    const stale = await t.gql(ME, {}, { token: expired });
    expect(errorCode(stale)).toBe('UNAUTHENTICATED');
    expect(stale.errors?.[0].extensions?.reason).toBe('TOKEN_EXPIRED');

    const refreshed = await t.gql<{ refreshSession: { accessToken: string; refreshToken: string; user: { email: string } } }>(REFRESH, {
      input: { refreshToken: first.refreshToken },
    });
    expect(refreshed.data?.refreshSession.user.email).toBe('head@demo.ketqua.vn');
    const me = await t.gql<{ me: { email: string } }>(ME, {}, { token: refreshed.data!.refreshSession.accessToken });
    expect(me.data?.me.email).toBe('head@demo.ketqua.vn');

    // Refresh tokens rotate: the one just used no longer works.
    const replay = await t.gql(REFRESH, { input: { refreshToken: first.refreshToken } });
    expect(replay.errors?.[0].extensions?.reason).toBe('REFRESH_TOKEN_INVALID');
  });

  it('rejects a token signed with another key', async () => {
    const forged = new JwtService({ secret: 'someone-elses-secret-of-enough-length-000' }).sign({ sub: 'x', sid: 'y', role: 'ADMIN' });
    const res = await t.gql(ME, {}, { token: forged });
    expect(res.errors?.[0].extensions?.reason).toBe('TOKEN_INVALID');
  });

  it('logout ends the session at once', async () => {
    const session = (await login('official@demo.ketqua.vn', 'Ketqua@2026')).data!.login;
    expect((await t.gql<{ logout: boolean }>('mutation { logout }', {}, { token: session.accessToken })).data?.logout).toBe(true);
    const after = await t.gql(ME, {}, { token: session.accessToken });
    expect(after.errors?.[0].extensions?.reason).toBe('SESSION_ENDED');
    expect((await t.gql(REFRESH, { input: { refreshToken: session.refreshToken } })).errors?.[0].extensions?.reason).toBe('REFRESH_TOKEN_INVALID');
  });

  it("refuses common passwords and ones containing the person's own name or e-mail, listing every reason, and changes nothing", async () => {
    // official@ is Lê Thị Hồng Nhung.
    const token = (await login('official@demo.ketqua.vn', 'Ketqua@2026')).data!.login.accessToken;
    const change = (newPassword: string, lang?: 'en') =>
      t.gql('mutation($input: ChangePasswordInput!) { changePassword(input: $input) }', { input: { currentPassword: 'Ketqua@2026', newPassword } }, { token, lang });

    const common = await change('Password12345');
    expect(common.errors?.[0].extensions?.reason).toBe('WEAK_PASSWORD');
    expect(common.errors?.[0].message).toMatch(/phổ biến/);
    // Folded: no diacritics, any case — "NHUNG" is in "Hồng Nhung".
    const named = await change('Tram-NHUNG-bay-2026');
    expect(named.errors?.[0].extensions?.reason).toBe('WEAK_PASSWORD');
    expect(named.errors?.[0].message).toMatch(/họ tên hoặc tên đăng nhập/);
    const both = await change('official1', 'en');
    expect(both.errors?.[0].extensions?.fields?.[0].field).toBe('input.newPassword');
    expect(both.errors?.[0].message).toMatch(/at least 10 characters.*your name or user name.*too common/);
    // Nothing changed: the old password still signs in.
    expect((await login('official@demo.ketqua.vn', 'Ketqua@2026')).data?.login.user.email).toBe('official@demo.ketqua.vn');
  });

  it('changes the password: checks the current one and the policy, then ends the other sessions', async () => {
    const other = (await login('head@demo.ketqua.vn', 'Ketqua@2026')).data!.login.accessToken;
    const token = (await login('head@demo.ketqua.vn', 'Ketqua@2026')).data!.login.accessToken;
    const change = (currentPassword: string, newPassword: string) =>
      t.gql<{ changePassword: boolean }>('mutation($input: ChangePasswordInput!) { changePassword(input: $input) }', { input: { currentPassword, newPassword } }, { token });

    const wrongCurrent = await change('nope', 'Mot-mat-khau-moi-2026');
    expect(wrongCurrent.errors?.[0].extensions?.reason).toBe('WRONG_CURRENT_PASSWORD');
    const weak = await change('Ketqua@2026', 'short1');
    expect(weak.errors?.[0].extensions?.reason).toBe('WEAK_PASSWORD');
    expect(weak.errors?.[0].extensions?.fields?.[0].field).toBe('input.newPassword');
    expect((await login('head@demo.ketqua.vn', 'Ketqua@2026')).data).not.toBeNull();

    expect((await change('Ketqua@2026', 'Mot-mat-khau-moi-2026')).data?.changePassword).toBe(true);
    expect((await t.gql(ME, {}, { token })).data).not.toBeNull();
    expect((await t.gql(ME, {}, { token: other })).errors?.[0].extensions?.reason).toBe('SESSION_ENDED');
    expect((await login('head@demo.ketqua.vn', 'Ketqua@2026')).errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
    expect((await login('head@demo.ketqua.vn', 'Mot-mat-khau-moi-2026')).data?.login.user.email).toBe('head@demo.ketqua.vn');
  });

  it('requires a session for everything but sign-in', async () => {
    const res = await t.gql(ME);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0].extensions?.reason).toBe('NOT_SIGNED_IN');
    const health = await httpRequest(`${t.url}/health`);
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toMatchObject({ status: 'ok', database: { status: 'up' } });
  });
});
