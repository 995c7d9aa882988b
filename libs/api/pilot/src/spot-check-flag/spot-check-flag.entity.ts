import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { BaseEntity } from '@ketqua/api/core';
import { EnrollmentEntity } from '../enrollment/enrollment.entity';

export const FLAG_DECISIONS = ['KEEP', 'SUSPEND'] as const;
export type FlagDecisionValue = (typeof FLAG_DECISIONS)[number];

/**
 * Three MISSED checks in a month flag the enrollment for the head's review (PRODUCT.md 4.6): one
 * flag per enrollment and month, decided keep or suspend.
 */
@Entity('spot_check_flag')
@Check('CHK_spot_check_flag_decision', `"decision" IS NULL OR "decision" IN ('KEEP', 'SUSPEND')`)
@Index('UQ_spot_check_flag_enrollment_month', ['enrollmentId', 'month'], { unique: true })
@Index('IDX_spot_check_flag_unit', ['unitId', 'createdAt'])
export class SpotCheckFlagEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  enrollmentId!: string;

  @ManyToOne(() => EnrollmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  enrollment?: EnrollmentEntity;

  @Column({ type: 'uuid' })
  officialId!: string;

  @Column({ type: 'uuid' })
  unitId!: string;

  /** YYYY-MM */
  @Column({ type: 'text' })
  month!: string;

  @Column({ type: 'int' })
  missedCount!: number;

  @Column({ type: 'timestamptz' })
  raisedAt!: Date;

  @Column({ type: 'text', nullable: true })
  decision!: FlagDecisionValue | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  decisionReason!: string | null;

  @VersionColumn()
  version!: number;
}
