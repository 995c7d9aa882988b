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
      accessToken
    }
  }
`;

interface Call {
  operation: string;
  authorization: string | undefined;
  language: string | undefined;
  method: string | undefined;
  variables: Record<string, unknown>;
}

type Answer = { data?: unknown; errors?: Array<{ message: string; extensions: Record<string, unknown> }> };

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

const refreshed = (n: number) => ({
  data: {
    refreshSession: {
      __typename: 'AuthPayload',
      accessToken: `A${n}`,
      accessTokenExpiresAt: inAnHour(),
      refreshToken: `R${n}`,
      refreshTokenExpiresAt: inAnHour(),
      user: { __typename: 'Official', ...user, agency: { __typename: 'Agency', id: 'agency1' } },
    },
  },
});

/** A stand-in for the API: answers each operation from a script and records what was sent. */
function fakeApi(script: (call: Call) => Answer) {
  const calls: Call[] = [];
  const fetchImpl = (async (_url: unknown, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { operationName?: string; query: string; variables?: Record<string, unknown> };
    const headers = new Headers(init?.headers);
    const call: Call = {
      operation: body.operationName ?? /(query|mutation)\s+(\w+)/.exec(body.query)?.[2] ?? '?',
      authorization: headers.get('authorization') ?? undefined,
      language: headers.get('accept-language') ?? undefined,
      method: init?.method,
      variables: body.variables ?? {},
    };
    calls.push(call);
    return new Response(JSON.stringify(script(call)), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { calls, fetchImpl };
}

function signedIn(overrides: Partial<Session> = {}): SessionStore {
  const store = createSessionStore(null);
  store.set({ accessToken: 'A1', accessTokenExpiresAt: inAnHour(), refreshToken: 'R1', user: { ...user, agencyId: 'agency1' }, ...overrides });
  return store;
}

const run = (store: SessionStore, fetchImpl: typeof fetch, language = 'vi') =>
  createKetquaClient({ session: store, language: () => language, url: 'http://api.test/graphql', fetch: fetchImpl });

describe('the dashboard urql client', () => {
  it('on PASSWORD_CHANGE_REQUIRED marks the session so the routes open the change-password form', async () => {
    const api = fakeApi(() => ({ errors: [{ message: 'đổi mật khẩu', extensions: { code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' } }] }));
    const store = signedIn();
    const result = await run(store, api.fetchImpl).query(MeQuery, {}).toPromise();
    expect(result.error?.graphQLErrors[0].extensions?.['reason']).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(store.get()).toMatchObject({ accessToken: 'A1', user: { mustChangePassword: true } });
  });

  it('sends the access token, the UI language and POST', async () => {
    const api = fakeApi(() => me);
    const result = await run(signedIn(), api.fetchImpl, 'en').query(MeQuery, {}).toPromise();
    expect(result.data).toEqual(me.data);
    expect(api.calls).toEqual([expect.objectContaining({ operation: 'Me', authorization: 'Bearer A1', language: 'en', method: 'POST' })]);
  });

  it('on TOKEN_EXPIRED refreshes with the stored refresh token and retries the operation once', async () => {
    const api = fakeApi((c) => (c.operation === 'RefreshSession' ? refreshed(2) : c.authorization === 'Bearer A2' ? me : expired));
    const store = signedIn();
    const result = await run(store, api.fetchImpl).query(MeQuery, {}).toPromise();

    expect(result.error).toBeUndefined();
    expect(result.data).toEqual(me.data);
    expect(api.calls.map((c) => [c.operation, c.authorization])).toEqual([
      ['Me', 'Bearer A1'],
      ['RefreshSession', undefined],
      ['Me', 'Bearer A2'],
    ]);
    expect(api.calls[1].variables).toEqual({ input: { refreshToken: 'R1' } });
    expect(store.get()).toMatchObject({ accessToken: 'A2', refreshToken: 'R2' });
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
    expect(api.calls.map((c) => [c.operation, c.authorization])).toEqual([
      ['RefreshSession', undefined],
      ['Me', 'Bearer A2'],
    ]);
  });

  it('ends the session when the refresh token is refused', async () => {
    const api = fakeApi((c) => (c.operation === 'RefreshSession' ? unauthenticated('REFRESH_TOKEN_INVALID') : c.authorization ? expired : unauthenticated('NOT_SIGNED_IN')));
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

    expect(store.get()).toMatchObject({ refreshToken: 'R1' });
  });

  it('keeps the tokens another tab refreshed while this one was refused', async () => {
    const store = signedIn();
    const api = fakeApi((c) => {
      if (c.operation !== 'RefreshSession') return c.authorization === 'Bearer A9' ? me : expired;
      // The other tab used R1 first and stored A9/R9; this tab's R1 is now spent.
      jest.spyOn(store, 'reload').mockImplementation(() => {
        store.set({ ...store.get()!, accessToken: 'A9', refreshToken: 'R9' });
        return store.get();
      });
      return unauthenticated('REFRESH_TOKEN_INVALID');
    });
    const result = await run(store, api.fetchImpl).query(MeQuery, {}).toPromise();

    expect(store.get()).toMatchObject({ accessToken: 'A9' });
    expect(result.data).toEqual(me.data);
  });

  it.each(['SESSION_ENDED', 'TOKEN_INVALID', 'ACCOUNT_DISABLED'])('signs out when the API answers %s', async (reason) => {
    const api = fakeApi(() => unauthenticated(reason));
    const store = signedIn();
    await run(store, api.fetchImpl).query(MeQuery, {}).toPromise();

    expect(store.get()).toBeNull();
    expect(store.lastEnd()).toBe('SESSION_ENDED');
  });

  it('signs in without a bearer token and keeps the session on a wrong password', async () => {
    const api = fakeApi(() => unauthenticated('INVALID_CREDENTIALS'));
    const store = signedIn({ accessTokenExpiresAt: new Date(Date.now() - 1000).toISOString() });
    const result = await run(store, api.fetchImpl)
      .mutation(LoginMutation, { input: { email: 'a@b.vn', password: 'x' } })
      .toPromise();

    expect(api.calls).toEqual([expect.objectContaining({ operation: 'Login', authorization: undefined })]);
    expect(result.error?.graphQLErrors[0].extensions['reason']).toBe('INVALID_CREDENTIALS');
    expect(store.get()).not.toBeNull();
  });
});
