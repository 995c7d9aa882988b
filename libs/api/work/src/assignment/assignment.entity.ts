import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { CatalogueItemEntity } from '../catalogue/catalogue-item.entity';
import { BaseEntity, UnitEntity, UserEntity } from '@ketqua/api/core';
import { numeric } from '../shared/numeric';
import { AssignmentStatus } from './assignment-status';

/**
 * A task given to one official (nhiệm vụ được giao, PRODUCT.md 4.3). Stores the inputs only: the
 * weight (coefficient × quantity), overdue, working days left and the three percentages are derived.
 */
@Entity('assignment')
// Each list's index matches its keyset order (deadline, id) exactly; see the CityScaleIndexes migration.
@Index('IDX_assignment_unit_deadline', ['unitId', 'deadline', 'id'])
@Index('IDX_assignment_assignee_deadline', ['assigneeId', 'deadline', 'id'])
@Index('IDX_assignment_assigned_by_deadline', ['assignedById', 'deadline', 'id'])
// The review queue: one partial index per branch of the scope filter (a BitmapOr).
@Index('IDX_assignment_submitted_unit_deadline', ['unitId', 'deadline', 'id'], { where: `"status" = 'SUBMITTED'` })
@Index('IDX_assignment_submitted_assignee_deadline', ['assigneeId', 'deadline', 'id'], { where: `"status" = 'SUBMITTED'` })
@Index('IDX_assignment_submitted_assigned_by_deadline', ['assignedById', 'deadline', 'id'], { where: `"status" = 'SUBMITTED'` })
@Check('CHK_assignment_status', `"status" IN ('ASSIGNED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'CANCELLED')`)
@Check('CHK_assignment_quantity', `"quantity" > 0 AND "coefficient" > 0`)
@Check('CHK_assignment_not_self', `"assignee_id" <> "assigned_by_id"`)
export class AssignmentEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  assigneeId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  assignee?: UserEntity;

  /** The assignee's unit when the work was given: scope checks and team boards use it. */
  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  unit?: UnitEntity;

  @Column({ type: 'uuid' })
  assignedById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  assignedBy?: UserEntity;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'uuid', nullable: true })
  catalogueItemId!: string | null;

  @ManyToOne(() => CatalogueItemEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  catalogueItem?: CatalogueItemEntity | null;

  /** Copied from the catalogue item when assigned, so later catalogue edits do not rewrite history. */
  @Column({ type: 'text' })
  unitOfMeasure!: string;

  @Column({ type: 'numeric', precision: 8, scale: 2, transformer: numeric })
  coefficient!: number;

  @Column({ type: 'numeric', precision: 10, scale: 2, transformer: numeric })
  quantity!: number;

  /** Quantity the head accepted (defaults to the expected quantity); null until accepted. */
  @Column({ type: 'numeric', precision: 10, scale: 2, nullable: true, transformer: numeric })
  acceptedQuantity!: number | null;

  /** The deadline in force (the last of assignment_deadline). */
  @Column({ type: 'timestamptz' })
  deadline!: Date;

  /** Số/ký hiệu of the source document in the document-management system. */
  @Column({ type: 'text', nullable: true })
  sourceDocument!: string | null;

  @Column({ type: 'text' })
  status!: AssignmentStatus;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  cancelReason!: string | null;

  /** Rule set the percentages are computed with (PRODUCT.md 4.5). */
  @Column({ type: 'text' })
  ruleSetVersion!: string;

  /** The deadline a "deadline tomorrow" reminder was sent for: once per deadline, whatever the instances. */
  @Column({ type: 'timestamptz', nullable: true })
  remindedDeadline!: Date | null;

  @VersionColumn()
  version!: number;
}
