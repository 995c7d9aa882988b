import { DEMO_PASSWORD } from '@ketqua/api/demo';
import { createTestApp, errorCode, freePort, httpRequest, LocalOidcProvider, signInAtProvider, TestApp } from '@ketqua/api/testing';
import { ok } from '../work/work-fixtures';

const OPTIONS = `{ signInOptions { citySignIn passwordSignIn } }`;
const START = `mutation { startCitySignIn { authorizationUrl binding } }`;
const COMPLETE = `mutation($input: CompleteCitySignInInput!) { completeCitySignIn(input: $input) { accessToken refreshToken user { email role } } }`;
const SET_PASSWORD = `mutation($input: SetPasswordSignInInput!) { setPasswordSignIn(input: $input) { citySignIn passwordSignIn } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const ME = `{ me { email role } }`;
const UPDATE = `mutation($input: UpdateOfficialInput!) { updateOfficial(input: $input) { employeeCode } }`;

/**
 * "Đăng nhập bằng tài khoản của Thành phố" against a real OpenID provider started here
 * (oidc-provider): the whole redirect flow through its login and consent pages, with PKCE, state
 * and nonce checked by openid-client; accounts matched by e-mail, never created.
 */
describe('single sign-on with the city account', () => {
  let t: TestApp;
  let idp: LocalOidcProvider;
  const redirectUri = 'http://127.0.0.1:5173/dang-nhap/thanh-pho';

  const start = async () => ok(await t.gql<{ startCitySignIn: { authorizationUrl: string; binding: string } }>(START)).startCitySignIn;
  const cityLogin = async (login: string) => {
    const started = await start();
    const callbackUrl = await signInAtProvider(started.authorizationUrl, login, redirectUri);
    return { callbackUrl, binding: started.binding };
  };

  beforeAll(async () => {
    idp = new LocalOidcProvider(await freePort(), redirectUri, {
      'nhung.lt': { email: 'Official@demo.ketqua.vn', email_verified: true, name: 'Lê Thị Hồng Nhung' },
      stranger: { email: 'nguoi.la@tphcm.gov.vn', email_verified: true },
      unverified: { email: 'head@demo.ketqua.vn', email_verified: false },
      'ma.can.bo': { email: 'ho.ten.khac@tphcm.gov.vn', email_verified: true, employee_code: 'HCM-000123' },
    });
    await idp.start();
    t = await createTestApp({
      env: { OIDC_ISSUER_URL: idp.issuer, OIDC_CLIENT_ID: 'ketqua', OIDC_CLIENT_SECRET: 'ketqua-test-client-secret', OIDC_REDIRECT_URI: redirectUri },
    });
  });
  afterAll(async () => {
    await t.close();
    await idp.stop();
  });

  it('the sign-in page is told to offer the city account; /health shows the provider configured and reachable', async () => {
    expect(ok(await t.gql(OPTIONS))).toEqual({ signInOptions: { citySignIn: true, passwordSignIn: true } });
    const health = JSON.parse((await httpRequest(`${t.url}/health`)).body);
    expect(health.adapters.sso).toMatchObject({ configured: true, reachable: true });
    expect(health.adapters.mail).toEqual({ configured: false, reachable: null });
    const started = await start();
    const url = new URL(started.authorizationUrl);
    expect(url.origin).toBe(idp.issuer);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('state')).toBeTruthy();
    expect(url.searchParams.get('nonce')).toBeTruthy();
    expect(url.searchParams.get('redirect_uri')).toBe(redirectUri);
  });

  it('a matched person signs in through the provider and gets the same kind of session as with a password; the callback works once', async () => {
    const { callbackUrl, binding } = await cityLogin('nhung.lt');
    expect(new URL(callbackUrl).searchParams.get('code')).toBeTruthy();
    const payload = ok(
      await t.gql<{ completeCitySignIn: { accessToken: string; refreshToken: string; user: { email: string; role: string } } }>(COMPLETE, { input: { callbackUrl, binding } }),
    ).completeCitySignIn;
    expect(payload.user).toEqual({ email: 'official@demo.ketqua.vn', role: 'OFFICIAL' });
    expect(ok(await t.gql(ME, {}, { token: payload.accessToken }))).toEqual({ me: { email: 'official@demo.ketqua.vn', role: 'OFFICIAL' } });
    const refreshed = await t.gql(`mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken } }`, { input: { refreshToken: payload.refreshToken } });
    expect(refreshed.errors).toBeUndefined();
    const [audit] = await t.dataSource.query(`SELECT data FROM audit_event WHERE action = 'auth.signed_in' ORDER BY seq DESC LIMIT 1`);
    expect(audit.data).toMatchObject({ method: 'sso' });
    // The same callback again (a replay, a second tab): refused, no second session.
    const sessions = Number((await t.dataSource.query(`SELECT count(*) FROM session`))[0].count);
    expect(errorCode(await t.gql(COMPLETE, { input: { callbackUrl, binding } }))).toBe('UNAUTHENTICATED');
    expect(Number((await t.dataSource.query(`SELECT count(*) FROM session`))[0].count)).toBe(sessions);
  });

  it('two tabs finishing the same sign-in at once get one session, not two', async () => {
    const { callbackUrl, binding } = await cityLogin('nhung.lt');
    const sessions = Number((await t.dataSource.query(`SELECT count(*) FROM session`))[0].count);
    const results = await Promise.all([1, 2, 3].map(() => t.gql(COMPLETE, { input: { callbackUrl, binding } })));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.['reason'] === 'SSO_ATTEMPT_INVALID').length).toBe(2);
    expect(Number((await t.dataSource.query(`SELECT count(*) FROM session`))[0].count)).toBe(sessions + 1);
  });

  it('HR and ADMIN set an official’s employee code (unique, typed errors on the field); when the city matches by it (OIDC_MATCH_CLAIM=employee_code), the code names the account, not the e-mail', async () => {
    const [admin, hr, head] = await Promise.all(['admin@demo.ketqua.vn', 'hr@demo.ketqua.vn', 'head@demo.ketqua.vn'].map((e) => t.login(e)));
    const idOf = async (email: string) => (await t.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [email]))[0].id as string;
    const [headId, officialId] = await Promise.all([idOf('head@demo.ketqua.vn'), idOf('official@demo.ketqua.vn')]);
    const setCode = (token: string, id: string, employeeCode: string | null) =>
      t.gql<{ updateOfficial: { employeeCode: string | null } }>(UPDATE, { input: { id, employeeCode } }, { token });
    const codeOf = async (id: string) => (await t.dataSource.query(`SELECT employee_code FROM app_user WHERE id = $1`, [id]))[0].employee_code as string | null;

    expect(ok(await setCode(hr, headId, '  HCM-000123 ')).updateOfficial.employeeCode).toBe('HCM-000123');
    expect(ok(await setCode(admin, officialId, 'HCM-000456')).updateOfficial.employeeCode).toBe('HCM-000456');
    // Another account's code: refused on the field, nothing changed.
    const taken = await setCode(admin, officialId, 'HCM-000123');
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EMPLOYEE_CODE_TAKEN', fields: [{ field: 'input.employeeCode' }] });
    expect(await codeOf(officialId)).toBe('HCM-000456');
    expect(errorCode(await setCode(admin, officialId, 'HCM 000 456'))).toBe('BAD_USER_INPUT');
    expect(errorCode(await setCode(head, officialId, 'HCM-000999'))).toBe('FORBIDDEN');
    expect(await codeOf(officialId)).toBe('HCM-000456');
    expect(ok(await setCode(admin, officialId, null)).updateOfficial.employeeCode).toBeNull();
    // The claim is read at each sign-in: switched here instead of booting a second API.
    t.config.OIDC_MATCH_CLAIM = 'employee_code';
    try {
      const byCode = await cityLogin('ma.can.bo');
      expect(ok(await t.gql<{ completeCitySignIn: { user: { email: string; role: string } } }>(COMPLETE, { input: byCode })).completeCitySignIn.user).toEqual({
        email: 'head@demo.ketqua.vn',
        role: 'UNIT_HEAD',
      });
      // An e-mail alone names nobody in this mode.
      const byEmail = await cityLogin('nhung.lt');
      expect((await t.gql(COMPLETE, { input: byEmail })).errors?.[0].extensions).toMatchObject({ reason: 'SSO_ACCOUNT_UNKNOWN' });
    } finally {
      t.config.OIDC_MATCH_CLAIM = 'email';
    }
  });

  it('a callback finished in another browser (another binding), forged, or for another address is refused', async () => {
    const { callbackUrl } = await cityLogin('nhung.lt');
    const other = await start();
    const stolen = await t.gql(COMPLETE, { input: { callbackUrl, binding: other.binding } });
    expect(stolen.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SSO_ATTEMPT_INVALID' });
    const forged = new URL(callbackUrl);
    forged.searchParams.set('state', 'made-up-state');
    expect((await t.gql(COMPLETE, { input: { callbackUrl: forged.href, binding: other.binding } })).errors?.[0].extensions).toMatchObject({ reason: 'SSO_ATTEMPT_INVALID' });
    const elsewhere = callbackUrl.replace('127.0.0.1:5173', 'evil.example');
    expect((await t.gql(COMPLETE, { input: { callbackUrl: elsewhere, binding: other.binding } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(errorCode(await t.gql(COMPLETE, { input: { callbackUrl, binding: 'short' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(COMPLETE, { input: { callbackUrl: `${callbackUrl}\u0000`, binding: other.binding } }))).toBe('BAD_USER_INPUT');
  });

  it('a person the city knows but Ketqua does not is refused with a clear message, audited, and no account is created', async () => {
    const users = Number((await t.dataSource.query(`SELECT count(*) FROM app_user`))[0].count);
    const { callbackUrl, binding } = await cityLogin('stranger');
    const refused = await t.gql(COMPLETE, { input: { callbackUrl, binding } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SSO_ACCOUNT_UNKNOWN' });
    expect(refused.errors?.[0].message).toContain('phòng Tổ chức cán bộ');
    expect(Number((await t.dataSource.query(`SELECT count(*) FROM app_user`))[0].count)).toBe(users);
    const [audit] = await t.dataSource.query(`SELECT data FROM audit_event WHERE action = 'auth.sso.refused' ORDER BY seq DESC LIMIT 1`);
    expect(audit.data).toMatchObject({ reason: 'no Ketqua account', email: 'nguoi.la@tphcm.gov.vn' });
    // An e-mail the provider itself has not verified names nobody.
    const unverified = await cityLogin('unverified');
    expect((await t.gql(COMPLETE, { input: unverified })).errors?.[0].extensions).toMatchObject({ reason: 'SSO_ACCOUNT_UNKNOWN' });
  });

  it('ADMIN turns password sign-in off: others must use the city account, ADMIN keeps a password (break-glass, audited); only ADMIN may switch', async () => {
    const admin = await t.login('admin@demo.ketqua.vn');
    const hr = await t.login('hr@demo.ketqua.vn');
    expect(errorCode(await t.gql(SET_PASSWORD, { input: { enabled: false } }, { token: hr }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(SET_PASSWORD, { input: { enabled: false } }))).toBe('UNAUTHENTICATED');
    expect(ok(await t.gql(SET_PASSWORD, { input: { enabled: false } }, { token: admin }))).toEqual({ setPasswordSignIn: { citySignIn: true, passwordSignIn: false } });
    expect(ok(await t.gql(OPTIONS))).toEqual({ signInOptions: { citySignIn: true, passwordSignIn: false } });

    const official = await t.gql(LOGIN, { input: { email: 'official@demo.ketqua.vn', password: DEMO_PASSWORD } });
    expect(official.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PASSWORD_SIGN_IN_DISABLED' });
    // A wrong password still gets the one answer to every wrong password.
    expect((await t.gql(LOGIN, { input: { email: 'official@demo.ketqua.vn', password: 'wrong-password' } })).errors?.[0].extensions).toMatchObject({
      reason: 'INVALID_CREDENTIALS',
    });
    // ADMIN's password is still taken: the answer is the two-factor step every ADMIN sign-in has.
    expect((await t.gql(LOGIN, { input: { email: 'admin@demo.ketqua.vn', password: DEMO_PASSWORD } })).errors?.[0].extensions).toMatchObject({
      reason: 'SECOND_FACTOR_REQUIRED',
    });
    const [breakGlass] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'auth.password.break_glass'`);
    expect(breakGlass.n).toBe(1);
    // The city account still works for the official.
    const city = await cityLogin('nhung.lt');
    expect(ok(await t.gql<{ completeCitySignIn: { user: { email: string } } }>(COMPLETE, { input: city })).completeCitySignIn.user.email).toBe('official@demo.ketqua.vn');

    ok(await t.gql(SET_PASSWORD, { input: { enabled: true } }, { token: admin }));
    expect(ok(await t.gql(LOGIN, { input: { email: 'official@demo.ketqua.vn', password: DEMO_PASSWORD } }))).toMatchObject({ login: { accessToken: expect.any(String) } });
    const changes = await t.dataSource.query(`SELECT data FROM audit_event WHERE action = 'auth.password_sign_in.changed' ORDER BY seq`);
    expect(changes.map((c: { data: unknown }) => c.data)).toEqual([
      { before: true, after: false },
      { before: false, after: true },
    ]);
  });
});
