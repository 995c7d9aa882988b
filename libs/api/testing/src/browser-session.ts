import { IncomingHttpHeaders } from 'node:http';
import { DEMO_PASSWORD } from '@ketqua/api/demo';
import { GqlResponse, httpRequest, HttpResult, postGraphQL } from './graphql-client';

/** One cookie as the browser stored it from Set-Cookie. */
export interface StoredCookie {
  name: string;
  value: string;
  path: string;
  httpOnly: boolean;
  secure: boolean;
  sameSite: string | null;
  expires: Date | null;
  raw: string;
}

export function parseSetCookie(headers: IncomingHttpHeaders | undefined): StoredCookie[] {
  const lines = headers?.['set-cookie'] ?? [];
  return lines.map((raw) => {
    const [pair, ...attrs] = raw.split(';').map((p) => p.trim());
    const eq = pair.indexOf('=');
    const attr = (name: string) => attrs.find((a) => a.toLowerCase().startsWith(name.toLowerCase()));
    const value = (name: string) => attr(name)?.split('=')[1] ?? null;
    const expires = value('Expires');
    return {
      name: pair.slice(0, eq),
      value: decodeURIComponent(pair.slice(eq + 1)),
      path: value('Path') ?? '/',
      httpOnly: !!attr('HttpOnly'),
      secure: attrs.some((a) => a.toLowerCase() === 'secure'),
      sameSite: value('SameSite'),
      expires: expires ? new Date(expires) : null,
      raw,
    };
  });
}

export interface BrowserRequestOptions {
  /** Send X-Ketqua-Session: cookie, as the dashboard does on every request (default true). */
  csrfHeader?: boolean;
  /** The page's Origin (default: the API's own; null: none, as curl or a same-origin GET). */
  origin?: string | null;
  headers?: Record<string, string>;
  lang?: 'vi' | 'en';
}

/**
 * A browser as the API sees it: a cookie jar fed by Set-Cookie (path-aware, expired cookies dropped),
 * the page's Origin, and the dashboard's X-Ketqua-Session header, so specs can send what a real
 * browser sends, or what a forged cross-site request would.
 */
export class BrowserSession {
  readonly jar = new Map<string, StoredCookie>();

  constructor(readonly baseUrl: string) {}

  /** The Cookie header a browser would send to `path`. */
  cookieHeader(path = '/graphql'): string {
    return [...this.jar.values()]
      .filter((c) => path === c.path || path.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`) || c.path === '/')
      .map((c) => `${c.name}=${encodeURIComponent(c.value)}`)
      .join('; ');
  }

  cookie(name: string): StoredCookie | undefined {
    return this.jar.get(name);
  }

  absorb(headers: IncomingHttpHeaders | undefined): StoredCookie[] {
    const set = parseSetCookie(headers);
    for (const c of set) {
      if ((c.expires && c.expires.getTime() <= Date.now()) || c.value === '') this.jar.delete(c.name);
      else this.jar.set(c.name, c);
    }
    return set;
  }

  headersFor(path: string, options: BrowserRequestOptions = {}): Record<string, string> {
    const origin = options.origin === undefined ? this.baseUrl : options.origin;
    const cookie = this.cookieHeader(path);
    return {
      ...(cookie ? { cookie } : {}),
      ...(origin ? { origin } : {}),
      ...((options.csrfHeader ?? true) ? { 'x-ketqua-session': 'cookie' } : {}),
      ...options.headers,
    };
  }

  async gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, options: BrowserRequestOptions = {}): Promise<GqlResponse<T>> {
    const res = await postGraphQL<T>(this.baseUrl, query, variables, { lang: options.lang, headers: this.headersFor('/graphql', options) });
    this.absorb(res.headers);
    return res;
  }

  async request(path: string, init: { method?: string; body?: string | Buffer; headers?: Record<string, string> } & BrowserRequestOptions = {}): Promise<HttpResult> {
    const { method, body, ...options } = init;
    const res = await httpRequest(`${this.baseUrl}${path}`, { method, body, headers: this.headersFor(path.split('?')[0], options) });
    this.absorb(res.headers);
    return res;
  }

  /**
   * Signs in through the real `login` mutation as the dashboard does (and, for an account with two-factor
   * sign-in, `completeSignIn` with the code `secondFactor` gives); the session is now in the jar.
   */
  async login(email: string, password = DEMO_PASSWORD, secondFactor?: () => Promise<string>): Promise<GqlResponse<{ login: BrowserSignIn }>> {
    const res = await this.gql<{ login: BrowserSignIn }>(
      `mutation Login($input: LoginInput!) { login(input: $input) { accessToken refreshToken accessTokenExpiresAt user { id } } }`,
      { input: { email, password } },
    );
    const challenge = res.errors?.[0]?.extensions?.['challengeToken'];
    if (!res.data && typeof challenge === 'string' && secondFactor) {
      const done = await this.gql<{ completeSignIn: BrowserSignIn }>(
        `mutation Complete($input: CompleteSignInInput!) { completeSignIn(input: $input) { accessToken refreshToken accessTokenExpiresAt user { id } } }`,
        { input: { challengeToken: challenge, code: await secondFactor() } },
      );
      if (!done.data) throw new Error(`login ${email} (second step) failed: ${JSON.stringify(done.errors)}`);
      return { ...done, data: { login: done.data.completeSignIn } };
    }
    if (!res.data) throw new Error(`login ${email} failed: ${JSON.stringify(res.errors)}`);
    return res;
  }
}

type BrowserSignIn = { accessToken: string | null; refreshToken: string | null; user: { id: string } };
