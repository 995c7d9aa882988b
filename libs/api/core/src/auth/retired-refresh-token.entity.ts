import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SessionEntity } from './session.entity';

/**
 * A refresh token that was rotated away, kept (as SHA-256) so that presenting it again is
 * recognised as reuse: someone holds a copy, so the whole session (token family) is ended.
 * Rows older than the refresh-token lifetime are pruned on rotation.
 */
@Entity('retired_refresh_token')
export class RetiredRefreshTokenEntity {
  @PrimaryColumn({ type: 'text' })
  tokenHash!: string;

  @Index()
  @Column({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  session?: SessionEntity;

  @Index()
  @Column({ type: 'timestamptz' })
  retiredAt!: Date;
}
