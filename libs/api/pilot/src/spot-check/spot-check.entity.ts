import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { BaseEntity, UserEntity } from '@ketqua/api/core';
import type { SpotCheckOutcome } from '@ketqua/domain';
import { EnrollmentEntity } from '../enrollment/enrollment.entity';
import { SpotCheckDrawEntity } from '../spot-check-draw/spot-check-draw.entity';

export const SPOT_CHECK_STATUSES = ['SCHEDULED', 'PROMPTED', 'CLOSED', 'CANCELLED'] as const;
export type SpotCheckStatusValue = (typeof SPOT_CHECK_STATUSES)[number];
export const CANCEL_REASONS = ['NOT_PROMPTED', 'ABSENT', 'ENROLLMENT_INACTIVE'] as const;
export type CancelReasonValue = (typeof CANCEL_REASONS)[number];

/**
 * One check of one official (PRODUCT.md 4.6): SCHEDULED from the draw, PROMPTED at its time, CLOSED
 * with an outcome, or CANCELLED when it could not fairly be asked (server down at the prompt time,
 * the official away, the enrollment no longer running). Manual checks (`npm run demo:spot-check`)
 * have no draw and count in no statistic.
 */
@Entity('spot_check')
@Check('CHK_spot_check_status', `"status" IN ('SCHEDULED', 'PROMPTED', 'CLOSED', 'CANCELLED')`)
@Check('CHK_spot_check_outcome', `"outcome" IS NULL OR "outcome" IN ('ON_TIME', 'LATE', 'MISSED', 'EXCUSED')`)
@Check('CHK_spot_check_closed_outcome', `("status" = 'CLOSED') = ("outcome" IS NOT NULL)`)
@Check('CHK_spot_check_cancel_reason', `("status" = 'CANCELLED') = ("cancel_reason" IS NOT NULL)`)
@Index('UQ_spot_check_draw_pick', ['drawId', 'pickOrder'], { unique: true })
@Index('IDX_spot_check_official_date', ['officialId', 'date'])
@Index('IDX_spot_check_unit_date', ['unitId', 'date'])
@Index('IDX_spot_check_due', ['status', 'promptAt'])
export class SpotCheckEntity extends BaseEntity {
  @Column({ type: 'uuid', nullable: true })
  drawId!: string | null;

  @ManyToOne(() => SpotCheckDrawEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  draw?: SpotCheckDrawEntity | null;

  @Column({ type: 'uuid', nullable: true })
  pilotId!: string | null;

  @Column({ type: 'uuid' })
  unitId!: string;

  @Column({ type: 'uuid' })
  officialId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  official?: UserEntity;

  @Column({ type: 'uuid', nullable: true })
  enrollmentId!: string | null;

  @ManyToOne(() => EnrollmentEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  enrollment?: EnrollmentEntity | null;

  @Column({ type: 'date' })
  date!: string;

  /** Position in the draw's pick order (0 for a manual check). */
  @Column({ type: 'int' })
  pickOrder!: number;

  @Column({ type: 'timestamptz' })
  promptAt!: Date;

  /** End of the answer window: the draw's, or later when the prompt went out late. */
  @Column({ type: 'timestamptz' })
  answerBy!: Date;

  /** End of the day's core hours: no answer by then is MISSED. */
  @Column({ type: 'timestamptz' })
  closesAt!: Date;

  @Column({ type: 'text' })
  status!: SpotCheckStatusValue;

  @Column({ type: 'timestamptz', nullable: true })
  promptedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  responseNote!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: SpotCheckOutcome | null;

  /** The outcome an excuse replaced (kept for the record). */
  @Column({ type: 'text', nullable: true })
  outcomeBeforeExcuse!: SpotCheckOutcome | null;

  @Column({ type: 'text', nullable: true })
  excuseReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  excusedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  excusedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  cancelReason!: CancelReasonValue | null;

  @Column({ type: 'boolean', default: false })
  manual!: boolean;

  @VersionColumn()
  version!: number;
}

/** The head's note after a check (a call, what was agreed); append-only. */
@Entity('spot_check_follow_up')
@Index('IDX_spot_check_follow_up_check', ['spotCheckId', 'createdAt'])
export class SpotCheckFollowUpEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  spotCheckId!: string;

  @ManyToOne(() => SpotCheckEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  spotCheck?: SpotCheckEntity;

  @Column({ type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text' })
  note!: string;
}
