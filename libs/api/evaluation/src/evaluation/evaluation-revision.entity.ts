import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A published revision of an evaluation, as it was published: the record (score, grade, receipt,
 * decisions, rule-set version) and who published it. Reopening keeps it; the new revision is
 * published beside it (PRODUCT.md 4.4 "reopening needs a reason and is audited; the old version is kept").
 */
@Entity('evaluation_revision')
@Index('UQ_evaluation_revision', ['evaluationId', 'revision'], { unique: true })
export class EvaluationRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  evaluationId!: string;

  @Column({ type: 'int' })
  revision!: number;

  /** The published record (EvaluationRecord in shared/evaluation-record.ts), rendered from libs/domain. */
  @Column({ type: 'jsonb' })
  record!: Record<string, unknown>;

  @Column({ type: 'uuid' })
  publishedById!: string;

  @Column({ type: 'timestamptz' })
  publishedAt!: Date;

  /** Why the revision after this one was opened (null while it is the latest). */
  @Column({ type: 'text', nullable: true })
  reopenReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
