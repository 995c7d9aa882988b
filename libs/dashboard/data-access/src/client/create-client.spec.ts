import { gql } from '@urql/core';
import { createSessionStore, type Session, type SessionStore } from '../session/session-store';
import { createKetquaClient } from './create-client';

const MeQuery = gql`
  query Me {
    me {
      id
      fullName
    }
  }
`;
const LoginMutation = gql`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessTokenExpiresAt
    }
  }
`;

interface Call {
  operation: string;
  /** The access cookie the browser held when it sent the request (the client never sees it). */
  cookie: string | undefined;
  authorization: string | undefined;
  sessionHeader: string | undefined;
  language: string | undefined;
  method: string | undefined;
  variables: Record<string, unknown>;
}

type Answer = { data?: unknown; errors?: Array<{ message: string; extensions: Record<string, unknown> }>; setCookie?: string; httpStatus?: number; retryAfter?: string };

const expired = { errors: [{ message: 'hết hạn', extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' } }] };
const unauthenticated = (reason: string) => ({ errors: [{ message: reason, extensions: { code: 'UNAUTHENTICATED', reason } }] });
const me = { data: { me: { __typename: 'Official', id: 'u1', fullName: 'Nguyễn Văn Minh' } } };

const inAnHour = () => new Date(Date.now() + 3600_000).toISOString();

const user = {
  id: 'u1',
  fullName: 'Nguyễn Văn Minh',
  email: 'head@demo.ketqua.vn',
  role: 'UNIT_HEAD' as const,
  unitId: 'unit1',
  cityScope: false,
  mustChangePassword: false,
};

/** A refresh answer: the browser's jar now holds access cookie A<n> (Set-Cookie), the body no token. */
const refreshed = (n: number) => ({
  setCookie: `A${n}`,
  data: {
    refreshSession: {
      __typename: 'AuthPayload',
      accessTokenExpiresAt: inAnHour(),
      refreshTokenExpiresAt: inAnHour(),
      user: { __typename: 'Official', ...user, agency: { __typename: 'Agency', id: 'agency1' } },
    },
  },
});

/** A stand-in for the API and the browser's cookie jar: answers each operation from a script and records what was sent. */
function fakeApi(script: (call: Call) => Answer, jar: { access?: string } = { access: 'A1' }) {
  const calls: Call[] = [];
  const fetchImpl = (async (_url: unknown, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { operationName?: string; query: string; variables?: Record<string, unknown> };
    const headers = new Headers(init?.headers);
    const call: Call = {
      operation: body.operationName ?? /(query|mutation)\s+(\w+)/.exec(body.query)?.[2] ?? '?',
      cookie: init?.credentials === 'omit' ? undefined : jar.access,
      authorization: headers.get('authorization') ?? undefined,
      sessionHeader: headers.get('x-ketqua-session') ?? undefined,
      language: headers.get('accept-language') ?? undefined,
      method: init?.method,
      variables: body.variables ?? {},
    };
    calls.push(call);
    const { setCookie, httpStatus = 200, retryAfter, ...answer } = script(call);
    if (setCookie) jar.access = setCookie;
    return new Response(JSON.stringify(answer), { status: httpStatus, headers: { 'content-type': 'application/json', ...(retryAfter ? { 'retry-after': retryAfter } : {}) } });
  }) as typeof fetch;
  return { calls, fetchImpl, jar };
}

function signedIn(overrides: Partial<Session> = {}): SessionStore {
  const store = createSessionStore(null);
  store.set({ accessTokenExpiresAt: inAnHour(), user: { ...user, agencyId: 'agency1' }, ...overrides });
  return store;
}

const waits: number[] = [];
const run = (store: SessionStore, fetchImpl: typeof fetch, language = 'vi') =>
  createKetquaClient({
    session: store,
    language: () => language,
    url: 'http://api.test/graphql',
    fetch: fetchImpl,
    retry: { delaysMs: [10, 20, 40], sleep: async (ms) => void waits.push(ms) },
  });

const unavailable = (safeToRetry: boolean): Answer => ({
  httpStatus: 503,
  retryAfter: '2',
  errors: [
    { message: 'tạm thời không truy cập được cơ sở dữ liệu', extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE', retryAfterSeconds: 2, safeToRetry } },
  ],
});
const LogWorkMutation = gql`
  mutation LogWork($input: LogWorkInput!) {
    logWork(input: $input) {
      id
    }
  }
`;

describe('the dashboard urql client', () => {
  it('on PASSWORD_CHANGE_REQUIRED marks the session so the routes open the change-password form', async () => {
    const api = fakeApi(() => ({ errors: [{ message: 'đổi mật khẩu', extensions: { code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' } }] }));
    const store = signedIn();
    const result = await run(store, api.fetchImpl).query(MeQuery, {}).toPromise();
    expect(result.error?.graphQLErrors[0].extensions?.['reason']).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(store.get()).toMatchObject({ user: { mustChangePassword: true } });
  });

  it('sends the session by cookie with the X-Ketqua-Session header, never a bearer token; the UI language and POST', async () => {
    const api = fakeApi(() => me);
    const result = await run(signedIn(), api.fetchImpl, 'en').query(MeQuery, {}).toPromise();
    expect(result.data).toEqual(me.data);
    expect(api.calls).toEqual([expect.objectContaining({ operation: 'Me', cookie: 'A1', authorization: undefined, sessionHeader: 'cookie', language: 'en', method: 'POST' })]);
  });

  it('on TOKEN_EXPIRED refreshes by cookie (no token in the input) and retries the operation once', async () => {
    const api = fakeApi((c) => (c.operation === 'RefreshSession' ? refreshed(2) : c.cookie === 'A2' ? me : expired));
    const store = signedIn();
    const result = await run(store, api.fetchImpl).query(MeQuery, {}).toPromise();

    expect(result.error).toBeUndefined();
    expect(result.data).toEqual(me.data);
    expect(api.calls.map((c) => [c.operation, c.cookie, c.sessionHeader])).toEqual([
      ['Me', 'A1', 'cookie'],
      ['RefreshSession', 'A1', 'cookie'],
      ['Me', 'A2', 'cookie'],
    ]);
    expect(api.calls[1].variables).toEqual({ input: {} });
    expect(Object.keys(store.get()!).sort()).toEqual(['accessTokenExpiresAt', 'user']);
  });

  it('retries only once: a second TOKEN_EXPIRED is reported, not looped on', async () => {
    let refreshes = 0;
    const api = fakeApi((c) => (c.operation === 'RefreshSession' ? refreshed(++refreshes + 1) : expired));
    const result = await run(signedIn(), api.fetchImpl).query(MeQuery, {}).toPromise();

    expect(refreshes).toBe(1);
    expect(api.calls.map((c) => c.operation)).toEqual(['Me', 'RefreshSession', 'Me']);
    expect(result.error?.graphQLErrors[0].extensions['reason']).toBe('TOKEN_EXPIRED');
  });

  it('refreshes before sending when the stored access token has already expired', async () => {
    const api = fakeApi((c) => (c.operation === 'RefreshSession' ? refreshed(2) : me));
    const store = signedIn({ accessTokenExpiresAt: new Date(Date.now() - 1000).toISOString() });
    const result = await run(store, api.fetchImpl).query(MeQuery, {}).toPromise();

    expect(result.data).toEqual(me.data);
    expect(api.calls.map((c) => [c.operation, c.cookie])).toEqual([
      ['RefreshSession', 'A1'],
      ['Me', 'A2'],
    ]);
  });

  it('ends the session when the refresh token is refused', async () => {
    const api = fakeApi((c) => (c.operation === 'RefreshSession' ? unauthenticated('REFRESH_TOKEN_INVALID') : c.cookie ? expired : unauthenticated('NOT_SIGNED_IN')));
    const store = signedIn();
    await run(store, api.fetchImpl).query(MeQuery, {}).toPromise();

    expect(store.get()).toBeNull();
    expect(store.lastEnd()).toBe('EXPIRED');
  });

  it('keeps the session when the refresh is only rate-limited (HTTP 429)', async () => {
    const api = fakeApi((c) =>
      c.operation === 'RefreshSession'
        ? { errors: [{ message: 'Quá nhiều lần thử', extensions: { code: 'TOO_MANY_REQUESTS', reason: 'RATE_LIMITED', retryAfterSeconds: 30 } }] }
        : expired,
    );
    const store = signedIn();
    await run(store, api.fetchImpl).query(MeQuery, {}).toPromise();

    expect(store.get()).not.toBeNull();
  });

  it('keeps the session another tab refreshed while this one was refused', async () => {
    const store = signedIn();
    const later = new Date(Date.now() + 2 * 3600_000).toISOString();
    const api = fakeApi((c) => {
      if (c.operation !== 'RefreshSession') return c.cookie === 'A9' ? me : expired;
      // The other tab refreshed first: the shared jar holds its cookie A9 and storage its new expiry; this tab's refresh cookie was spent.
      api.jar.access = 'A9';
      jest.spyOn(store, 'reload').mockImplementation(() => {
        store.set({ ...store.get()!, accessTokenExpiresAt: later });
        return store.get();
      });
      return unauthenticated('REFRESH_TOKEN_INVALID');
    });
    const result = await run(store, api.fetchImpl).query(MeQuery, {}).toPromise();

    expect(store.get()).toMatchObject({ accessTokenExpiresAt: later });
    expect(result.data).toEqual(me.data);
  });

  it.each(['SESSION_ENDED', 'TOKEN_INVALID', 'ACCOUNT_DISABLED'])('signs out when the API answers %s', async (reason) => {
    const api = fakeApi(() => unauthenticated(reason));
    const store = signedIn();
    await run(store, api.fetchImpl).query(MeQuery, {}).toPromise();

    expect(store.get()).toBeNull();
    expect(store.lastEnd()).toBe('SESSION_ENDED');
  });

  it('signs in with the session header (so the API answers with cookies) and keeps the session on a wrong password', async () => {
    const api = fakeApi(() => unauthenticated('INVALID_CREDENTIALS'));
    const store = signedIn({ accessTokenExpiresAt: new Date(Date.now() - 1000).toISOString() });
    const result = await run(store, api.fetchImpl)
      .mutation(LoginMutation, { input: { email: 'a@b.vn', password: 'x' } })
      .toPromise();

    expect(api.calls).toEqual([expect.objectContaining({ operation: 'Login', authorization: undefined, sessionHeader: 'cookie' })]);
    expect(result.error?.graphQLErrors[0].extensions['reason']).toBe('INVALID_CREDENTIALS');
    expect(store.get()).not.toBeNull();
  });

  describe('while the API cannot reach its database (HTTP 503 SERVICE_UNAVAILABLE)', () => {
    beforeEach(() => waits.splice(0));

    it('retries a read after Retry-After, with backoff, and keeps the session', async () => {
      let n = 0;
      const api = fakeApi(() => (++n <= 2 ? unavailable(false) : me));
      const store = signedIn();
      const result = await run(store, api.fetchImpl).query(MeQuery, {}).toPromise();

      expect(result.data).toEqual(me.data);
      expect(api.calls.map((c) => c.operation)).toEqual(['Me', 'Me', 'Me']);
      expect(waits).toEqual([2000, 2000]);
      expect(store.get()).toMatchObject({ user: { email: user.email } }); // still signed in (the tokens are the browser's cookies)
    });

    it('gives up after the bounded retries and reports SERVICE_UNAVAILABLE, still signed in', async () => {
      const api = fakeApi(() => unavailable(true));
      const store = signedIn();
      const result = await run(store, api.fetchImpl).query(MeQuery, {}).toPromise();

      expect(api.calls).toHaveLength(4);
      expect(result.error?.graphQLErrors[0].extensions['code']).toBe('SERVICE_UNAVAILABLE');
      expect(store.get()).not.toBeNull();
    });

    it('sends a mutation again only when the API says it never started (safeToRetry)', async () => {
      let n = 0;
      const safe = fakeApi((c) => (c.operation === 'LogWork' && ++n === 1 ? unavailable(true) : { data: { logWork: { __typename: 'WorkLog', id: 'w1' } } }));
      const saved = await run(signedIn(), safe.fetchImpl).mutation(LogWorkMutation, { input: {} }).toPromise();
      expect(saved.data).toEqual({ logWork: { __typename: 'WorkLog', id: 'w1' } });
      expect(safe.calls.map((c) => c.operation)).toEqual(['LogWork', 'LogWork']);

      // Cut off mid-way, it may have been saved: not sent twice, reported to the page.
      const unsafe = fakeApi(() => unavailable(false));
      const store = signedIn();
      const refused = await run(store, unsafe.fetchImpl).mutation(LogWorkMutation, { input: {} }).toPromise();
      expect(unsafe.calls).toHaveLength(1);
      expect(refused.error?.graphQLErrors[0].extensions['code']).toBe('SERVICE_UNAVAILABLE');
      expect(store.get()).not.toBeNull();
    });

    it('keeps the session when the refresh meets the outage', async () => {
      const api = fakeApi((c) => (c.operation === 'RefreshSession' ? unavailable(false) : expired));
      const store = signedIn();
      await run(store, api.fetchImpl).query(MeQuery, {}).toPromise();

      expect(api.calls.map((c) => c.operation)).toContain('RefreshSession');
      expect(store.get()).toMatchObject({ user: { email: user.email } });
    });
  });
});
