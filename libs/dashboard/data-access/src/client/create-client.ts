import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { authExchange } from '@urql/exchange-auth';
import type { SessionStore } from '../session/session-store';
import { EXPIRY_MARGIN_MS, opensSession, SESSION_HEADERS, sessionAuthConfig } from './auth-config';
import { SessionPingQuery } from '../graphql/session-ping.query';
import { isPasswordChangeRequired, isSessionOver } from './problems';
import { retryingFetch, type RetryOptions } from './retry-fetch';
import { purposeHeaders } from '../session/stated-purpose';

export interface KetquaClientOptions {
  session: SessionStore;
  /** The UI language, sent as Accept-Language so the API's messages match the screen. */
  language: () => string;
  url?: string;
  fetch?: typeof fetch;
  /** ws(s)://host/graphql for subscriptions; derived from the page's address by default. */
  wsUrl?: string;
  /** Retries of answers 503 SERVICE_UNAVAILABLE (retry-fetch.ts). */
  retry?: RetryOptions;
}

/**
 * The one urql client: POST only (Apollo's CSRF protection refuses urql's GET queries, STACK.md 3),
 * the session in httpOnly cookies (sent by the browser, never read here) with the X-Ketqua-Session
 * header on every request, refresh-and-retry, sign-out when the API says the session is over, and a
 * bounded retry with backoff while the API cannot reach its database (503: the session is kept).
 * Create one per signed-in user, so nobody sees the previous user's cached data.
 */
export function createKetquaClient({ session, language, url = '/graphql', fetch: fetchImpl, wsUrl, retry }: KetquaClientOptions): Client {
  // One WebSocket per client (so per signed-in user), opened by the first subscription. The browser
  // sends the session cookie with the upgrade; a (re)connect first lets the auth exchange refresh an
  // access token about to expire, so the socket signs in with a valid cookie.
  let ws: WsClient | null = null;
  let client: Client | null = null;
  const socket = () =>
    (ws ??= createWsClient({
      url: wsUrl ?? `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}${url}`,
      lazy: true,
      connectionParams: async () => {
        const current = session.get();
        if (client && current && Date.parse(current.accessTokenExpiresAt) - EXPIRY_MARGIN_MS <= Date.now()) {
          await client.query(SessionPingQuery, {}, { requestPolicy: 'network-only' }).toPromise();
        }
        return { 'accept-language': language() };
      },
      retryAttempts: Infinity,
      shouldRetry: () => !!session.get(),
    }));
  client = new Client({
    url,
    preferGetMethod: false,
    fetch: retryingFetch(fetchImpl ?? ((input, init) => fetch(input, init)), retry),
    fetchOptions: () => ({ credentials: 'same-origin', headers: { 'Accept-Language': language(), ...SESSION_HEADERS, ...purposeHeaders() } }),
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error, operation) {
          // A refused refresh is the auth exchange's to judge (another tab may have refreshed).
          if (isSessionOver(error) && !opensSession(operation)) session.end('SESSION_ENDED');
          // A temporary password issued while signed in: the routes send the user to the change-password form.
          else if (isPasswordChangeRequired(error) && !session.get()?.user.mustChangePassword) session.updateUser({ mustChangePassword: true });
        },
      }),
      authExchange(sessionAuthConfig(session)),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: socket().subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
  return client;
}
