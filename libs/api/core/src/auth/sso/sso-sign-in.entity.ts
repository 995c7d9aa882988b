import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One single sign-on started from a browser: what the callback must match (state, nonce, PKCE
 * verifier) and the hash of the binding secret only that browser holds, so a callback link made
 * by someone else (login CSRF) cannot sign this browser in. Used once; ten minutes to finish.
 */
@Entity('sso_sign_in')
export class SsoSignInEntity {
  @PrimaryColumn({ type: 'text' })
  state!: string;

  @Column({ type: 'text' })
  nonce!: string;

  @Column({ type: 'text' })
  codeVerifier!: string;

  @Column({ type: 'char', length: 64 })
  bindingHash!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
