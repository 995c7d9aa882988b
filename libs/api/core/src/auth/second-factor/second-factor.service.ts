import { Injectable, Logger } from '@nestjs/common';
import { RECOVERY_CODE_COUNT, secondFactorRequired as roleRequiresSecondFactor, TOTP_DIGITS, TOTP_DRIFT_STEPS, TOTP_PERIOD_SECONDS } from '@ketqua/domain';
import { generateSecret, generateSync, generateURI, verifySync } from 'otplib';
import type * as QRCodeModule from 'qrcode';
import { randomInt } from 'node:crypto';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { UserEntity } from '../../org-model/user.entity';
import { Clock } from '../../time/clock';
import { AuthUser } from '../auth-user';
import { PasswordService } from '../password.service';
import { wrongCurrentPassword } from '../auth.errors';
import { alreadyEnrolled, enrolmentCodeWrong, noEnrolmentStarted, notEnrolled, requiredForRole } from './second-factor.errors';
import { RecoveryCodeEntity, SecondFactorEntity } from './second-factor.entity';
import { RecoveryCodes, SecondFactorStatus, TotpEnrolment } from './models/second-factor.model';
import { SecretBox } from './secret-box';

/** Shown in the authenticator app beside the account. */
export const TOTP_ISSUER = 'Ketqua';
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** The otpauth:// URL an authenticator app reads (what the enrolment QR code holds). */
export function totpUrl(email: string, secret: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: email, secret, digits: TOTP_DIGITS, period: TOTP_PERIOD_SECONDS });
}

/** 6 digits, or a recovery code however it was typed (blanks, dashes, case), as stored. */
const normaliseCode = (code: string) => code.replace(/[\s-]/g, '').toLowerCase();
const looksLikeTotp = (code: string) => new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(code);

/**
 * TOTP second factor (RFC 6238 with otplib): enrolment with a QR code, verification with ±1 step of
 * drift and replay protection (the last accepted step is stored and no step is accepted twice), and
 * one-time recovery codes. The time is the Clock's, like every other deadline.
 */
@Injectable()
export class SecondFactorService {
  private readonly logger = new Logger(SecondFactorService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly box: SecretBox,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly passwords: PasswordService,
  ) {}

  async isEnabled(userId: string): Promise<boolean> {
    return this.dataSource.getRepository(SecondFactorEntity).exists({ where: { userId, enabledAt: notNull() } });
  }

  async status(user: AuthUser): Promise<SecondFactorStatus> {
    const factor = await this.dataSource.getRepository(SecondFactorEntity).findOneBy({ userId: user.id });
    const enabled = !!factor?.enabledAt;
    const recoveryCodesLeft = enabled ? await this.dataSource.getRepository(RecoveryCodeEntity).countBy({ userId: user.id, usedAt: IsNull() }) : 0;
    return { enabled, required: roleRequiresSecondFactor(user.role), enabledAt: factor?.enabledAt ?? null, recoveryCodesLeft };
  }

