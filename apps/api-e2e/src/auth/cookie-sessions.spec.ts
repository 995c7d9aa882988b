import { NotificationSender } from '@ketqua/api/core';
import { BrowserSession, createTestApp, errorCode, openSubscription, postGraphQL, TestApp } from '@ketqua/api/testing';

const ME = `query Me { me { email } }`;
const REFRESH = `mutation Refresh { refreshSession(input: {}) { accessToken refreshToken accessTokenExpiresAt user { email } } }`;
const ADDED = `subscription { notificationAdded { id title { vi } } }`;
const within = <T>(promise: Promise<T>, ms: number) => Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms))]);

/**
 * The dashboard's session lives in httpOnly cookies set by the API, and every cookie-authenticated
 * request must come from Ketqua's own page (the X-Ketqua-Session header and the Origin), so a page on
 * another site cannot act with its visitor's session. Bearer clients are unchanged.
 */
describe('cookie sessions and CSRF', () => {
  let t: TestApp;
  const openSessions = async (email: string) =>
    Number((await t.dataSource.query(`SELECT count(*) AS n FROM session s JOIN app_user u ON u.id = s.user_id WHERE u.email = $1 AND s.revoked_at IS NULL`, [email]))[0].n);

  beforeAll(async () => {
    t = await createTestApp({ env: { LIVE_SESSION_CHECK_SECONDS: '1', REFRESH_REUSE_GRACE_SECONDS: '0' } });
  });
  afterAll(() => t.close());

  it('a browser sign-in gets httpOnly, SameSite=Strict cookies and no token in the body; the cookie then signs its requests in', async () => {
    const browser = new BrowserSession(t.url);
    const res = await browser.login('official@demo.ketqua.vn');
    expect(res.errors).toBeUndefined();
    expect(res.data!.login).toMatchObject({ accessToken: null, refreshToken: null });
    const access = browser.cookie('ketqua_access')!;
    const refresh = browser.cookie('ketqua_refresh')!;
    expect(access).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/', secure: false });
    expect(refresh).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/graphql', secure: false });
    // Both last as long as the refresh token, so an expired access token reads TOKEN_EXPIRED (refresh), not "signed out".
    expect(access.expires!.getTime()).toBeGreaterThan(Date.now() + 300 * 86_400_000);

    const me = await browser.gql<{ me: { email: string } }>(ME);
    expect(me.data?.me.email).toBe('official@demo.ketqua.vn');
  });

  it('two-factor sign-in (HR): the password step sets no cookie; completeSignIn sets them, with no token in the body', async () => {
    const browser = new BrowserSession(t.url);
    const first = await browser.gql(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: { email: 'hr@demo.ketqua.vn', password: 'Ketqua@2026' } });
    expect(first.errors?.[0].extensions?.reason).toBe('SECOND_FACTOR_REQUIRED');
    expect(browser.jar.size).toBe(0);
    const res = await browser.login('hr@demo.ketqua.vn', 'Ketqua@2026', () => t.secondFactorCode('hr@demo.ketqua.vn'));
    expect(res.data!.login).toMatchObject({ accessToken: null, refreshToken: null });
    expect(browser.cookie('ketqua_access')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect((await browser.gql<{ me: { email: string } }>(ME)).data?.me.email).toBe('hr@demo.ketqua.vn');
  });

  it('Secure is set whenever the request is not plain http to a loopback host', async () => {
    const proxied = new BrowserSession(t.url);
    // From the trusted loopback proxy, as https: Secure.
    const behindTls = await proxied.gql(
      `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
      { input: { email: 'official@demo.ketqua.vn', password: 'Ketqua@2026' } },
      { headers: { 'x-forwarded-proto': 'https' } },
    );
    expect(behindTls.errors).toBeUndefined();
    expect(proxied.cookie('ketqua_access')?.secure).toBe(true);

    const named = new BrowserSession(t.url);
    await named.gql(
      `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
      { input: { email: 'official@demo.ketqua.vn', password: 'Ketqua@2026' } },
      { origin: null, headers: { host: 'ketqua.example.vn' } },
    );
    expect(named.cookie('ketqua_access')?.secure).toBe(true);
  });

  it('refuses a cookie request without the X-Ketqua-Session header (HTTP 403, CSRF_HEADER_MISSING) and changes nothing', async () => {
    const browser = new BrowserSession(t.url);
    await browser.login('head@demo.ketqua.vn');
    const before = await openSessions('head@demo.ketqua.vn');

    const query = await browser.gql(ME, {}, { csrfHeader: false });
    expect(query.status).toBe(403);
    expect(query.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CSRF_HEADER_MISSING' });
    expect(query.errors?.[0].message).toMatch(/chống giả mạo/);

    // A forged sign-out (a form post from elsewhere would not carry the header either): the session stays open.
    const logout = await browser.gql('mutation { logout }', {}, { csrfHeader: false, origin: null, lang: 'en' });
    expect(logout.status).toBe(403);
    expect(logout.errors?.[0]).toMatchObject({ message: expect.stringMatching(/anti-forgery header/), extensions: { reason: 'CSRF_HEADER_MISSING' } });
    expect(await openSessions('head@demo.ketqua.vn')).toBe(before);
    expect((await browser.gql(ME)).data).toEqual({ me: { email: 'head@demo.ketqua.vn' } });
  });

  it('refuses cookie requests from another origin, even with the header, and a cross-site sign-in sets no cookie', async () => {
    const browser = new BrowserSession(t.url);
    await browser.login('head@demo.ketqua.vn');
    const before = await openSessions('head@demo.ketqua.vn');

    const forged = await browser.gql('mutation { logout }', {}, { origin: 'https://evil.example' });
    expect(forged.status).toBe(403);
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CROSS_SITE_REQUEST' });
    const fetchMetadata = await browser.gql(ME, {}, { origin: null, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(fetchMetadata.errors?.[0].extensions?.reason).toBe('CROSS_SITE_REQUEST');
    const nullOrigin = await browser.gql(ME, {}, { origin: 'null' });
    expect(nullOrigin.errors?.[0].extensions?.reason).toBe('CROSS_SITE_REQUEST');
    expect(await openSessions('head@demo.ketqua.vn')).toBe(before);

    const stranger = new BrowserSession(t.url);
    const login = await stranger.gql(
      `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
      { input: { email: 'head@demo.ketqua.vn', password: 'Ketqua@2026' } },
      { origin: 'https://evil.example' },
    );
    expect(login.errors?.[0].extensions?.reason).toBe('CROSS_SITE_REQUEST');
    expect(stranger.jar.size).toBe(0);
    expect(await openSessions('head@demo.ketqua.vn')).toBe(before);
  });

  it('bearer clients are unchanged: tokens in the body, no cookie, no header needed (a bearer header wins over cookies)', async () => {
    const res = await t.gql<{ login: { accessToken: string } }>(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
      input: { email: 'inspector@demo.ketqua.vn', password: 'Ketqua@2026' },
    });
    expect(res.data!.login.accessToken).toMatch(/^ey/);
    expect(res.headers?.['set-cookie']).toBeUndefined();
    const browser = new BrowserSession(t.url);
    await browser.login('official@demo.ketqua.vn');
    const withBoth = await t.gql<{ me: { email: string } }>(ME, {}, { token: res.data!.login.accessToken, headers: { cookie: browser.cookieHeader() } });
    expect(withBoth.data?.me.email).toBe('inspector@demo.ketqua.vn');
  });

  it('refreshSession by cookie rotates both cookies; the old refresh cookie is refused afterwards', async () => {
    const browser = new BrowserSession(t.url);
    await browser.login('official@demo.ketqua.vn');
    const oldRefresh = browser.cookie('ketqua_refresh')!.value;

    const refreshed = await browser.gql<{ refreshSession: { accessToken: string | null; refreshToken: string | null; user: { email: string } } }>(REFRESH);
    expect(refreshed.errors).toBeUndefined();
    expect(refreshed.data!.refreshSession).toMatchObject({ accessToken: null, refreshToken: null, user: { email: 'official@demo.ketqua.vn' } });
    expect(browser.cookie('ketqua_refresh')!.value).not.toBe(oldRefresh);
    // Both are set again (the access token may be byte-equal when issued within the same second).
    expect((refreshed.headers?.['set-cookie'] ?? []).map((c) => c.split('=')[0]).sort()).toEqual(['ketqua_access', 'ketqua_refresh']);
    expect(browser.cookie('ketqua_access')!.value).toMatch(/^ey/);
    expect((await browser.gql(ME)).data).toEqual({ me: { email: 'official@demo.ketqua.vn' } });

    const replay = await postWithCookies(t.url, `ketqua_refresh=${encodeURIComponent(oldRefresh)}`, REFRESH);
    expect(replay.errors?.[0].extensions?.reason).toBe('REFRESH_TOKEN_INVALID');
    // Presented again after the (zero) grace: a copy exists, so the whole session ends (the rotation rule is kept).
    expect(errorCode(await browser.gql(ME))).toBe('UNAUTHENTICATED');
  });

  it('logout clears both cookies and ends the session: the old cookie no longer signs in', async () => {
    const browser = new BrowserSession(t.url);
    await browser.login('official@demo.ketqua.vn');
    const stolen = browser.cookieHeader('/graphql');
    const res = await browser.gql('mutation { logout }');
    expect(res.errors).toBeUndefined();
    const cleared = (res.headers?.['set-cookie'] ?? []).map((c) => c.split('=')[0]);
    expect(cleared.sort()).toEqual(['ketqua_access', 'ketqua_refresh']);
    expect(browser.jar.size).toBe(0);
    const replay = await postWithCookies(t.url, stolen, ME);
    expect(replay.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
  });

  it('files: an upload by cookie needs the header; the download is a plain GET by cookie, refused from another site', async () => {
    const browser = new BrowserSession(t.url);
    await browser.login('official@demo.ketqua.vn');
    const count = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM stored_file'))[0].n);
    const before = await count();
    const body = Buffer.from('báo cáo tuần');

    const forged = await browser.request('/files?name=bao-cao.txt', {
      method: 'POST',
      body,
      csrfHeader: false,
      origin: null,
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(forged.status).toBe(403);
    expect(JSON.parse(forged.body)).toMatchObject({ code: 'FORBIDDEN', reason: 'CSRF_HEADER_MISSING' });
    expect(await count()).toBe(before);

    const uploaded = await browser.request('/files?name=bao-cao.txt', { method: 'POST', body, headers: { 'content-type': 'application/octet-stream' } });
    expect(uploaded.status).toBe(201);
    const { id } = JSON.parse(uploaded.body) as { id: string };
    // The refresh cookie is scoped to /graphql: a download carries the access cookie only.
    expect(browser.cookieHeader(`/files/${id}`)).not.toMatch(/ketqua_refresh/);

    const download = await browser.request(`/files/${id}`, { csrfHeader: false, origin: null, headers: { 'sec-fetch-site': 'same-origin' } });
    expect(download.status).toBe(200);
    expect(download.body).toBe('báo cáo tuần');
    const crossSite = await browser.request(`/files/${id}`, { csrfHeader: false, origin: null, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    expect(JSON.parse(crossSite.body)).toMatchObject({ reason: 'CROSS_SITE_REQUEST' });
  });

  it('the WebSocket signs in from the session cookie of its own page, refuses another site, and closes when the session is ended elsewhere', async () => {
    const browser = new BrowserSession(t.url);
    const login = await browser.login('official@demo.ketqua.vn');
    const cookie = browser.cookieHeader('/graphql');
    const [session] = (await t.dataSource.query(`SELECT id FROM session WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1`, [
      login.data!.login.user.id,
    ])) as Array<{ id: string }>;

    await expect(openSubscription(t.url, { headers: { cookie, origin: 'https://evil.example' } }, ADDED)).rejects.toThrow(/4403|closed/);
    await expect(openSubscription(t.url, { headers: { origin: t.url } }, ADDED)).rejects.toThrow(/closed/);

    const live = await openSubscription<{ title: { vi: string } }>(t.url, { headers: { cookie, origin: t.url } }, ADDED);
    const sender = t.app.get(NotificationSender);
    await t.dataSource.transaction((tx) => sender.send(tx, { recipientId: login.data!.login.user.id, kind: 'ASSIGNMENT_CREATED', title: { vi: 'qua cookie', en: 'by cookie' } }));
    expect((await live.next()).title.vi).toBe('qua cookie');

    // Ended from the administrator's "Phiên đăng nhập" list: the socket is closed with 4401.
    const admin = await t.login('admin@demo.ketqua.vn');
    expect((await t.gql('mutation($id: ID!) { endSession(id: $id) { id } }', { id: session.id }, { token: admin })).errors).toBeUndefined();
    expect(await within(live.closed, 5000)).toMatchObject({ code: 4401 });
  });
});

/** A raw request carrying only these cookies and the header (a copied cookie, replayed). */
async function postWithCookies(base: string, cookie: string, query: string) {
  return postGraphQL(base, query, {}, { headers: { cookie, 'x-ketqua-session': 'cookie' } });
}
