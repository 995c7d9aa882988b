import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { BaseEntity, UserEntity } from '@ketqua/api/core';
import { CommitmentTextEntity } from '../commitment/commitment-text.entity';
import { PilotEntity } from '../pilot/pilot.entity';

export const ENROLLMENT_STATUSES = ['PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED', 'ENDED'] as const;
export type EnrollmentStatusValue = (typeof ENROLLMENT_STATUSES)[number];

/**
 * An official's request to work from home and, once the head approves it, the arrangement itself
 * (PRODUCT.md 3, 4.1): weekdays between two dates, the commitment version accepted and when, and the
 * equipment confirmed. One open (pending, approved or suspended) enrollment per official and pilot.
 */
@Entity('enrollment')
@Check('CHK_enrollment_status', `"status" IN ('PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED', 'ENDED')`)
@Check('CHK_enrollment_dates', `"end_date" >= "start_date"`)
@Check('CHK_enrollment_weekdays', `cardinality("weekdays") BETWEEN 1 AND 5 AND "weekdays" <@ ARRAY[1,2,3,4,5]`)
@Index('UQ_enrollment_open_per_official', ['pilotId', 'officialId'], { unique: true, where: `"status" IN ('PENDING', 'APPROVED', 'SUSPENDED')` })
@Index('IDX_enrollment_unit_status', ['unitId', 'status'])
@Index('IDX_enrollment_official', ['officialId'])
@Index('IDX_enrollment_unit_requested', ['unitId', 'requestedAt', 'id'])
export class EnrollmentEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  pilotId!: string;

  @ManyToOne(() => PilotEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  pilot?: PilotEntity;

  @Column({ type: 'uuid' })
  officialId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  official?: UserEntity;

  /** The official's unit when they asked: the cap is counted there. */
  @Column({ type: 'uuid' })
  unitId!: string;

  @Column({ type: 'uuid', nullable: true })
  positionId!: string | null;

  /** ISO weekdays at home, Monday 1 … Friday 5, ascending. */
  @Column({ type: 'int', array: true })
  weekdays!: number[];

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  endDate!: string;

  @Column({ type: 'text' })
  status!: EnrollmentStatusValue;

  @Column({ type: 'uuid' })
  commitmentTextId!: string;

  @ManyToOne(() => CommitmentTextEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  commitmentText?: CommitmentTextEntity;

  @Column({ type: 'int' })
  commitmentVersion!: number;

  @Column({ type: 'timestamptz' })
  commitmentAcceptedAt!: Date;

  @Column({ type: 'boolean' })
  hasComputer!: boolean;

  @Column({ type: 'boolean' })
  hasPhone!: boolean;

  @Column({ type: 'boolean' })
  hasPrinter!: boolean;

  @Column({ type: 'boolean' })
  hasInternet!: boolean;

  /** What the official wants the head to know (tasks done at home, contact number, …). */
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  /** Why a request was refused (required), or a remark on an approval. */
  @Column({ type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  suspendedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  suspendedById!: string | null;

  @Column({ type: 'text', nullable: true })
  suspendReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  endedById!: string | null;

  @Column({ type: 'text', nullable: true })
  endReason!: string | null;

  @VersionColumn()
  version!: number;
}
