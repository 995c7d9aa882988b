import { Injectable, Logger } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import forge from 'node-forge';
import { AppConfig } from '../config/app-config';
import { AdapterHealth } from '../adapters/adapter-health';
import { parseTrustedRoots, Rendition, verifyPdfSignature, VerifiedSignature } from './pdf-signature';

/**
 * The digital-signature adapter (chữ ký số): verifies a signed PDF against the trusted roots
 * configured by SIGNATURE_TRUSTED_ROOTS_PEM or SIGNATURE_TRUSTED_ROOTS_FILE (docs/OPERATIONS.md).
 * Off by default: without roots `configured` is false and features refuse signed uploads.
 * A port in core so that any feature (evaluation records, commitments) verifies the same way.
 */
@Injectable()
export class SignatureVerifier {
  private readonly logger = new Logger(SignatureVerifier.name);
  private readonly roots: forge.pki.Certificate[];
  readonly maxBytes: number;

  constructor(config: AppConfig, health: AdapterHealth) {
    this.maxBytes = config.SIGNED_PDF_MAX_BYTES;
    let pem = (config.SIGNATURE_TRUSTED_ROOTS_PEM ?? '').replace(/\\n/g, '\n');
    if (config.SIGNATURE_TRUSTED_ROOTS_FILE) pem += `\n${readFileSync(config.SIGNATURE_TRUSTED_ROOTS_FILE, 'utf8')}`;
    this.roots = pem.trim() ? parseTrustedRoots(pem) : [];
    if (pem.trim() && !this.roots.length) throw new Error('SIGNATURE_TRUSTED_ROOTS_PEM/FILE hold no PEM certificate');
    if (this.roots.length) this.logger.log(`digital signatures: ${this.roots.length} trusted root(s)`);
    // Nothing remote to reach: the trust store is local, so "reachable" is "the roots parsed".
    health.register({ adapterName: 'signatures', configured: this.configured, probe: async () => undefined });
  }

  get configured(): boolean {
    return this.roots.length > 0;
  }

  /** Throws SignatureRefused with the first failing check (pdf-signature.ts). */
  verify(signed: Buffer, renditions: Rendition[], now: Date): VerifiedSignature {
    return verifyPdfSignature(signed, renditions, this.roots, now);
  }
}
