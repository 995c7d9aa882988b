import type { AuthConfig, AuthUtilities } from '@urql/exchange-auth';
import type { Operation } from '@urql/core';
import { RefreshSessionMutation } from '../graphql/refresh-session.mutation';
import { sessionFromPayload, type SessionStore } from '../session/session-store';
import { isTokenExpired } from './problems';

/** Refresh this long before the access token's stated expiry, to absorb clock skew and latency. */
export const EXPIRY_MARGIN_MS = 10_000;

/**
 * Sent on every request: asks login/refreshSession for httpOnly cookies instead of tokens, and proves
 * to the API's CSRF check that the request comes from the dashboard (no other site can add it).
 */
export const SESSION_HEADERS = { 'X-Ketqua-Session': 'cookie' } as const;

/** Operations that must never wait for, or trigger, a refresh: they are how a session is made. */
const SESSION_FIELDS = new Set(['login', 'refreshSession']);

export function opensSession(operation: Operation): boolean {
  return operation.query.definitions.some((d) => d.kind === 'OperationDefinition' && d.selectionSet.selections.some((s) => s.kind === 'Field' && SESSION_FIELDS.has(s.name.value)));
}

/**
 * The authExchange settings. The browser sends the session cookie by itself; this refreshes it: when
 * the API answers TOKEN_EXPIRED (or the token is about to expire) call refreshSession once (the
 * refresh cookie goes with it) and retry the operation once. A refused refresh ends the session,
 * unless another tab has refreshed it in the meantime (the stored expiry moved).
 */
export function sessionAuthConfig(session: SessionStore, now: () => number = Date.now) {
  return async (utils: AuthUtilities): Promise<AuthConfig> => ({
    addAuthToOperation(operation) {
      return operation;
    },
    willAuthError(operation) {
      const current = session.get();
      if (!current || opensSession(operation)) return false;
      return Date.parse(current.accessTokenExpiresAt) - EXPIRY_MARGIN_MS <= now();
    },
    didAuthError(error) {
      return isTokenExpired(error);
    },
    async refreshAuth() {
      const current = session.get();
      if (!current) return;
      const used = current.accessTokenExpiresAt;
      const result = await utils.mutate(RefreshSessionMutation, { input: {} }, { requestPolicy: 'network-only' });
      const payload = result.data?.refreshSession;
      if (payload) {
        session.set(sessionFromPayload(payload));
        return;
      }
      if (result.error?.networkError || !result.error?.graphQLErrors.length) return; // offline: keep the session, the retry reports it
      // Rate-limited (HTTP 429) or the API's database unreachable (503): the refresh cookie is still good.
      if (result.error.graphQLErrors.some((e) => e.extensions?.['code'] === 'TOO_MANY_REQUESTS' || e.extensions?.['code'] === 'SERVICE_UNAVAILABLE')) return;
      const latest = session.reload();
      if (latest && latest.accessTokenExpiresAt !== used) return; // another tab refreshed first; the cookies are its new ones
      session.end('EXPIRED');
    },
  });
}
