import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { describePasswordProblem, passwordProblems, personalWords } from '@ketqua/domain';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { randomBytes, randomInt } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { weakPassword } from './auth.errors';

/** argon2id's parameters per PASSWORD_HASH_COST (AppConfig): argon2's defaults, or a test run's. */
const HASH_OPTIONS: Record<AppConfig['PASSWORD_HASH_COST'], argon2.HashOptions> = {
  standard: { type: argon2.argon2id },
  'test-only-low': { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 },
};

function newEstimator(): ZxcvbnFactory {
  const { ZxcvbnFactory: Factory } = require('@zxcvbn-ts/core') as typeof import('@zxcvbn-ts/core');
  const { adjacencyGraphs, dictionary } = require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
  return new Factory({ dictionary, graphs: adjacencyGraphs });
}

/** argon2id hashing and the password policy. Hash before opening a transaction: it takes ~50 ms. */
@Injectable()
export class PasswordService {
  /** Hash of a random password nobody knows, made with the same parameters as real ones. */
  private dummy: Promise<string> | null = null;

  constructor(private readonly config: AppConfig) {}

  hash(password: string): Promise<string> {
    return argon2.hash(password, HASH_OPTIONS[this.config.PASSWORD_HASH_COST]);
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

  /**
   * zxcvbn (kept: @zxcvbn-ts) with its common-password and keyboard-pattern lists: it scores how many
   * guesses a password needs, so "Password123" and "qwerty2026" fail though they pass length rules.
   * Loaded and built on first use (its dictionaries take ~100 ms to load; most test apps never check a password).
   */
  private estimator: ZxcvbnFactory | null = null;

  /**
   * The password policy of libs/domain (length, letters and digits, not the person's name or e-mail,
   * not common): every reason at once, in one WEAK_PASSWORD refusal.
   */
  assertAcceptable(password: string, person: { fullName: string; email: string }, field = 'input.newPassword'): void {
    this.estimator ??= newEstimator();
    // zxcvbn is slow on very long inputs; past 100 characters the score cannot drop.
    const strength = this.estimator.check(password.slice(0, 100), personalWords(person)).score;
    const problems = passwordProblems(password, person, strength).map(describePasswordProblem);
    if (problems.length) throw weakPassword(field, { vi: problems.map((p) => p.vi).join('; '), en: problems.map((p) => p.en).join('; ') });
  }

  /** A readable one-time password an administrator hands over; the user must change it. */
  temporary(): string {
    const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
    const letters = Array.from({ length: 12 }, () => alphabet[randomInt(alphabet.length)]).join('');
    return `${letters.slice(0, 4)}-${letters.slice(4, 8)}-${letters.slice(8, 12)}`;
  }
}
