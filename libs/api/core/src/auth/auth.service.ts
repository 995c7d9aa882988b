import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { UserEntity } from '../org-model/user.entity';
import { Clock } from '../time/clock';
import { AccessTokenPayload, AuthUser } from './auth-user';
import { accountDisabled, accountLocked, invalidCredentials, refreshTokenInvalid, wrongCurrentPassword } from './auth.errors';
import { PasswordService } from './password.service';
import { SessionEntity } from './session.entity';

export interface IssuedSession {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: UserEntity;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
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
  ) {}

  /**
   * Checks email and password. Wrong passwords are answered progressively later and, after
   * LOGIN_MAX_FAILURES in a row, lock the account for LOGIN_LOCK_MINUTES.
   */
  async verifyCredentials(email: string, password: string, ip: string | null): Promise<UserEntity> {
    const users = this.dataSource.getRepository(UserEntity);
    const user = await users.findOneBy({ email: email.trim().toLowerCase() });
    if (!user) {
      await sleep(this.config.LOGIN_FAILURE_DELAY_MS);
      throw invalidCredentials();
    }
    const now = this.clock.now();
    if (user.lockedUntil && user.lockedUntil > now) throw accountLocked(user.lockedUntil);
    if (!(await this.passwords.verify(user.passwordHash, password))) {
      await this.recordFailure(user, ip);
      throw invalidCredentials();
    }
    if (!user.active) throw accountDisabled();
    return user;
  }

  private async recordFailure(user: UserEntity, ip: string | null): Promise<void> {
    const { failures, lockedUntil } = await this.dataSource.transaction(async (tx) => {
      // Counted in SQL so two simultaneous wrong guesses both count.
      const [row] = (await tx.query(
        `UPDATE app_user SET failed_login_count = failed_login_count + 1 WHERE id = $1 RETURNING failed_login_count`,
        [user.id],
      )) as [Array<{ failed_login_count: number }>, number];
      const count = row[0].failed_login_count;
      if (count < this.config.LOGIN_MAX_FAILURES) return { failures: count, lockedUntil: null };
      const until = this.clock.after(this.config.LOGIN_LOCK_MINUTES * 60_000);
      await tx.update(UserEntity, { id: user.id }, { failedLoginCount: 0, lockedUntil: until });
      await this.audit.record(tx, {
        actorId: null, action: 'auth.account.locked', entityType: 'official', entityId: user.id,
        data: { reason: 'repeated wrong passwords', failures: count, lockedUntil: until, ip },
      });
      return { failures: count, lockedUntil: until };
    });
    this.logger.warn(`wrong password for ${user.id} (${failures} in a row${lockedUntil ? ', locked' : ''})`);
    await sleep(Math.min(this.config.LOGIN_FAILURE_DELAY_MS * failures, 3000));
    if (lockedUntil) throw accountLocked(lockedUntil);
  }

  async startSession(user: UserEntity, meta: { userAgent: string | null; ip: string | null }): Promise<IssuedSession> {
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshTokenExpiresAt = this.clock.after(this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    const session = await this.dataSource.transaction(async (tx) => {
      await tx.update(UserEntity, { id: user.id }, { failedLoginCount: 0, lockedUntil: null, lastLoginAt: this.clock.now() });
      const created = await tx.save(
        tx.create(SessionEntity, {
          userId: user.id, refreshTokenHash: sha256(refreshToken), expiresAt: refreshTokenExpiresAt,
          revokedAt: null, lastRefreshedAt: null, userAgent: meta.userAgent?.slice(0, 300) ?? null, ipAddress: meta.ip,
        }),
      );
      await this.audit.record(tx, { actorId: user.id, action: 'auth.signed_in', entityType: 'session', entityId: created.id, data: { ip: meta.ip } });
      return created;
    });
    return { ...this.accessToken(user, session.id), refreshToken, refreshTokenExpiresAt, user };
  }

  /** Rotates the refresh token: the one presented stops working. */
  async refresh(refreshToken: string): Promise<IssuedSession> {
    const next = randomBytes(32).toString('base64url');
    const refreshTokenExpiresAt = this.clock.after(this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    const { session, user } = await this.dataSource.transaction(async (tx) => {
      const found = await tx.getRepository(SessionEntity).createQueryBuilder('s')
        .setLock('pessimistic_write')
        .where('s.refreshTokenHash = :h', { h: sha256(refreshToken) })
        .getOne();
      if (!found || found.revokedAt || found.expiresAt <= this.clock.now()) throw refreshTokenInvalid();
      const owner = await tx.findOneByOrFail(UserEntity, { id: found.userId });
      if (!owner.active) throw accountDisabled();
      await tx.update(SessionEntity, { id: found.id }, { refreshTokenHash: sha256(next), expiresAt: refreshTokenExpiresAt, lastRefreshedAt: this.clock.now() });
      return { session: found, user: owner };
    });
    return { ...this.accessToken(user, session.id), refreshToken: next, refreshTokenExpiresAt, user };
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
    if (!(await this.passwords.verify(entity.passwordHash, currentPassword))) throw wrongCurrentPassword();
    this.passwords.assertAcceptable(newPassword, entity.email);
    const hash = await this.passwords.hash(newPassword);
    await this.dataSource.transaction(async (tx) => {
      await tx.update(UserEntity, { id: user.id }, { passwordHash: hash, mustChangePassword: false });
      await this.revokeSessions(tx, user.id, user.sessionId);
      await this.audit.record(tx, { actorId: user.id, action: 'auth.password.changed', entityType: 'official', entityId: user.id });
    });
  }

  /** Ends sessions of an account (all, or all but one); used on password change and deactivation. */
  async revokeSessions(tx: EntityManager, userId: string, keepSessionId?: string): Promise<void> {
    await tx.update(
      SessionEntity,
      { userId, revokedAt: IsNull(), ...(keepSessionId ? { id: Not(keepSessionId) } : {}) },
      { revokedAt: this.clock.now() },
    );
  }

  private accessToken(user: UserEntity, sessionId: string) {
    const payload: AccessTokenPayload = { sub: user.id, sid: sessionId, role: user.role };
    const accessToken = this.jwt.sign(payload, { expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS });
    // The token's own expiry, as the JWT library wrote it (and will check it) from the wall clock.
    const { exp } = this.jwt.decode<{ exp: number }>(accessToken);
    return { accessToken, accessTokenExpiresAt: new Date(exp * 1000) };
  }
}
