import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AssignmentEntity } from '../assignment/assignment.entity';

/**
 * One submitted version of an assignment's output (sản phẩm, PRODUCT.md 4.3): note, links, files
 * (stored_file.deliverable_id) and, once reviewed, the review. Versions are never overwritten.
 */
@Entity('deliverable')
@Index('UQ_deliverable_assignment_version', ['assignmentId', 'versionNo'], { unique: true })
// The accepted version of an assignment, for the unit overview's on-time counts (migration UnitOverviewIndexes, which adds INCLUDE (on_time)).
@Index('IDX_deliverable_accepted_assignment', ['assignmentId'], { where: `"decision" = 'ACCEPTED'` })
@Check('CHK_deliverable_decision', `"decision" IS NULL OR "decision" IN ('ACCEPTED', 'RETURNED')`)
@Check('CHK_deliverable_return_comment', `"decision" IS DISTINCT FROM 'RETURNED' OR length(trim("review_comment")) > 0`)
export class DeliverableEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  assignmentId!: string;

  @ManyToOne(() => AssignmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  assignment?: AssignmentEntity;

  /** 1, 2, 3, … in submission order. */
  @Column({ type: 'int' })
  versionNo!: number;

  @Column({ type: 'uuid' })
  submittedById!: string;

  @Column({ type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ type: 'jsonb', default: () => `'[]'::jsonb` })
  links!: string[];

  /** Whether the submission came by the deadline in force then (after moving off days off). */
  @Column({ type: 'boolean' })
  onTime!: boolean;

  @Column({ type: 'text', nullable: true })
  decision!: 'ACCEPTED' | 'RETURNED' | null;

  /** Returned for a major content error (lỗi lớn về nội dung): costs quality points unless waived. */
  @Column({ type: 'boolean', default: false })
  majorError!: boolean;

  @Column({ type: 'text', nullable: true })
  reviewComment!: string | null;

  @Column({ type: 'uuid', nullable: true })
  reviewerId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  waiverCause!: string | null;

  @Column({ type: 'text', nullable: true })
  waiverConfirmedBy!: string | null;
}
