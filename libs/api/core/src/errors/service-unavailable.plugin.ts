import { ApolloServerPlugin } from '@apollo/server';

/**
 * A GraphQL answer that could not reach the database is an HTTP 503 with Retry-After, as load
 * balancers, proxies and the dashboard's retry expect; the body keeps the typed error
 * (SERVICE_UNAVAILABLE, reason DATABASE_UNAVAILABLE, retryAfterSeconds, safeToRetry).
 */
export const serviceUnavailablePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const waits = (response.body.singleResult.errors ?? [])
          .filter((e) => e.extensions?.['code'] === 'SERVICE_UNAVAILABLE')
          .map((e) => Number(e.extensions?.['retryAfterSeconds'] ?? 2));
        if (!waits.length) return;
        // As in rateLimitPlugin: @nestjs/apollo sets 200 whenever the body has `data`, in a listener that runs with ours.
        await Promise.resolve();
        response.http.status = 503;
        response.http.headers.set('retry-after', String(Math.max(1, ...waits)));
      },
    };
  },
};
