import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull, LessThan, Not } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { UserEntity } from '../org-model/user.entity';
import { Clock } from '../time/clock';
import { AccessTokenPayload, AuthUser } from './auth-user';
import { accountDisabled, invalidCredentials, refreshTokenInvalid, wrongCurrentPassword } from './auth.errors';
import { PasswordService } from './password.service';
import { SignInSettings } from '../settings/sign-in-settings';
import { passwordSignInDisabled } from './sso/city-sign-in.errors';
import { RetiredRefreshTokenEntity } from './retired-refresh-token.entity';
import { SessionEntity } from './session.entity';
import { secondFactorRequired } from '@ketqua/domain';
import { challengeInvalid, secondFactorRequired as secondFactorChallenge, wrongSecondFactorCode } from './second-factor/second-factor.errors';
import { SecondFactorService } from './second-factor/second-factor.service';

export interface IssuedSession {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: UserEntity;
  /** HR or ADMIN without an authenticator: the session can only enrol one (and change the password, sign out). */
  mustEnrolSecondFactor: boolean;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const CHALLENGE_PURPOSE = 'ketqua:second-factor';
const CHALLENGE_TTL_SECONDS = 300;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sign-in, sessions and passwords. Hashing happens outside transactions (embedded DB, STACK.md). */
@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly secondFactor: SecondFactorService,
    private readonly signInSettings: SignInSettings,
  ) {}

  /**
   * After a right password: the session, or, when the account has an authenticator, the
   * SECOND_FACTOR_REQUIRED refusal carrying a challenge token for completeSignIn (5 minutes).
   */
  async signIn(user: UserEntity, meta: { userAgent: string | null; ip: string | null }): Promise<IssuedSession> {
    if (!(await this.secondFactor.isEnabled(user.id))) return this.startSession(user, meta);
    const expiresAt = new Date(this.clock.now().getTime() + CHALLENGE_TTL_SECONDS * 1000);
    const challenge = this.jwt.sign(
      { sub: user.id, purpose: CHALLENGE_PURPOSE },
      { secret: this.challengeSecret(), expiresIn: CHALLENGE_TTL_SECONDS, audience: CHALLENGE_PURPOSE },
    );
    throw secondFactorChallenge(challenge, expiresAt);
  }

  /**
   * The second step: the challenge of a right password and a code. Codes are counted with the
   * password failures (the same counter and lock), so guessing codes locks the account just as
   * guessing passwords does; every refusal is the same WRONG_SECOND_FACTOR_CODE.
   */
  async completeSignIn(challengeToken: string, code: string, meta: { userAgent: string | null; ip: string | null }): Promise<IssuedSession> {
    let userId: string;
    try {
      const payload = this.jwt.verify<{ sub: string; purpose: string }>(challengeToken, { secret: this.challengeSecret(), audience: CHALLENGE_PURPOSE, algorithms: ['HS256'] });
      if (payload.purpose !== CHALLENGE_PURPOSE) throw new Error('not a challenge');
      userId = payload.sub;
    } catch {
      throw challengeInvalid();
    }
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: userId });
    if (!user || !user.active) throw challengeInvalid();
    const attempt = await this.reserveAttempt(user.id);
    if (attempt === null) {
      await this.lock(user, meta.ip, 'too many second-factor attempts at once');
      return this.refuseCode();
    }
    const used = await this.dataSource.transaction((tx) => this.secondFactor.consume(tx, user.id, code));
    if (!used) {
      this.logger.warn(`wrong second-factor code for ${user.id} (${attempt} in a row)`);
      if (attempt >= this.config.LOGIN_MAX_FAILURES) await this.lock(user, meta.ip, 'repeated wrong second-factor codes');
      return this.refuseCode();
    }
    if (!(await this.settleSuccess(user.id, attempt))) return this.refuseCode();
    return this.startSession(user, meta, used);
  }

  private async mustEnrol(user: UserEntity): Promise<boolean> {
    return secondFactorRequired(user.role) && !(await this.secondFactor.isEnabled(user.id));
  }

  private async refuseCode(): Promise<never> {
    await sleep(this.config.LOGIN_FAILURE_DELAY_MS);
    throw wrongSecondFactorCode();
  }

  /** Challenge tokens are signed with their own key, so one can never pass for an access token. */
  private challengeSecret(): string {
    return createHash('sha256')
      .update(`${this.config.JWT_SECRET as string}\nketqua second-factor challenge`)
      .digest('base64url');
  }

  /**
   * Checks email and password. Every refusal (unknown e-mail, wrong password, locked, deactivated,
   * over the limit) is the same answer after the same work: one argon2 verification and
   * LOGIN_FAILURE_DELAY_MS. The attempt is counted before the slow check, so parallel guesses
   * cannot get more than LOGIN_MAX_FAILURES checks (issue 10 §3).
   */
  async verifyCredentials(email: string, password: string, ip: string | null): Promise<UserEntity> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email: email.trim().toLowerCase() });
    if (!user) {
      await this.passwords.verifyNothing(password);
      return this.refuse();
    }
    const attempt = await this.reserveAttempt(user.id);
    if (attempt === null) {
      // Locked, or LOGIN_MAX_FAILURES attempts are already counted and unresolved: a burst. Lock it.
      await this.lock(user, ip, 'too many attempts at once');
      await this.passwords.verifyNothing(password);
      return this.refuse();
    }
    if (!(await this.passwords.verify(user.passwordHash, password))) {
      this.logger.warn(`wrong password for ${user.id} (${attempt} in a row)`);
      if (attempt >= this.config.LOGIN_MAX_FAILURES) await this.lock(user, ip, 'repeated wrong passwords');
      return this.refuse();
    }
    // Right password, but the account may have been locked while it was checked (by a failure of
    // the same burst): the lock stands and no session is given.
    // With an authenticator the sign-in is not over: the count stands until the code is right, so
    // right passwords between wrong codes do not buy more guesses (completeSignIn settles it).
    if (!(await this.settleSuccess(user.id, attempt, !(await this.secondFactor.isEnabled(user.id))))) return this.refuse();
    if (!user.active) return this.refuse();
    // Checked only once the password is right, so the answer tells nothing more to someone without it.
    const passwordSignIn = await this.signInSettings.passwordSignInFor(user.role);
    if (passwordSignIn === 'closed') throw passwordSignInDisabled();
    if (passwordSignIn === 'break-glass') {
      this.logger.warn(`ADMIN ${user.id} signed in with a password while password sign-in is off (break-glass)`);
      await this.audit.record(this.dataSource.manager, { actorId: user.id, action: 'auth.password.break_glass', entityType: 'official', entityId: user.id, data: { ip } });
    }
    return user;
  }

  private async refuse(): Promise<never> {
    await sleep(this.config.LOGIN_FAILURE_DELAY_MS);
    throw invalidCredentials();
  }

  /**
   * Counts one attempt, atomically, before the password is checked; returns its number since the
   * last success, or null when the account is locked or the limit is already used up. A count
   * older than the lock period starts again from one (a crashed check cannot block for ever).
   */
  private async reserveAttempt(userId: string): Promise<number | null> {
    const now = this.clock.now();
    const stale = new Date(now.getTime() - this.config.LOGIN_LOCK_MINUTES * 60_000);
    const [rows] = (await this.dataSource.query(
      `UPDATE app_user
          SET failed_login_count = CASE WHEN last_login_attempt_at IS NULL OR last_login_attempt_at < $3 THEN 1 ELSE failed_login_count + 1 END,
              last_login_attempt_at = $2
        WHERE id = $1
          AND (locked_until IS NULL OR locked_until <= $2)
          AND (failed_login_count < $4 OR last_login_attempt_at IS NULL OR last_login_attempt_at < $3)
        RETURNING failed_login_count`,
      [userId, now, stale, this.config.LOGIN_MAX_FAILURES],
    )) as [Array<{ failed_login_count: number }>, number];
    return rows.length ? rows[0].failed_login_count : null;
  }

  /**
   * A right password: the count starts again unless other attempts were counted after this one
   * (they are still being checked, or failed). Refused (false) when the account got locked meanwhile.
   */
  private async settleSuccess(userId: string, attempt: number, reset = true): Promise<boolean> {
    const now = this.clock.now();
    const [rows] = (await this.dataSource.query(
      `UPDATE app_user SET failed_login_count = CASE WHEN $4 AND failed_login_count = $3 THEN 0 ELSE failed_login_count END
        WHERE id = $1 AND (locked_until IS NULL OR locked_until <= $2)
        RETURNING id`,
      [userId, now, attempt, reset],
    )) as [Array<{ id: string }>, number];
    return rows.length > 0;
  }

  /** Locks the account for LOGIN_LOCK_MINUTES unless it is locked already; audited once per lock. */
  private async lock(user: UserEntity, ip: string | null, reason: string): Promise<void> {
    const now = this.clock.now();
    const until = new Date(now.getTime() + this.config.LOGIN_LOCK_MINUTES * 60_000);
    await this.dataSource.transaction(async (tx) => {
      const [rows] = (await tx.query(
        `UPDATE app_user SET locked_until = $3, failed_login_count = 0
          WHERE id = $1 AND (locked_until IS NULL OR locked_until <= $2)
          RETURNING id`,
        [user.id, now, until],
      )) as [Array<{ id: string }>, number];
      if (!rows.length) return;
      this.logger.warn(`account ${user.id} locked until ${until.toISOString()} (${reason})`);
      await this.audit.record(tx, {
        actorId: null,
        action: 'auth.account.locked',
        entityType: 'official',
        entityId: user.id,
        data: { reason, maxFailures: this.config.LOGIN_MAX_FAILURES, lockedUntil: until, ip },
      });
    });
  }

  /** The one way a session begins, whatever proved who the person is (`method`: password or the city's single sign-on). */
  async startSession(
    user: UserEntity,
    meta: { userAgent: string | null; ip: string | null; method?: 'password' | 'sso' },
    secondFactor: 'TOTP' | 'RECOVERY_CODE' | null = null,
  ): Promise<IssuedSession> {
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshTokenExpiresAt = this.clock.after(this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    const session = await this.dataSource.transaction(async (tx) => {
      // Never touches the lock: a success inside a burst must not clear a lock the burst earned.
      await tx.update(UserEntity, { id: user.id }, { lastLoginAt: this.clock.now() });
      const created = await tx.save(
        tx.create(SessionEntity, {
          userId: user.id,
          refreshTokenHash: sha256(refreshToken),
          expiresAt: refreshTokenExpiresAt,
          revokedAt: null,
          lastRefreshedAt: null,
          userAgent: meta.userAgent?.slice(0, 300) ?? null,
          ipAddress: meta.ip,
        }),
      );
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'auth.signed_in',
        entityType: 'session',
        entityId: created.id,
        data: { ip: meta.ip, method: meta.method ?? 'password', ...(secondFactor ? { secondFactor } : {}) },
      });
      return created;
    });
    return { ...this.accessToken(user, session.id), refreshToken, refreshTokenExpiresAt, user, mustEnrolSecondFactor: await this.mustEnrol(user) };
  }

  /**
   * Rotates the refresh token: the one presented stops working and is remembered. Presenting a
   * remembered one again means a copy exists (stolen, or replayed): the whole session ends, with
   * its access token and its newest refresh token. Within REFRESH_REUSE_GRACE_SECONDS of the
   * rotation a replay is only refused (two tabs refreshing at once), not treated as theft.
   */
  async refresh(refreshToken: string): Promise<IssuedSession> {
    const next = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const refreshTokenExpiresAt = new Date(now.getTime() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    const presented = sha256(refreshToken);
    const outcome = await this.dataSource.transaction(async (tx) => {
      const found = await tx.getRepository(SessionEntity).createQueryBuilder('s').setLock('pessimistic_write').where('s.refreshTokenHash = :h', { h: presented }).getOne();
      if (!found) {
        await this.endSessionOnReuse(tx, presented, now);
        return null;
      }
      if (found.revokedAt || found.expiresAt <= now) return null;
      const owner = await tx.findOneByOrFail(UserEntity, { id: found.userId });
      if (!owner.active) throw accountDisabled();
      await tx.insert(RetiredRefreshTokenEntity, { tokenHash: found.refreshTokenHash, sessionId: found.id, retiredAt: now });
      await tx.update(SessionEntity, { id: found.id }, { refreshTokenHash: sha256(next), expiresAt: refreshTokenExpiresAt, lastRefreshedAt: now });
      // Older than a refresh token can live: nobody can present them with success any more.
      await tx.delete(RetiredRefreshTokenEntity, { retiredAt: LessThan(new Date(now.getTime() - this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000)) });
      return { session: found, user: owner };
    });
    if (!outcome) throw refreshTokenInvalid();
    return {
      ...this.accessToken(outcome.user, outcome.session.id),
      refreshToken: next,
      refreshTokenExpiresAt,
      user: outcome.user,
      mustEnrolSecondFactor: await this.mustEnrol(outcome.user),
    };
  }

  private async endSessionOnReuse(tx: EntityManager, tokenHash: string, now: Date): Promise<void> {
    const retired = await tx.findOneBy(RetiredRefreshTokenEntity, { tokenHash });
    if (!retired || retired.retiredAt.getTime() > now.getTime() - this.config.REFRESH_REUSE_GRACE_SECONDS * 1000) return;
    const ended = await tx.update(SessionEntity, { id: retired.sessionId, revokedAt: IsNull() }, { revokedAt: now });
    if (!ended.affected) return;
    const session = await tx.findOneByOrFail(SessionEntity, { id: retired.sessionId });
    this.logger.warn(`refresh token of session ${session.id} presented again after rotation: session ended`);
    await this.audit.record(tx, {
      actorId: null,
      action: 'auth.session.ended_on_token_reuse',
      entityType: 'session',
      entityId: session.id,
      data: { userId: session.userId, retiredAt: retired.retiredAt },
    });
  }

  async logout(user: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.update(SessionEntity, { id: user.sessionId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
      await this.audit.record(tx, { actorId: user.id, action: 'auth.signed_out', entityType: 'session', entityId: user.sessionId });
    });
  }

  /** Changes the password and ends every other session of the account. */
  async changePassword(user: AuthUser, currentPassword: string, newPassword: string): Promise<void> {
    const entity = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.id });
    // The policy first: a weak new password is refused without an argon2 verification (~50 ms).
    this.passwords.assertAcceptable(newPassword, entity);
    if (!(await this.passwords.verify(entity.passwordHash, currentPassword))) throw wrongCurrentPassword();
    const hash = await this.passwords.hash(newPassword);
    await this.dataSource.transaction(async (tx) => {
      await tx.update(UserEntity, { id: user.id }, { passwordHash: hash, mustChangePassword: false });
      await this.revokeSessions(tx, user.id, user.sessionId);
      await this.audit.record(tx, { actorId: user.id, action: 'auth.password.changed', entityType: 'official', entityId: user.id });
    });
  }

  /** Ends sessions of an account (all, or all but one); used on password change and deactivation. */
  async revokeSessions(tx: EntityManager, userId: string, keepSessionId?: string): Promise<void> {
    await tx.update(SessionEntity, { userId, revokedAt: IsNull(), ...(keepSessionId ? { id: Not(keepSessionId) } : {}) }, { revokedAt: this.clock.now() });
  }

  private accessToken(user: UserEntity, sessionId: string) {
    const payload: AccessTokenPayload = { sub: user.id, sid: sessionId, role: user.role };
    const accessToken = this.jwt.sign(payload, { expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS });
    // The token's own expiry, as the JWT library wrote it (and will check it) from the wall clock.
    const { exp } = this.jwt.decode<{ exp: number }>(accessToken);
    return { accessToken, accessTokenExpiresAt: new Date(exp * 1000) };
  }
}
