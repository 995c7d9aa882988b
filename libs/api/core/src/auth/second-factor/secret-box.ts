import { Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { AppConfig } from '../../config/app-config';

/**
 * Encryption at rest of second-factor secrets (AES-256-GCM) and the pepper of recovery-code hashes,
 * both derived (HKDF-SHA256) from SECOND_FACTOR_KEY, or from JWT_SECRET when that is not set (the
 * one key the deployment already keeps out of the database). A copy of the database alone gives
 * neither the secrets nor a way to test recovery codes offline. Rotating the key that is used means
 * everyone re-enrols (docs/SECURITY.md).
 */
@Injectable()
export class SecretBox {
  private readonly key: Buffer;
  private readonly pepper: Buffer;

  constructor(config: AppConfig) {
    const master = config.SECOND_FACTOR_KEY ?? config.JWT_SECRET;
    if (!master) throw new Error('SecretBox needs SECOND_FACTOR_KEY or JWT_SECRET');
    this.key = Buffer.from(hkdfSync('sha256', master, 'ketqua', 'second-factor secret v1', 32));
    this.pepper = Buffer.from(hkdfSync('sha256', master, 'ketqua', 'recovery-code pepper v1', 32));
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `v1:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  open(sealed: string): string {
    const raw = Buffer.from(sealed.replace(/^v1:/, ''), 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }

  /** Keyed hash of a recovery code (high-entropy and single use: a slow hash adds nothing the pepper does not). */
  digest(code: string): string {
    return createHmac('sha256', this.pepper).update(code).digest('hex');
  }
}
