import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface LiveSubscription<T> {
  /** Every event received so far, in order. */
  events: T[];
  /** Resolves with the next event not yet taken, or rejects after `timeoutMs`. */
  next(timeoutMs?: number): Promise<T>;
  /** Waits `ms` and returns what arrived meanwhile (to assert that nothing came). */
  quietFor(ms: number): Promise<T[]>;
  /** Resolves when the server closes the socket (e.g. 4401 once the session has ended). */
  closed: Promise<{ code: number; reason: string }>;
  close(): Promise<void>;
}

/**
 * A real graphql-ws client over WebSocket, as the dashboard uses it: authenticates at
 * connection_init with the access token and resolves once the server has started the subscription.
 */
/** How a socket signs in: a bearer token in the connection params, or a browser's upgrade headers (Cookie, Origin). */
export type SocketCredentials = string | { headers: Record<string, string> };

export async function openSubscription<T = Record<string, unknown>>(
  baseUrl: string,
  credentials: SocketCredentials,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<LiveSubscription<T>> {
  const upgradeHeaders = typeof credentials === 'string' ? null : credentials.headers;
  // As a browser does: the session cookie and the page's Origin ride on the upgrade request, nothing in the params.
  class BrowserLikeWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: upgradeHeaders ?? {} });
    }
  }
  const client: Client = createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: upgradeHeaders ? BrowserLikeWebSocket : WebSocket,
    connectionParams: typeof credentials === 'string' ? { authorization: `Bearer ${credentials}` } : {},
    lazy: false,
    retryAttempts: 0,
    // Failures surface through the 'closed' listener below, not the console.
    onNonLazyError: () => undefined,
  });
  const events: T[] = [];
  let taken = 0;
  const waiters: Array<() => void> = [];
  let failure: unknown = null;
  await new Promise<void>((resolve, reject) => {
    const offConnected = client.on('connected', () => {
      offConnected();
      resolve();
    });
    const offClosed = client.on('closed', (event) => {
      offClosed();
      reject(new Error(`subscription socket closed: ${JSON.stringify(event)}`));
    });
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    const off = client.on('closed', (event) => {
      off();
      const { code, reason } = event as { code: number; reason: string };
      resolve({ code, reason });
    });
  });
  client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors?.length) failure = value.errors;
        else if (value.data) events.push(Object.values(value.data)[0] as T);
        waiters.splice(0).forEach((w) => w());
      },
      error: (error) => {
        failure = error;
        waiters.splice(0).forEach((w) => w());
      },
      complete: () => undefined,
    },
  );
  // The server starts listening when it runs the subscription; there is no acknowledgement in the
  // protocol, so give it a moment (the assertions that follow wait for events, not for time).
  await new Promise((r) => setTimeout(r, 300));
  const sub: LiveSubscription<T> = {
    events,
    closed,
    next(timeoutMs = 5000) {
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms (failure: ${JSON.stringify(failure)})`)), timeoutMs);
        const check = () => {
          if (failure) {
            clearTimeout(timer);
            reject(new Error(JSON.stringify(failure)));
            return;
          }
          if (events.length > taken) {
            clearTimeout(timer);
            resolve(events[taken++]);
            return;
          }
          waiters.push(check);
        };
        check();
      });
    },
    async quietFor(ms) {
      const before = events.length;
      await new Promise((r) => setTimeout(r, ms));
      return events.slice(before);
    },
    close: () => client.dispose() as Promise<void>,
  };
  return sub;
}
