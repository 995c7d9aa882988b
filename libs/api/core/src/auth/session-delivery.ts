import { Request, Response } from 'express';
import { AppConfig } from '../config/app-config';
import { Official } from '../org-model/models/official.model';
import { IssuedSession } from './auth.service';
import { AuthPayload } from './models/auth-payload.model';
import { setSessionCookies, wantsCookieSession } from './session-cookies';

/**
 * How every sign-in (password, its second step, the city's single sign-on, a refresh) hands over its
 * session: a browser that asked for a cookie session (X-Ketqua-Session: cookie) gets the tokens as
 * httpOnly cookies and nulls in the body, so its scripts never hold one; any other client gets them
 * in the body.
 */
export function deliverSession(session: IssuedSession, req: Request, res: Response | undefined, config: AppConfig): AuthPayload {
  const payload: AuthPayload = { ...session, user: Official.from(session.user) };
  if (!res || !wantsCookieSession(req.headers)) return payload;
  setSessionCookies(req, res, config, session);
  return { ...payload, accessToken: null, refreshToken: null };
}
