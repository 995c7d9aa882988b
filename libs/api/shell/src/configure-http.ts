import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, csrfRefusal, trustedOriginsOf, wantsEnglish } from '@ketqua/api/core';
import { NextFunction, Request, Response } from 'express';
import { IncomingMessage } from 'node:http';
import { securityHeaders } from './security-headers';
import { serveDashboard } from './serve-dashboard';

/** POST /files takes the file itself as the body, whatever content type the client names. */
const isUpload = (req: IncomingMessage) => (req.url ?? '').startsWith('/files');
const isJson = (req: IncomingMessage) => /^application\/([\w.+-]*\+)?json\b/i.test(req.headers['content-type'] ?? '');

/** HTTP settings shared by production and tests: headers, body parsing and its cap, proxies, the dashboard. */
export function configureHttp(app: NestExpressApplication, config: AppConfig): void {
  // The client address behind the proxies we trust (sign-in rate limits per IP, audit).
  app.set('trust proxy', /^\d+$/.test(config.TRUST_PROXY) ? Number(config.TRUST_PROXY) : config.TRUST_PROXY);
  app.disable('x-powered-by');
  app.use(securityHeaders(config.isProduction));
  // Before any body is read: a forged request costs nothing.
  app.use(csrfProtection(trustedOriginsOf(config)));
  // JSON only (GraphQL), capped; never on /files, whose raw body is the upload. No route takes
  // forms: registering the form parser as "parse nothing" keeps Nest from adding its default, which
  // swallowed uploads sent with curl's default content type (application/x-www-form-urlencoded).
  app.useBodyParser('json', { limit: config.HTTP_JSON_LIMIT_BYTES, type: (req: IncomingMessage) => !isUpload(req) && isJson(req) });
  app.useBodyParser('urlencoded', { type: () => false });
  app.use(bodyRefused);
  serveDashboard(app, config.DASHBOARD_DIR);
}

/**
 * CSRF for the browser's cookie session (session-cookies.ts): a request that uses the session cookie
 * or asks for one is refused when it comes from another site, and without the X-Ketqua-Session
 * header on /graphql and on every write. 403 with the same typed shape as every other refusal
 * (a GraphQL error body on /graphql), before any resolver or route runs.
 */
function csrfProtection(trustedOrigins: readonly string[]) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const refusal = csrfRefusal(req, trustedOrigins);
    if (!refusal) return next();
    const english = wantsEnglish(req.headers['accept-language']);
    const message = english ? refusal.text.en : refusal.text.vi;
    if (req.path === '/graphql') {
      res.status(403).json({ errors: [{ message, extensions: { code: refusal.code, reason: refusal.reason } }] });
      return;
    }
    res.status(403).json({ message, code: refusal.code, reason: refusal.reason });
  };
}

/** A body the parser refused is the client's mistake: a typed JSON answer, not express's HTML page. */
function bodyRefused(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  const type = (error as { type?: string } | null)?.type;
  if (type === 'entity.too.large') {
    res.status(413).json({ code: 'PAYLOAD_TOO_LARGE', reason: 'BODY_TOO_LARGE', message: 'Yêu cầu quá lớn. / The request body is too large.' });
    return;
  }
  if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported') {
    res.status(400).json({ code: 'BAD_USER_INPUT', reason: 'BODY_NOT_JSON', message: 'Nội dung yêu cầu không phải JSON hợp lệ. / The request body is not valid JSON.' });
    return;
  }
  next(error);
}
