import { ApolloServerPlugin } from '@apollo/server';

/**
 * A GraphQL answer refused by a rate limit is an HTTP 429 with Retry-After (seconds), as clients,
 * proxies and monitoring expect; the body keeps the typed error (TOO_MANY_REQUESTS, retryAfterSeconds).
 */
export const rateLimitPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const waits = (response.body.singleResult.errors ?? [])
          .filter((e) => e.extensions?.['code'] === 'TOO_MANY_REQUESTS')
          .map((e) => Number(e.extensions?.['retryAfterSeconds'] ?? 1));
        if (!waits.length) return;
        // @nestjs/apollo's own willSendResponse sets 200 whenever the body has `data`; the
        // listeners start together, so set ours after theirs has run.
        await Promise.resolve();
        response.http.status = 429;
        response.http.headers.set('retry-after', String(Math.max(1, ...waits)));
      },
    };
  },
};
