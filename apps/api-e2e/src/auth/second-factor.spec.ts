import { DEMO_PASSWORD, DEMO_TOTP_SECRETS } from '@ketqua/api/demo';
import { createTestApp, errorCode, TestApp, totpCode } from '@ketqua/api/testing';

/**
 * Xác thực hai lớp (issue 14, "Sign-in") over HTTP: enrolment with a QR code, the two-step sign-in,
 * wrong and replayed codes, recovery codes, HR/ADMIN sessions that can only enrol, and who may
 * reset whose authenticator. The Clock is fixed so each code belongs to a known 30-second step.
 */
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken user { email } } }`;
const COMPLETE = `mutation($input: CompleteSignInInput!) { completeSignIn(input: $input) { accessToken user { email role } } }`;
const STATUS = `{ mySecondFactor { enabled required enabledAt recoveryCodesLeft } }`;
const BEGIN = `mutation { beginTotpEnrolment { secret otpauthUrl qrCodeSvg } }`;
const CONFIRM = `mutation($input: SecondFactorCodeInput!) { confirmTotpEnrolment(input: $input) { codes } }`;
const DISABLE = `mutation($input: DisableSecondFactorInput!) { disableSecondFactor(input: $input) }`;
const RENEW = `mutation($input: RenewRecoveryCodesInput!) { renewRecoveryCodes(input: $input) { codes } }`;
const RESET = `mutation($id: ID!) { resetOfficialSecondFactor(id: $id) { id email } }`;
const PILOTS = `{ pilots(first: 1) { totalCount } }`;

type Status = { mySecondFactor: { enabled: boolean; required: boolean; enabledAt: string | null; recoveryCodesLeft: number } };

const START = new Date('2026-03-02T02:00:05.000Z');

describe('two-factor sign-in (TOTP)', () => {
  let t: TestApp;
  let at = START.getTime();
  let officialSecret = '';
  let officialCodes: string[] = [];
  /** Moves the Clock to the next 30-second step, as waiting for the app's next code would. */
  const nextStep = () => {
    at += 30_000;
    t.clock.setNow(new Date(at));
  };
  const now = () => new Date(at);
  const idOf = async (email: string) => ((await t.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [email])) as Array<{ id: string }>)[0].id;
  const auditCount = async (action: string, entityId: string) =>
    Number(((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = $1 AND entity_id = $2`, [action, entityId])) as Array<{ n: number }>)[0].n);
  const challengeOf = async (email: string, password = DEMO_PASSWORD) => {
    const res = await t.gql(LOGIN, { input: { email, password } });
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions?.reason).toBe('SECOND_FACTOR_REQUIRED');
    return res.errors?.[0].extensions?.['challengeToken'] as string;
  };
  const complete = (challengeToken: string, code: string) =>
    t.gql<{ completeSignIn: { accessToken: string; user: { email: string } } }>(COMPLETE, { input: { challengeToken, code } });
  const enrol = async (token: string) => {
    const begun = await t.gql<{ beginTotpEnrolment: { secret: string; otpauthUrl: string; qrCodeSvg: string } }>(BEGIN, {}, { token });
    const { secret } = begun.data!.beginTotpEnrolment;
    const confirmed = await t.gql<{ confirmTotpEnrolment: { codes: string[] } }>(CONFIRM, { input: { code: totpCode(secret, now()) } }, { token });
    expect(confirmed.errors).toBeUndefined();
    return { secret, codes: confirmed.data!.confirmTotpEnrolment.codes, begun: begun.data!.beginTotpEnrolment };
  };

  beforeAll(async () => {
    t = await createTestApp({ now: START, env: { LOGIN_MAX_FAILURES: '5', LOGIN_LOCK_MINUTES: '15' } });
  });
  afterAll(() => t.close());

  it('enrols with a QR code and a first code, gives 10 recovery codes once, and keeps the secret encrypted', async () => {
    const token = await t.login('head@demo.ketqua.vn');
    expect((await t.gql<Status>(STATUS, {}, { token })).data?.mySecondFactor).toEqual({ enabled: false, required: false, enabledAt: null, recoveryCodesLeft: 0 });

    const begun = await t.gql<{ beginTotpEnrolment: { secret: string; otpauthUrl: string; qrCodeSvg: string } }>(BEGIN, {}, { token });
    const { secret, otpauthUrl, qrCodeSvg } = begun.data!.beginTotpEnrolment;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/Ketqua:head%40demo\.ketqua\.vn\?/);
    expect(otpauthUrl).toContain(`secret=${secret}`);
    expect(qrCodeSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const stored = (await t.dataSource.query(`SELECT secret_ciphertext FROM second_factor WHERE user_id = $1`, [await idOf('head@demo.ketqua.vn')])) as Array<{
      secret_ciphertext: string;
    }>;
    expect(stored[0].secret_ciphertext).toMatch(/^v1:/);
    expect(stored[0].secret_ciphertext).not.toContain(secret);

    const wrong = await t.gql(CONFIRM, { input: { code: '000000' === totpCode(secret, now()) ? '111111' : '000000' } }, { token });
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0].extensions?.reason).toBe('WRONG_SECOND_FACTOR_CODE');
    expect((await t.gql<Status>(STATUS, {}, { token })).data?.mySecondFactor.enabled).toBe(false);

    const confirmed = await t.gql<{ confirmTotpEnrolment: { codes: string[] } }>(CONFIRM, { input: { code: totpCode(secret, now()) } }, { token });
    const codes = confirmed.data!.confirmTotpEnrolment.codes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const hashes = (await t.dataSource.query(`SELECT code_hash FROM recovery_code WHERE user_id = $1`, [await idOf('head@demo.ketqua.vn')])) as Array<{ code_hash: string }>;
    expect(hashes).toHaveLength(10);
    for (const h of hashes) expect(codes).not.toContain(h.code_hash.trim());
    expect((await t.gql<Status>(STATUS, {}, { token })).data?.mySecondFactor).toMatchObject({ enabled: true, required: false, recoveryCodesLeft: 10 });
    expect(await auditCount('auth.second_factor.enrolled', await idOf('head@demo.ketqua.vn'))).toBe(1);
    // A second enrolment while one is on would silently replace the phone: refused.
    expect((await t.gql(BEGIN, {}, { token })).errors?.[0].extensions?.reason).toBe('SECOND_FACTOR_ALREADY_ENABLED');
  });

  it('asks for the code after the password, accepts it within one step of drift, and never twice', async () => {
    const secret = DEMO_TOTP_SECRETS['hr@demo.ketqua.vn'];
    nextStep();
    const challenge = await challengeOf('hr@demo.ketqua.vn');
    // The challenge is no access token.
    expect((await t.gql(STATUS, {}, { token: challenge })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const wrong = await complete(challenge, totpCode(secret, new Date(at - 90_000)));
    expect(wrong.errors?.[0].extensions?.reason).toBe('WRONG_SECOND_FACTOR_CODE');
    // The previous step's code (a phone 30 s slow) is accepted…
    const ok = await complete(challenge, totpCode(secret, new Date(at - 30_000)));
    expect(ok.data?.completeSignIn.user.email).toBe('hr@demo.ketqua.vn');
    expect((await t.gql<{ pilots: { totalCount: number } }>(PILOTS, {}, { token: ok.data!.completeSignIn.accessToken })).errors).toBeUndefined();
    // …and then neither it nor any earlier code works again; the current one still does.
    const again = await complete(await challengeOf('hr@demo.ketqua.vn'), totpCode(secret, new Date(at - 30_000)));
    expect(again.errors?.[0].extensions?.reason).toBe('WRONG_SECOND_FACTOR_CODE');
    const current = totpCode(secret, now());
    expect((await complete(await challengeOf('hr@demo.ketqua.vn'), current)).data?.completeSignIn.user.email).toBe('hr@demo.ketqua.vn');
    const replay = await complete(await challengeOf('hr@demo.ketqua.vn'), current);
    expect(replay.errors?.[0].extensions?.reason).toBe('WRONG_SECOND_FACTOR_CODE');
    expect(replay.errors?.[0].message).toMatch(/đã được dùng/);
    // A code two steps ahead (beyond the drift allowed) is refused.
    expect((await complete(await challengeOf('hr@demo.ketqua.vn'), totpCode(secret, new Date(at + 60_000)))).errors?.[0].extensions?.reason).toBe('WRONG_SECOND_FACTOR_CODE');
    // Four attempts are counted now (password steps included: they buy no fresh guesses); one more
    // sign-in would reach LOGIN_MAX_FAILURES (5) before its code. The later tests start afresh.
    expect((await t.dataSource.query(`SELECT failed_login_count FROM app_user WHERE email = 'hr@demo.ketqua.vn'`))[0].failed_login_count).toBe(4);
    await t.dataSource.query(`UPDATE app_user SET failed_login_count = 0 WHERE email = 'hr@demo.ketqua.vn'`);
  });

  it('lets one of a burst of parallel sign-ins with the same code through', async () => {
    const secret = DEMO_TOTP_SECRETS['admin@demo.ketqua.vn'];
    nextStep();
    const challenges = await Promise.all(Array.from({ length: 2 }, () => challengeOf('admin@demo.ketqua.vn')));
    const code = totpCode(secret, now());
    const answers = await Promise.all(challenges.map((c) => complete(c, code)));
    expect(answers.filter((a) => a.data?.completeSignIn).length).toBe(1);
    expect(answers.filter((a) => a.errors?.[0].extensions?.reason === 'WRONG_SECOND_FACTOR_CODE').length).toBe(1);
    // The burst's refused attempt stays counted (as with passwords); the later tests start afresh.
    await t.dataSource.query(`UPDATE app_user SET failed_login_count = 0 WHERE email = 'admin@demo.ketqua.vn'`);
  });

  it('refuses a forged or expired challenge', async () => {
    expect((await complete('not-a-token', '123456')).errors?.[0].extensions?.reason).toBe('SECOND_FACTOR_CHALLENGE_INVALID');
    const token = await t.login('official@demo.ketqua.vn');
    // An access token is no challenge either.
    expect((await complete(token, '123456')).errors?.[0].extensions?.reason).toBe('SECOND_FACTOR_CHALLENGE_INVALID');
  });

  it('accepts each recovery code once, audited, and locks the account after repeated wrong codes', async () => {
    const token = await t.login('official@demo.ketqua.vn');
    const { secret, codes } = await enrol(token);
    officialSecret = secret;
    officialCodes = codes;
    const id = await idOf('official@demo.ketqua.vn');

    nextStep();
    const used = await complete(await challengeOf('official@demo.ketqua.vn'), codes[3].toUpperCase().replace('-', ' '));
    expect(used.data?.completeSignIn.user.email).toBe('official@demo.ketqua.vn');
    expect(await auditCount('auth.second_factor.recovery_code_used', id)).toBe(1);
    expect((await complete(await challengeOf('official@demo.ketqua.vn'), codes[3])).errors?.[0].extensions?.reason).toBe('WRONG_SECOND_FACTOR_CODE');
    expect((await t.gql<Status>(STATUS, {}, { token: used.data!.completeSignIn.accessToken })).data?.mySecondFactor.recoveryCodesLeft).toBe(9);

    // The password step counts as an attempt until the code is right (a right password between wrong
    // codes buys no more guesses): with the password and the replay above, two more wrong codes reach LOGIN_MAX_FAILURES (5).
    const challenge = await challengeOf('official@demo.ketqua.vn');
    expect((await complete(challenge, '99999-99999')).errors?.[0].extensions?.reason).toBe('WRONG_SECOND_FACTOR_CODE');
    expect((await complete(challenge, '888888')).errors?.[0].extensions?.reason).toBe('WRONG_SECOND_FACTOR_CODE');
    // Locked now, like after wrong passwords: even the right code and the right password are refused.
    expect((await complete(challenge, totpCode(secret, now()))).errors?.[0].extensions?.reason).toBe('WRONG_SECOND_FACTOR_CODE');
    expect((await t.gql(LOGIN, { input: { email: 'official@demo.ketqua.vn', password: DEMO_PASSWORD } })).errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
    expect(await auditCount('auth.account.locked', id)).toBe(1);
    await t.dataSource.query(`UPDATE app_user SET locked_until = NULL, failed_login_count = 0 WHERE id = $1`, [id]);
  });

  it('renews the recovery codes with password and a current code: the old ones stop at once, the new ones sign in, audited', async () => {
    const OFFICIAL = 'official@demo.ketqua.vn';
    const id = await idOf(OFFICIAL);
    const hashes = async () => (await t.dataSource.query(`SELECT code_hash, used_at FROM recovery_code WHERE user_id = $1 ORDER BY code_hash`, [id])) as unknown[];
    const token = await t.login(OFFICIAL, DEMO_PASSWORD, { totpSecret: officialSecret });
    const left = async () => (await t.gql<Status>(STATUS, {}, { token })).data!.mySecondFactor.recoveryCodesLeft;
    expect(await left()).toBe(9);
    const before = await hashes();

    // A wrong password, a wrong code, or a recovery code instead of the app's: typed refusals, nothing changes, no code spent.
    nextStep();
    const wrongPassword = await t.gql(RENEW, { input: { currentPassword: 'wrong-password-1', code: totpCode(officialSecret, now()) } }, { token });
    expect(errorCode(wrongPassword)).toBe('BAD_USER_INPUT');
    expect(wrongPassword.errors?.[0].extensions?.reason).toBe('WRONG_CURRENT_PASSWORD');
    const wrongCode = await t.gql(RENEW, { input: { currentPassword: DEMO_PASSWORD, code: totpCode(officialSecret, new Date(at - 90_000)) } }, { token });
    expect(errorCode(wrongCode)).toBe('BAD_USER_INPUT');
    expect(wrongCode.errors?.[0].extensions?.reason).toBe('WRONG_SECOND_FACTOR_CODE');
    expect((await t.gql(RENEW, { input: { currentPassword: DEMO_PASSWORD, code: officialCodes[5] } }, { token })).errors?.[0].extensions?.reason).toBe('WRONG_SECOND_FACTOR_CODE');
    expect(await hashes()).toEqual(before);
    expect(await auditCount('auth.second_factor.recovery_codes_renewed', id)).toBe(0);

    const renewed = await t.gql<{ renewRecoveryCodes: { codes: string[] } }>(
      RENEW,
      { input: { currentPassword: DEMO_PASSWORD, code: totpCode(officialSecret, now()) } },
      { token },
    );
    const fresh = renewed.data!.renewRecoveryCodes.codes;
    expect(fresh).toHaveLength(10);
    expect(new Set(fresh).size).toBe(10);
    expect(fresh.filter((c) => officialCodes.includes(c))).toEqual([]);
    expect(await left()).toBe(10);
    const [event] = (await t.dataSource.query(`SELECT actor_id, data FROM audit_event WHERE action = 'auth.second_factor.recovery_codes_renewed' AND entity_id = $1`, [
      id,
    ])) as Array<{
      actor_id: string;
      data: Record<string, unknown>;
    }>;
    expect(event).toEqual({ actor_id: id, data: { recoveryCodes: 10, unusedBefore: 9 } });
    // The app's code that renewed them is spent like a sign-in code: not twice.
    expect((await t.gql(RENEW, { input: { currentPassword: DEMO_PASSWORD, code: totpCode(officialSecret, now()) } }, { token })).errors?.[0].extensions?.reason).toBe(
      'WRONG_SECOND_FACTOR_CODE',
    );

    // An old code never used no longer signs in; a new one does.
    nextStep();
    expect((await complete(await challengeOf(OFFICIAL), officialCodes[5])).errors?.[0].extensions?.reason).toBe('WRONG_SECOND_FACTOR_CODE');
    expect((await complete(await challengeOf(OFFICIAL), fresh[0])).data?.completeSignIn.user.email).toBe(OFFICIAL);
    expect(await left()).toBe(9);
  });

  it('renews for HR (whose role requires it) and for the read-only inspector, and tells an account without an authenticator so', async () => {
    const hr = await t.login('hr@demo.ketqua.vn');
    nextStep();
    const renewedHr = await t.gql<{ renewRecoveryCodes: { codes: string[] } }>(
      RENEW,
      { input: { currentPassword: DEMO_PASSWORD, code: totpCode(DEMO_TOTP_SECRETS['hr@demo.ketqua.vn'], now()) } },
      { token: hr },
    );
    expect(renewedHr.data?.renewRecoveryCodes.codes).toHaveLength(10);
    expect(await auditCount('auth.second_factor.recovery_codes_renewed', await idOf('hr@demo.ketqua.vn'))).toBe(1);

    // The inspector makes no write, but its own sign-in is its own: without an authenticator it is told so, then it enrols, renews and turns it off again.
    const inspector = await t.login('inspector@demo.ketqua.vn');
    const none = await t.gql(RENEW, { input: { currentPassword: DEMO_PASSWORD, code: '123456' } }, { token: inspector });
    expect(errorCode(none)).toBe('CONFLICT');
    expect(none.errors?.[0].extensions?.reason).toBe('SECOND_FACTOR_NOT_ENABLED');
    const { secret } = await enrol(inspector);
    nextStep();
    const renewed = await t.gql<{ renewRecoveryCodes: { codes: string[] } }>(
      RENEW,
      { input: { currentPassword: DEMO_PASSWORD, code: totpCode(secret, now()) } },
      { token: inspector },
    );
    expect(renewed.data?.renewRecoveryCodes.codes).toHaveLength(10);
    // Turned off with one of the new recovery codes: the inspector is back without an authenticator (the reset test below relies on it).
    expect(
      (await t.gql(DISABLE, { input: { currentPassword: DEMO_PASSWORD, code: renewed.data!.renewRecoveryCodes.codes[0] } }, { token: inspector })).data?.disableSecondFactor,
    ).toBe(true);
    expect((await t.gql<Status>(STATUS, {}, { token: inspector })).data?.mySecondFactor).toMatchObject({ enabled: false, recoveryCodesLeft: 0 });
  });

  it('lets optional roles turn it off with password and code, never HR or ADMIN', async () => {
    nextStep();
    const hr = await t.login('hr@demo.ketqua.vn');
    const refusedHr = await t.gql(DISABLE, { input: { currentPassword: DEMO_PASSWORD, code: totpCode(DEMO_TOTP_SECRETS['hr@demo.ketqua.vn'], now()) } }, { token: hr });
    expect(refusedHr.errors?.[0].extensions?.reason).toBe('SECOND_FACTOR_REQUIRED_FOR_ROLE');

    const token = await t.login('official@demo.ketqua.vn', DEMO_PASSWORD, { totpSecret: officialSecret });
    expect((await t.gql(DISABLE, { input: { currentPassword: 'wrong-password-1', code: '000000' } }, { token })).errors?.[0].extensions?.reason).toBe('WRONG_CURRENT_PASSWORD');
    const secretRow = await t.gql<Status>(STATUS, {}, { token });
    expect(secretRow.data?.mySecondFactor.enabled).toBe(true);
    expect((await t.gql(DISABLE, { input: { currentPassword: DEMO_PASSWORD, code: '12345-67899' } }, { token })).errors?.[0].extensions?.reason).toBe('WRONG_SECOND_FACTOR_CODE');
    nextStep();
    expect((await t.gql(DISABLE, { input: { currentPassword: DEMO_PASSWORD, code: totpCode(officialSecret, now()) } }, { token })).data?.disableSecondFactor).toBe(true);
    expect(await auditCount('auth.second_factor.disabled', await idOf('official@demo.ketqua.vn'))).toBe(1);
    // The password alone signs in again.
    expect((await t.gql<{ login: { accessToken: string } }>(LOGIN, { input: { email: 'official@demo.ketqua.vn', password: DEMO_PASSWORD } })).data?.login.accessToken).toEqual(
      expect.any(String),
    );
  });

  it('lets only an administrator reset another account: sessions end, the person is notified, HR/ADMIN must enrol before anything else', async () => {
    const hrId = await idOf('hr@demo.ketqua.vn');
    const adminId = await idOf('admin@demo.ketqua.vn');
    const headId = await idOf('head@demo.ketqua.vn');
    const hr = await t.login('hr@demo.ketqua.vn');
    const inspector = await t.login('inspector@demo.ketqua.vn');
    const admin = await t.login('admin@demo.ketqua.vn');

    // HR may not reset an administrator (nor anyone: it is an administrator's act), nor may others.
    for (const [token, reason] of [
      [hr, 'ROLE_NOT_ALLOWED'],
      [inspector, 'ROLE_NOT_ALLOWED'],
    ] as const)
      expect((await t.gql(RESET, { id: adminId }, { token })).errors?.[0].extensions?.reason).toBe(reason);
    expect((await t.gql(RESET, { id: adminId }, { token: admin })).errors?.[0].extensions?.reason).toBe('SECOND_FACTOR_RESET_OWN');
    expect(errorCode(await t.gql(RESET, { id: '00000000-0000-4000-8000-000000000000' }, { token: admin }))).toBe('NOT_FOUND');
    expect((await t.gql(RESET, { id: await idOf('inspector@demo.ketqua.vn') }, { token: admin })).errors?.[0].extensions?.reason).toBe('SECOND_FACTOR_NOT_ENABLED');
    expect(await auditCount('auth.second_factor.reset', adminId)).toBe(0);

    const reset = await t.gql<{ resetOfficialSecondFactor: { email: string } }>(RESET, { id: hrId }, { token: admin });
    expect(reset.data?.resetOfficialSecondFactor.email).toBe('hr@demo.ketqua.vn');
    expect(await auditCount('auth.second_factor.reset', hrId)).toBe(1);
    expect((await t.gql(PILOTS, {}, { token: hr })).errors?.[0].extensions?.reason).toBe('SESSION_ENDED');
    const told = (await t.dataSource.query(`SELECT kind FROM notification WHERE recipient_id = $1 AND kind = 'SECOND_FACTOR_RESET'`, [hrId])) as Array<{ kind: string }>;
    expect(told).toHaveLength(1);
    // The head's reset works the same (an optional role).
    expect((await t.gql(RESET, { id: headId }, { token: admin })).errors).toBeUndefined();

    // hr@ now signs in with the password alone, to a session that can only enrol.
    const restricted = await t.login('hr@demo.ketqua.vn', undefined, { keepRestricted: true });
    const blocked = await t.gql(PILOTS, {}, { token: restricted });
    expect(errorCode(blocked)).toBe('FORBIDDEN');
    expect(blocked.errors?.[0].extensions?.reason).toBe('SECOND_FACTOR_ENROLMENT_REQUIRED');
    expect(blocked.errors?.[0].message).toMatch(/Bảo mật tài khoản/);
    expect((await t.gql<Status>(STATUS, {}, { token: restricted })).data?.mySecondFactor).toMatchObject({ enabled: false, required: true });
    expect((await t.gql<{ me: { email: string } }>(`{ me { email } }`, {}, { token: restricted })).data?.me.email).toBe('hr@demo.ketqua.vn');
    nextStep();
    const { secret } = await enrol(restricted);
    // The same session is now a full one.
    expect((await t.gql(PILOTS, {}, { token: restricted })).errors).toBeUndefined();
    nextStep();
    expect(await t.login('hr@demo.ketqua.vn', DEMO_PASSWORD, { totpSecret: secret })).toEqual(expect.any(String));
  });
});
