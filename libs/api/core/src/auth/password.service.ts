import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { randomBytes, randomInt } from 'node:crypto';
import { weakPassword } from './auth.errors';

/** argon2id hashing and the password policy. Hash before opening a transaction: it takes ~50 ms. */
@Injectable()
export class PasswordService {
  /** Hash of a random password nobody knows, made with the same parameters as real ones. */
  private dummy: Promise<string> | null = null;

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  /**
   * Checks a password. Without a hash (no account, no password issued yet, sign-in refused before
   * the check) a dummy hash is verified instead, so every answer costs the same time: how long
   * the answer takes must not tell whether the account exists.
   */
  async verify(hash: string | null, password: string): Promise<boolean> {
    this.dummy ??= this.hash(randomBytes(32).toString('base64url'));
    const target = hash ?? (await this.dummy);
    try {
      const ok = await argon2.verify(target, password);
      return hash !== null && ok;
    } catch {
      return false;
    }
  }

  /** Spends the time of one verification and always fails (see verify). */
  async verifyNothing(password: string): Promise<false> {
    await this.verify(null, password);
    return false;
  }

  /** At least 10 characters with a letter and a digit, and not the email itself. */
  assertAcceptable(password: string, email: string, field = 'input.newPassword'): void {
    if (password.length < 10) throw weakPassword(field, { vi: 'cần ít nhất 10 ký tự', en: 'use at least 10 characters' });
    if (!/\p{L}/u.test(password) || !/\d/.test(password)) throw weakPassword(field, { vi: 'cần có cả chữ và số', en: 'use both letters and digits' });
    if (password.toLowerCase().includes(email.split('@')[0].toLowerCase())) {
      throw weakPassword(field, { vi: 'không được chứa tên đăng nhập', en: 'must not contain the user name' });
    }
  }

  /** A readable one-time password an administrator hands over; the user must change it. */
  temporary(): string {
    const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
    const letters = Array.from({ length: 12 }, () => alphabet[randomInt(alphabet.length)]).join('');
    return `${letters.slice(0, 4)}-${letters.slice(4, 8)}-${letters.slice(8, 12)}`;
  }
}
