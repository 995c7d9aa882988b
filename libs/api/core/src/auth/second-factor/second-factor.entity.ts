import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { UserEntity } from '../../org-model/user.entity';

/**
 * An account's TOTP authenticator. `enabledAt` is null while an enrolment waits for its first code.
 * The secret never leaves encrypted except in the enrolment answer (SecretBox).
 */
@Entity('second_factor')
export class SecondFactorEntity extends BaseEntity {
  @Index('UQ_second_factor_user', { unique: true })
  @Column({ type: 'uuid' })
  userId!: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: UserEntity;

  @Column({ type: 'text' })
  secretCiphertext!: string;

  @Column({ type: 'timestamptz', nullable: true })
  enabledAt!: Date | null;

  /** The last TOTP time step accepted: a code of this step or an earlier one is refused (replay). */
  @Column({ type: 'bigint', nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  lastUsedStep!: number | null;
}

/** A one-time recovery code, stored as HMAC-SHA256 with a pepper; `usedAt` once spent. */
@Entity('recovery_code')
@Index('UQ_recovery_code_user_hash', ['userId', 'codeHash'], { unique: true })
export class RecoveryCodeEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: UserEntity;

  @Column({ type: 'character', length: 64 })
  codeHash!: string;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
