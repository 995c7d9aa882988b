import { Agent, IncomingHttpHeaders, request } from 'node:http';

/** One GraphQL response as a client sees it over HTTP. */
export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  /** The response's headers (Set-Cookie, Retry-After, …). */
  headers?: IncomingHttpHeaders;
  data: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; reason?: string; fields?: Array<{ field: string; message: string }>; [k: string]: unknown } }>;
}

export interface GqlOptions {
  token?: string;
  /** Accept-Language; the API answers in Vietnamese unless this is 'en'. */
  lang?: 'vi' | 'en';
  /** More request headers (a browser's Cookie, Origin, X-Ketqua-Session). */
  headers?: Record<string, string>;
}

/**
 * Sends a GraphQL operation over real HTTP, like the dashboard does. No keep-alive: a test file's
 * last request must not leave an idle socket that holds jest open after the server closed.
 */
export async function postGraphQL<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: GqlOptions = {},
): Promise<GqlResponse<T>> {
  const { status, body, headers } = await httpRequest(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.lang ? { 'accept-language': options.lang } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const parsed = JSON.parse(body) as { data?: T | null; errors?: GqlResponse<T>['errors'] };
  return { status, headers, data: parsed.data ?? null, errors: parsed.errors };
}

export interface HttpResult {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A plain HTTP request, without connection reuse (see postGraphQL) unless given a keep-alive `agent`
 * (the fuzzer's thousands of cases), which its owner destroys before the server closes.
 */
export function httpRequest(url: string, init: { method?: string; headers?: Record<string, string>; body?: string | Buffer; agent?: Agent } = {}): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: init.method ?? 'GET', headers: init.headers, agent: init.agent ?? false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

/** The first error's extensions.code, for one-line assertions. */
export function errorCode(response: GqlResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
