import type { DeductionEvent } from '@ketqua/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An assignment as the evaluation counts it (core's AssignmentFact), copied into the evaluation.
 * Refreshed from the work module until the period's cut-off, frozen after it (PRODUCT.md 4.4 "data
 * cut-off"): the receipt and the score are computed from these rows only.
 */
@Entity('evaluation_fact')
@Index('UQ_evaluation_fact_assignment', ['evaluationId', 'assignmentId'], { unique: true })
export class EvaluationFactEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  evaluationId!: string;

  @Column({ type: 'uuid' })
  assignmentId!: string;

  @Column({ type: 'uuid' })
  unitId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  sourceDocument!: string | null;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'date' })
  deadlineDate!: string;

  @Column({ type: 'numeric', precision: 14, scale: 4, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  expectedUnits!: number;

  @Column({ type: 'numeric', precision: 14, scale: 4, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  deliveredUnits!: number;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  /** With each event's waiver: the work module's objective cause or one confirmed on a waiver request. */
  @Column({ type: 'jsonb' })
  majorErrorReturns!: DeductionEvent[];

  @Column({ type: 'jsonb' })
  missedDeadlines!: DeductionEvent[];

  @Column({ type: 'text' })
  ruleSetVersion!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  capturedAt!: Date;
}
