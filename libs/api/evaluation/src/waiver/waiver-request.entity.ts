import { Check, Column, Entity, Index, VersionColumn } from 'typeorm';
import { BaseEntity } from '@ketqua/api/core';

export type WaiverKind = 'MAJOR_ERROR_RETURN' | 'MISSED_DEADLINE';
export type WaiverStatus = 'REQUESTED' | 'CONFIRMED' | 'REFUSED';

/**
 * An official's request that a deduction be waived for an objective cause (nguyên nhân khách
 * quan), with evidence; the evaluator confirms or refuses with a reason, and the score recomputes
 * with the trace (PRODUCT.md 4.4 "Waivers").
 */
@Entity('waiver_request')
@Check('CHK_waiver_request_kind', `"kind" IN ('MAJOR_ERROR_RETURN', 'MISSED_DEADLINE')`)
@Check('CHK_waiver_request_status', `"status" IN ('REQUESTED', 'CONFIRMED', 'REFUSED')`)
@Index('IDX_waiver_request_evaluation', ['evaluationId', 'status'])
@Index('IDX_waiver_request_attachment', ['attachmentId'], { where: '"attachment_id" IS NOT NULL' })
export class WaiverRequestEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  evaluationId!: string;

  @Column({ type: 'uuid' })
  assignmentId!: string;

  @Column({ type: 'text' })
  kind!: WaiverKind;

  /** The deduction event's reference (the returned version "v2", or the missed deadline). */
  @Column({ type: 'text' })
  reference!: string;

  @Column({ type: 'text' })
  cause!: string;

  /** Evidence uploaded through the files endpoint (stored_file id). */
  @Column({ type: 'uuid', nullable: true })
  attachmentId!: string | null;

  @Column({ type: 'uuid' })
  requestedById!: string;

  @Column({ type: 'text', default: 'REQUESTED' })
  status!: WaiverStatus;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** The written confirmation (document) when confirmed, the reason when refused. */
  @Column({ type: 'text', nullable: true })
  decisionNote!: string | null;

  @VersionColumn()
  version!: number;
}
