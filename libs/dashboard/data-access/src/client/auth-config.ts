import type { AuthConfig, AuthUtilities } from '@urql/exchange-auth';
import type { Operation } from '@urql/core';
import { RefreshSessionMutation } from '../graphql/refresh-session.mutation';
import { sessionFromPayload, type SessionStore } from '../session/session-store';
import { isTokenExpired } from './problems';

/** Refresh this long before the access token's stated expiry, to absorb clock skew and latency. */
export const EXPIRY_MARGIN_MS = 10_000;

/** Operations that must never wait for, or trigger, a refresh: they are how a session is made. */
const SESSION_FIELDS = new Set(['login', 'refreshSession']);

export function opensSession(operation: Operation): boolean {
  return operation.query.definitions.some((d) => d.kind === 'OperationDefinition' && d.selectionSet.selections.some((s) => s.kind === 'Field' && SESSION_FIELDS.has(s.name.value)));
}

/**
 * The authExchange settings: send the access token; when the API answers TOKEN_EXPIRED (or the
 * token is about to expire) exchange the stored refresh token once and retry the operation once.
 * A refused refresh ends the session, unless another tab has refreshed it in the meantime.
 */
export function sessionAuthConfig(session: SessionStore, now: () => number = Date.now) {
  return async (utils: AuthUtilities): Promise<AuthConfig> => ({
    addAuthToOperation(operation) {
      const current = session.get();
      if (!current || opensSession(operation)) return operation;
      return utils.appendHeaders(operation, { Authorization: `Bearer ${current.accessToken}` });
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
      const used = current.refreshToken;
      const result = await utils.mutate(RefreshSessionMutation, { input: { refreshToken: used } }, { requestPolicy: 'network-only' });
      const payload = result.data?.refreshSession;
      if (payload) {
        session.set(sessionFromPayload(payload));
        return;
      }
      if (result.error?.networkError || !result.error?.graphQLErrors.length) return; // offline: keep the session, the retry reports it
      // Rate-limited (HTTP 429) or the API's database unreachable (503): the refresh token is still good.
      if (result.error.graphQLErrors.some((e) => e.extensions?.['code'] === 'TOO_MANY_REQUESTS' || e.extensions?.['code'] === 'SERVICE_UNAVAILABLE')) return;
      const latest = session.reload();
      if (latest && latest.refreshToken !== used) return; // another tab refreshed first; use its tokens
      session.end('EXPIRED');
    },
  });
}
