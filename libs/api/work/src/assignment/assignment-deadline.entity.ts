import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AssignmentEntity } from './assignment.entity';

/**
 * Every deadline an assignment has had, the first one and each extension with its reason: the
 * progress percentage counts each deadline that passed unmet (PRODUCT.md 4.3), and the head may
 * waive one for an objective cause confirmed in writing.
 */
@Entity('assignment_deadline')
@Index('IDX_assignment_deadline_assignment', ['assignmentId', 'setAt'])
export class AssignmentDeadlineEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  assignmentId!: string;

  @ManyToOne(() => AssignmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  assignment?: AssignmentEntity;

  @Column({ type: 'timestamptz' })
  deadline!: Date;

  /** Null for the first deadline; the reason of an extension otherwise. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'uuid' })
  setById!: string;

  @Column({ type: 'timestamptz' })
  setAt!: Date;

  /** Nguyên nhân khách quan: no deduction when this deadline was missed. */
  @Column({ type: 'text', nullable: true })
  waiverCause!: string | null;

  @Column({ type: 'text', nullable: true })
  waiverConfirmedBy!: string | null;
}
