import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One fixed-window counter of the sign-in rate limits (per IP, per account), shared by every API
 * instance through the database; updated only by the single atomic upsert in PgThrottlerStorage.
 */
@Entity('rate_limit_bucket')
export class RateLimitBucketEntity {
  /** sha256 of throttler, operation and tracker (an IP or an account): no address or e-mail is stored. */
  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ type: 'int' })
  hits!: number;

  @Column({ type: 'timestamptz' })
  windowEndsAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  blockedUntil!: Date | null;
}
