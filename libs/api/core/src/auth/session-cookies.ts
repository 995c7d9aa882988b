import type { CookieOptions, Request, Response } from 'express';
import type { IncomingHttpHeaders } from 'node:http';
import { AppConfig } from '../config/app-config';
import { ForbiddenError } from '../errors/app-error';

/**
 * Browser sessions travel in two httpOnly cookies set by the API (login, refreshSession) and cleared
 * by logout, so no token is ever readable by the dashboard's scripts. Non-browser clients (tests,
 * CLI, benches) keep sending `Authorization: Bearer`; they are not exposed to CSRF (a page cannot
 * make a browser add that header to a cross-site request), and a bearer token always wins.
 */
export const ACCESS_COOKIE = 'ketqua_access';
/** Sent only to /graphql (where refreshSession lives), never with file downloads. */
export const REFRESH_COOKIE = 'ketqua_refresh';
export const REFRESH_COOKIE_PATH = '/graphql';

/**
 * The browser's marker, on every request of the dashboard: "I am a browser holding a cookie session".
 * It asks login/refreshSession for cookies instead of tokens in the body, and it is the CSRF proof: a
 * cross-site page cannot add a custom header without a CORS preflight, which this API never grants.
 */
export const SESSION_HEADER = 'x-ketqua-session';
export const SESSION_HEADER_VALUE = 'cookie';

type Headers = IncomingHttpHeaders;

const headerOf = (headers: Headers, name: string): string => {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
};

/**
 * The request's cookies (RFC 6265 `name=value; …`, the first of a repeated name). Parsed here rather
 * than by cookie-parser because the WebSocket upgrade, which must read them too, is no express request.
 */
export function cookiesOf(headers: Headers): Record<string, string | undefined> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const part of headerOf(headers, 'cookie').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 1) continue;
    const name = part.slice(0, eq).trim();
    if (name in out) continue;
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length > 1) value = value.slice(1, -1);
    try {
      out[name] = decodeURIComponent(value);
    } catch {
      out[name] = value;
    }
  }
  return out;
}

/** The request asks for a cookie session (the dashboard). */
export const wantsCookieSession = (headers: Headers) => headerOf(headers, SESSION_HEADER).toLowerCase() === SESSION_HEADER_VALUE;

/** Credentials come from the cookies: there is a session cookie and no bearer header to take precedence. */
export function usesSessionCookie(headers: Headers): boolean {
  if (headerOf(headers, 'authorization')) return false;
  const cookies = cookiesOf(headers);
  return !!(cookies[ACCESS_COOKIE] || cookies[REFRESH_COOKIE]);
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * Secure is on everywhere except one case: outside production, a request that reached the API over
 * plain http (as express sees it: `req.secure`, which follows X-Forwarded-Proto only from a proxy in
 * TRUST_PROXY) addressed to a loopback host (localhost, 127.0.0.1, ::1) — `npm start`, the demo and
 * tests. In production the cookies are always Secure: behind a TLS-terminating proxy the browser
 * sees https even when the proxy is not trusted.
 */
export function cookieSecure(req: Pick<Request, 'secure' | 'hostname'>, config: Pick<AppConfig, 'isProduction'>): boolean {
  if (config.isProduction || req.secure) return true;
  return !LOOPBACK_HOSTS.has((req.hostname ?? '').toLowerCase());
}

export interface CookieSession {
  accessToken: string;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

/**
 * Both cookies live as long as the refresh token: an access cookie that disappeared with its 15-minute
 * token would read as "not signed in" instead of TOKEN_EXPIRED, and the dashboard would sign out
 * instead of refreshing. The JWT inside still expires on its own time.
 */
export function setSessionCookies(req: Request, res: Response, config: AppConfig, session: CookieSession): void {
  const base: CookieOptions = { httpOnly: true, secure: cookieSecure(req, config), sameSite: 'strict', expires: session.refreshTokenExpiresAt };
  res.cookie(ACCESS_COOKIE, session.accessToken, { ...base, path: '/' });
  res.cookie(REFRESH_COOKIE, session.refreshToken, { ...base, path: REFRESH_COOKIE_PATH });
}

export function clearSessionCookies(req: Request, res: Response, config: AppConfig): void {
  const base: CookieOptions = { httpOnly: true, secure: cookieSecure(req, config), sameSite: 'strict' };
  res.clearCookie(ACCESS_COOKIE, { ...base, path: '/' });
  res.clearCookie(REFRESH_COOKIE, { ...base, path: REFRESH_COOKIE_PATH });
}

export const csrfHeaderMissing = () =>
  new ForbiddenError('CSRF_HEADER_MISSING', {
    vi: 'Yêu cầu dùng phiên đăng nhập của trình duyệt nhưng thiếu tiêu đề chống giả mạo (X-Ketqua-Session): bị từ chối.',
    en: 'The request uses the browser session but lacks the anti-forgery header (X-Ketqua-Session): refused.',
  });

export const crossSiteRefused = () =>
  new ForbiddenError('CROSS_SITE_REQUEST', {
    vi: 'Yêu cầu đến từ một trang web khác nên bị từ chối.',
    en: 'The request comes from another site, so it is refused.',
  });

/**
 * Whether the browser says the request comes from another site: Sec-Fetch-Site: cross-site, or an
 * Origin whose host is neither the one the request was sent to (Host, or X-Forwarded-Host set by a
 * proxy such as the Vite dev server) nor one of TRUSTED_ORIGINS. A page cannot forge these headers
 * on its visitor's browser, which is all CSRF is about. Absent headers say nothing (curl, a
 * same-origin GET); SameSite=Strict and the custom header cover those.
 */
export function isCrossSite(headers: Headers, trustedOrigins: readonly string[]): boolean {
  if (headerOf(headers, 'sec-fetch-site').toLowerCase() === 'cross-site') return true;
  const origin = headerOf(headers, 'origin').trim().toLowerCase().replace(/\/+$/, '');
  if (!origin) return false;
  if (trustedOrigins.includes(origin)) return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return true; // "null" (a sandboxed frame, a file:// page) or garbage: not us
  }
  const own = [headerOf(headers, 'host'), headerOf(headers, 'x-forwarded-host').split(',')[0]].map((h) => h.trim().toLowerCase()).filter(Boolean);
  return !own.includes(host);
}

export const trustedOriginsOf = (config: Pick<AppConfig, 'TRUSTED_ORIGINS'>): string[] =>
  (config.TRUSTED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim().toLowerCase().replace(/\/+$/, ''))
    .filter(Boolean);

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The CSRF rule for one HTTP request, or null when it passes. It applies to requests that use the
 * session cookie or ask for one (a login from a browser: no signing a victim into the attacker's
 * account): any such request from another site is refused, and one without the custom header is
 * refused on /graphql (every method) and on every unsafe method of the other routes. A same-site GET
 * of a file by cookie (a download link) needs no header.
 */
export function csrfRefusal(req: { method: string; path: string; headers: Headers }, trustedOrigins: readonly string[]): ForbiddenError | null {
  const cookie = usesSessionCookie(req.headers);
  const asks = wantsCookieSession(req.headers);
  if (!cookie && !asks) return null;
  if (isCrossSite(req.headers, trustedOrigins)) return crossSiteRefused();
  if (!cookie) return null;
  const graphql = req.path === '/graphql' || req.path.startsWith('/graphql/');
  if ((graphql || !SAFE_METHODS.has(req.method.toUpperCase())) && !asks) return csrfHeaderMissing();
  return null;
}