  /** A new secret waiting for its first code (replacing an unfinished enrolment). */
  async beginEnrolment(user: AuthUser): Promise<TotpEnrolment> {
    const secret = generateSecret();
    await this.dataSource.transaction(async (tx) => {
      const existing = await tx.findOne(SecondFactorEntity, { where: { userId: user.id }, lock: { mode: 'pessimistic_write' } });
      if (existing?.enabledAt) throw alreadyEnrolled();
      if (existing) await tx.update(SecondFactorEntity, { id: existing.id }, { secretCiphertext: this.box.seal(secret), lastUsedStep: null });
      else await tx.insert(SecondFactorEntity, { userId: user.id, secretCiphertext: this.box.seal(secret), enabledAt: null, lastUsedStep: null });
    });
    const otpauthUrl = totpUrl(user.email, secret);
    // qrcode is loaded at the first enrolment, not when the API starts.
    const qrCodeSvg = await (require('qrcode') as typeof QRCodeModule).toString(otpauthUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return { secret, otpauthUrl, qrCodeSvg };
  }

  /** The first code proves the app holds the secret: two-factor sign-in is on, with fresh recovery codes (shown once). */
  async confirmEnrolment(user: AuthUser, code: string): Promise<RecoveryCodes> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => this.newRecoveryCode());
    return this.dataSource.transaction(async (tx) => {
      const factor = await tx.findOne(SecondFactorEntity, { where: { userId: user.id }, lock: { mode: 'pessimistic_write' } });
      if (factor?.enabledAt) throw alreadyEnrolled();
      if (!factor) throw noEnrolmentStarted();
      const step = this.matchingStep(this.box.open(factor.secretCiphertext), normaliseCode(code), null);
      if (step === null) throw enrolmentCodeWrong();
      await tx.update(SecondFactorEntity, { id: factor.id }, { enabledAt: this.clock.now(), lastUsedStep: step });
      await this.replaceRecoveryCodes(tx, user.id, codes);
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'auth.second_factor.enrolled',
        entityType: 'official',
        entityId: user.id,
        data: { method: 'TOTP', recoveryCodes: codes.length },
      });
      return { codes };
    });
  }

  /** Optional roles may turn it off with their password and a current code; HR and ADMIN may not. */
  async disable(user: AuthUser, currentPassword: string, code: string): Promise<void> {
    if (roleRequiresSecondFactor(user.role)) throw requiredForRole();
    const account = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.id });
    if (!(await this.passwords.verify(account.passwordHash, currentPassword))) throw wrongCurrentPassword();
    await this.dataSource.transaction(async (tx) => {
      const used = await this.consume(tx, user.id, code);
      if (!used) throw enrolmentCodeWrong();
      await tx.delete(RecoveryCodeEntity, { userId: user.id });
      await tx.delete(SecondFactorEntity, { userId: user.id });
      await this.audit.record(tx, { actorId: user.id, action: 'auth.second_factor.disabled', entityType: 'official', entityId: user.id, data: { with: used } });
    });
  }

  /**
   * New recovery codes for an enrolled account (password and a current TOTP code, not a recovery
   * code: renewing proves the authenticator is still there). The old codes are deleted in the same
   * transaction, so none of them signs in once this returns.
   */
  async renewRecoveryCodes(user: AuthUser, currentPassword: string, code: string): Promise<RecoveryCodes> {
    const account = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.id });
    if (!(await this.passwords.verify(account.passwordHash, currentPassword))) throw wrongCurrentPassword();
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => this.newRecoveryCode());
    return this.dataSource.transaction(async (tx) => {
      const factor = await tx.findOne(SecondFactorEntity, { where: { userId: user.id }, lock: { mode: 'pessimistic_write' } });
      if (!factor?.enabledAt) throw notEnrolled();
      const step = this.matchingStep(this.box.open(factor.secretCiphertext), normaliseCode(code), factor.lastUsedStep);
      if (step === null) throw enrolmentCodeWrong();
      await tx.update(SecondFactorEntity, { id: factor.id }, { lastUsedStep: step });
      const unusedBefore = await tx.countBy(RecoveryCodeEntity, { userId: user.id, usedAt: IsNull() });
      await this.replaceRecoveryCodes(tx, user.id, codes);
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'auth.second_factor.recovery_codes_renewed',
        entityType: 'official',
        entityId: user.id,
        data: { recoveryCodes: codes.length, unusedBefore },
      });
      return { codes };
    });
  }

  /** An administrator's reset (lost phone): the authenticator and recovery codes are gone; the caller audits and notifies. */
  async reset(tx: EntityManager, userId: string): Promise<void> {
    const removed = await tx.delete(SecondFactorEntity, { userId, enabledAt: notNull() });
    if (!removed.affected) throw notEnrolled();
    await tx.delete(SecondFactorEntity, { userId });
    await tx.delete(RecoveryCodeEntity, { userId });
  }

  /**
   * Checks a sign-in code inside the caller's transaction and spends it: a TOTP code moves the
   * account's last used step forward, a recovery code is marked used (and audited). Null when
   * neither matched: wrong, replayed, or already used.
   */
  async consume(tx: EntityManager, userId: string, rawCode: string): Promise<'TOTP' | 'RECOVERY_CODE' | null> {
    const factor = await tx.findOne(SecondFactorEntity, { where: { userId }, lock: { mode: 'pessimistic_write' } });
    if (!factor?.enabledAt) return null;
    const code = normaliseCode(rawCode);
    if (looksLikeTotp(code)) {
      const step = this.matchingStep(this.box.open(factor.secretCiphertext), code, factor.lastUsedStep);
      if (step === null) return null;
      await tx.update(SecondFactorEntity, { id: factor.id }, { lastUsedStep: step });
      return 'TOTP';
    }
    const spent = await tx.update(RecoveryCodeEntity, { userId, codeHash: this.box.digest(code), usedAt: IsNull() }, { usedAt: this.clock.now() });
    if (!spent.affected) return null;
    const left = await tx.countBy(RecoveryCodeEntity, { userId, usedAt: IsNull() });
    this.logger.warn(`recovery code used by ${userId} (${left} left)`);
    await this.audit.record(tx, { actorId: userId, action: 'auth.second_factor.recovery_code_used', entityType: 'official', entityId: userId, data: { left } });
    return 'RECOVERY_CODE';
  }

  /** The time step the code belongs to, within ±TOTP_DRIFT_STEPS of now and after `afterStep`; else null. */
  private matchingStep(secret: string, code: string, afterStep: number | null): number | null {
    if (!looksLikeTotp(code)) return null;
    const epoch = Math.floor(this.clock.now().getTime() / 1000);
    const result = verifySync({
      secret,
      token: code,
      epoch,
      period: TOTP_PERIOD_SECONDS,
      digits: TOTP_DIGITS,
      epochTolerance: TOTP_DRIFT_STEPS * TOTP_PERIOD_SECONDS,
      ...(afterStep !== null ? { afterTimeStep: Math.min(afterStep, Math.floor(epoch / TOTP_PERIOD_SECONDS) + TOTP_DRIFT_STEPS) } : {}),
    });
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  }

  private async replaceRecoveryCodes(tx: EntityManager, userId: string, codes: string[]): Promise<void> {
    await tx.delete(RecoveryCodeEntity, { userId });
    await tx.insert(
      RecoveryCodeEntity,
      codes.map((c) => ({ userId, codeHash: this.box.digest(normaliseCode(c)), usedAt: null })),
    );
  }

  /** xxxxx-xxxxx from an alphabet without look-alikes (0/o, 1/l/i): about 50 bits. */
  private newRecoveryCode(): string {
    const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  }

  /** The current code of a secret (demo tooling and tests compute what an app would show). */
  static codeAt(secret: string, at: Date): string {
    return generateSync({ secret, epoch: Math.floor(at.getTime() / 1000), period: TOTP_PERIOD_SECONDS, digits: TOTP_DIGITS });
  }

  /** Seeds a known, enabled authenticator (the demo accounts), with no recovery codes. */
  async seedEnabled(tx: EntityManager, userId: string, secret: string): Promise<void> {
    await tx.insert(SecondFactorEntity, { userId, secretCiphertext: this.box.seal(secret), enabledAt: this.clock.now(), lastUsedStep: null });
  }
}

function notNull() {
  return Not(IsNull());
}
