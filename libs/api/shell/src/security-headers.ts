import { Request, RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every answer, the dashboard's and the API's (issue 10 §4), with helmet.
 * The Content-Security-Policy fits the built dashboard: its own scripts only (Vite emits no inline
 * script), inline styles because antd's CSS-in-JS injects <style> elements at run time, images and
 * fonts from itself or data: URIs, the API and its graphql-ws socket on the same origin, and no
 * framing by anyone (clickjacking).
 */
export function securityHeaders(production: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        // 'self' covers same-origin ws(s) in CSP 3; the explicit origin is for browsers that predate it.
        connectSrc: ["'self'", (req) => sameOriginSocket(req as Request)],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        workerSrc: ["'self'", 'blob:'],
        manifestSrc: ["'self'"],
      },
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // frame-ancestors 'none' for browsers that only know the older header.
    xFrameOptions: { action: 'deny' },
    // HTTPS is terminated at the proxy in production; over plain http (development) HSTS means nothing.
    strictTransportSecurity: production ? { maxAge: 15_552_000, includeSubDomains: true } : false,
    // Downloads and the dashboard are same-origin; nothing of ours is meant to be embedded elsewhere.
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
}

/** ws://host or wss://host of this request (the Host header is the browser's own origin). */
function sameOriginSocket(req: Request): string {
  const host = (req.headers.host ?? '').replace(/[^A-Za-z0-9.:[\]-]/g, '');
  if (!host) return "'self'";
  return `${req.secure ? 'wss' : 'ws'}://${host}`;
}
