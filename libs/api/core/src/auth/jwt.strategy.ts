import { createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { AccessTokenPayload, AccountRow, AuthUser, authUserFromRow } from './auth-user';
import { accountDisabled, sessionEnded } from './auth.errors';
import { Clock } from '../time/clock';
import { ACCESS_COOKIE, cookiesOf } from './session-cookies';
import { secondFactorRequired } from '@ketqua/domain';

interface SessionUserRow extends AccountRow {
  must_change_password: boolean;
  second_factor_enabled: boolean;
  active: boolean;
  revoked_at: Date | null;
  expires_at: Date;
}

/** The browser's access token, from its httpOnly cookie (the CSRF middleware has vetted the request). */
const fromSessionCookie = (req: { headers?: Parameters<typeof cookiesOf>[0] }): string | null => (req.headers ? (cookiesOf(req.headers)[ACCESS_COOKIE] ?? null) : null);

/**
 * Access tokens: a bearer header (non-browser clients), else the session cookie (the dashboard). Besides the signature it checks, in one query, that the session is still
 * open and the account active, so logout and deactivation take effect at once.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    super({
      // The bearer header first: a client that sends one means it, whatever cookies it also carries.
      jwtFromRequest: ExtractJwt.fromExtractors([ExtractJwt.fromAuthHeaderAsBearerToken(), fromSessionCookie]),
      ignoreExpiration: false,
      // A secret KeyObject made once: given the string, jsonwebtoken tries (and fails, throwing) to read it as a
      // public key and then makes the secret key again on every request (about 8% of a cached overview's CPU).
      secretOrKey: createSecretKey(Buffer.from(config.JWT_SECRET as string)) as unknown as string,
      algorithms: ['HS256'],
    });
  }

  async validate(payload: AccessTokenPayload): Promise<AuthUser> {
    return loadSessionUser(this.dataSource, payload, this.clock.now());
  }
}

/** `now` from the Clock: a session ends when the Clock says so, like every other deadline. */
export async function loadSessionUser(dataSource: DataSource, payload: AccessTokenPayload, now: Date): Promise<AuthUser> {
  const rows: SessionUserRow[] = await dataSource.query(
    `SELECT u.id, u.email, u.full_name, u.role, u.unit_id, un.agency_id, u.city_scope, u.must_change_password, u.active, s.revoked_at, s.expires_at,
            EXISTS (SELECT 1 FROM second_factor f WHERE f.user_id = u.id AND f.enabled_at IS NOT NULL) AS second_factor_enabled
       FROM app_user u
       JOIN unit un ON un.id = u.unit_id
       JOIN session s ON s.id = $2 AND s.user_id = u.id
      WHERE u.id = $1`,
    [payload.sub, payload.sid],
  );
  const row = rows[0];
  if (!row || row.revoked_at || new Date(row.expires_at) <= now) throw sessionEnded();
  if (!row.active) throw accountDisabled();
  return authUserFromRow(row, {
    mustChangePassword: row.must_change_password,
    mustEnrolSecondFactor: secondFactorRequired(row.role) && !row.second_factor_enabled,
    sessionId: payload.sid,
  });
}
