import { Injectable, Logger } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, LessThan } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { AppConfig } from '../../config/app-config';
import { UserEntity } from '../../org-model/user.entity';
import { Clock } from '../../time/clock';
import { AuthService, IssuedSession } from '../auth.service';
import { callbackNotOurs, ssoAccountDisabled, ssoAccountUnknown, ssoAttemptInvalid, ssoNotConfigured, ssoRefusedByProvider, ssoUnavailable } from './city-sign-in.errors';
import { IdentityClaims, IdentityProvider } from './identity-provider';
import { SsoSignInEntity } from './sso-sign-in.entity';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const ATTEMPT_MINUTES = 10;

/**
 * "Đăng nhập bằng tài khoản của Thành phố": single sign-on with the city's identity provider.
 * The person must already have a Ketqua account (matched by e-mail or employee code,
 * OIDC_MATCH_CLAIM); roles stay decided in Ketqua, so nobody is created here. The session is the
 * very one password sign-in gives (AuthService.startSession).
 */
@Injectable()
export class CitySignInService {
  private readonly logger = new Logger(CitySignInService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly provider: IdentityProvider,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  get configured(): boolean {
    return this.provider.configured;
  }

  /**
   * Starts a sign-in: the provider's address to send the browser to, and a binding secret the
   * browser keeps (sessionStorage) and shows again at the end, so only the browser that started
   * a sign-in can finish it.
   */
  async start(): Promise<{ authorizationUrl: string; binding: string }> {
    if (!this.configured) throw ssoNotConfigured();
    const request = await this.provider.authorizationRequest().catch((error: unknown) => {
      this.logger.warn(`identity provider unreachable: ${(error as Error).message}`);
      throw ssoUnavailable();
    });
    const binding = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    await this.dataSource.transaction(async (tx) => {
      // Attempts nobody finished are of no use after their ten minutes.
      await tx.delete(SsoSignInEntity, { expiresAt: LessThan(new Date(now.getTime() - 86_400_000)) });
      await tx.insert(SsoSignInEntity, {
        state: request.state,
        nonce: request.nonce,
        codeVerifier: request.codeVerifier,
        bindingHash: sha256(binding),
        createdAt: now,
        expiresAt: new Date(now.getTime() + ATTEMPT_MINUTES * 60_000),
        usedAt: null,
      });
    });
    return { authorizationUrl: request.url, binding };
  }

  /** Finishes a sign-in from the address the provider sent the browser back to. */
  async complete(callbackUrl: string, binding: string, meta: { userAgent: string | null; ip: string | null }): Promise<IssuedSession> {
    if (!this.configured) throw ssoNotConfigured();
    const url = this.ourCallback(callbackUrl);
    const state = url.searchParams.get('state');
    if (!state) throw ssoAttemptInvalid();
    const now = this.clock.now();
    // Used once, atomically: two tabs finishing the same sign-in get one session.
    const [rows] = (await this.dataSource.query(
      `UPDATE sso_sign_in SET used_at = $3 WHERE state = $1 AND binding_hash = $2 AND used_at IS NULL AND expires_at > $3
       RETURNING state, nonce, code_verifier`,
      [state, sha256(binding), now],
    )) as [Array<{ state: string; nonce: string; code_verifier: string }>, number];
    if (!rows.length) {
      await this.refused('attempt invalid, expired, used or from another browser', meta.ip);
      throw ssoAttemptInvalid();
    }
    const attempt = rows[0];
    let claims: IdentityClaims;
    try {
      claims = await this.provider.finish(url, { state: attempt.state, nonce: attempt.nonce, codeVerifier: attempt.code_verifier });
    } catch (error) {
      this.logger.warn(`identity provider refused the sign-in: ${(error as Error).message}`);
      await this.refused(`provider: ${(error as Error).message.slice(0, 200)}`, meta.ip);
      throw ssoRefusedByProvider();
    }
    const user = await this.match(claims);
    if (!user) {
      await this.refused('no Ketqua account', meta.ip, claims);
      throw ssoAccountUnknown();
    }
    if (!user.active) {
      await this.refused('account deactivated', meta.ip, claims, user.id);
      throw ssoAccountDisabled();
    }
    return this.auth.startSession(user, { ...meta, method: 'sso' });
  }

  private ourCallback(callbackUrl: string): URL {
    let url: URL;
    let expected: URL;
    try {
      url = new URL(callbackUrl);
      expected = new URL(this.config.OIDC_REDIRECT_URI);
    } catch {
      throw callbackNotOurs();
    }
    if (url.origin !== expected.origin || url.pathname !== expected.pathname) throw callbackNotOurs();
    return url;
  }

  /** The Ketqua account the claims name: by e-mail (verified, when the provider says), or by employee code. */
  private async match(claims: IdentityClaims): Promise<UserEntity | null> {
    const claim = this.config.OIDC_MATCH_CLAIM;
    const value = claims[claim];
    if (typeof value !== 'string' || !value.trim() || value.length > 320) return null;
    const users = this.dataSource.getRepository(UserEntity);
    if (claim === 'email') {
      if (claims['email_verified'] === false) return null;
      return users.findOneBy({ email: value.trim().toLowerCase() });
    }
    return users.findOneBy({ employeeCode: value.trim() });
  }

  private async refused(reason: string, ip: string | null, claims?: IdentityClaims, userId?: string): Promise<void> {
    const claim = this.config.OIDC_MATCH_CLAIM;
    await this.audit.record(this.dataSource.manager, {
      actorId: null,
      action: 'auth.sso.refused',
      entityType: 'official',
      entityId: userId ?? null,
      // Which claims came (names only): tells an operator a mis-set OIDC_MATCH_CLAIM or scope at a glance.
      data: { reason, ip, ...(claims ? { sub: claims['sub'] ?? null, [claim]: claims[claim] ?? null, claimsReceived: Object.keys(claims).sort() } : {}) },
    });
  }
}
