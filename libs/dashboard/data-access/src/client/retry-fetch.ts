/** How long to wait before each retry of an answer 503 (the API's database is restarting), at most. */
export const UNAVAILABLE_RETRY_DELAYS_MS: readonly number[] = [500, 1000, 2000, 4000, 8000];

export interface RetryOptions {
  /** Backoff before each retry; its length bounds the retries (default UNAVAILABLE_RETRY_DELAYS_MS: 5 retries, ~15 s). */
  delaysMs?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
}

interface UnavailableBody {
  errors?: Array<{ extensions?: { code?: unknown; safeToRetry?: unknown; retryAfterSeconds?: unknown } }>;
}

/** A read can be sent again at any time; a mutation only when the API says it never started. */
const isMutation = (body: unknown) => {
  if (typeof body !== 'string') return true;
  try {
    const query = String((JSON.parse(body) as { query?: unknown }).query ?? '').replace(/#[^\n]*/g, '');
    // One operation per document (the API refuses batches): `mutation` at the top level, at the
    // start or after a fragment's closing brace (no field of the schema is called "mutation").
    return /(^|\})\s*mutation\b/.test(query);
  } catch {
    return true;
  }
};

/**
 * fetch that rides out a short database outage: an answer HTTP 503 SERVICE_UNAVAILABLE is sent
 * again after its Retry-After (or the backoff, whichever is longer), a bounded number of times.
 * Reads are always retried; a mutation only when the error says `safeToRetry` (the API refused it
 * before it ran), so a write that may have been saved is never sent twice. The last answer goes
 * to urql as it is: a typed SERVICE_UNAVAILABLE that the pages show, never a sign-out.
 */
export function retryingFetch(base: typeof fetch, options: RetryOptions = {}): typeof fetch {
  const delays = options.delaysMs ?? UNAVAILABLE_RETRY_DELAYS_MS;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  return async (input, init) => {
    for (let attempt = 0; ; attempt++) {
      const response = await base(input, init);
      if (response.status !== 503 || attempt >= delays.length) return response;
      let body: UnavailableBody;
      try {
        body = (await response.clone().json()) as UnavailableBody;
      } catch {
        return response;
      }
      const unavailable = body.errors?.filter((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE') ?? [];
      if (!unavailable.length) return response;
      if (isMutation(init?.body) && !unavailable.every((e) => e.extensions?.safeToRetry === true)) return response;
      const retryAfterMs = Number(response.headers.get('retry-after') ?? 0) * 1000;
      const jitter = 0.8 + Math.random() * 0.4;
      await sleep(Math.max(retryAfterMs, delays[attempt] * jitter));
    }
  };
}
