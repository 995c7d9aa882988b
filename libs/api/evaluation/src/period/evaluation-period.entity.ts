import { Check, Column, Entity, Index, VersionColumn } from 'typeorm';
import { BaseEntity } from '@ketqua/api/core';

export type PeriodKind = 'MONTH' | 'QUARTER' | 'YEAR';
export type PeriodStatus = 'DRAFT' | 'OPENING' | 'OPEN' | 'CLOSED';
export type OpenJobStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

/**
 * An evaluation period (kỳ đánh giá, PRODUCT.md 4.4): a month, quarter or year of an agency or of
 * a pilot, its phase windows and its data cut-off (chốt số liệu). Opening it creates the
 * evaluations of everyone in scope as a background job whose progress is kept here, so a second
 * API instance or a reload shows the same bar.
 */
@Entity('evaluation_period')
@Check('CHK_evaluation_period_kind', `"kind" IN ('MONTH', 'QUARTER', 'YEAR')`)
@Check('CHK_evaluation_period_status', `"status" IN ('DRAFT', 'OPENING', 'OPEN', 'CLOSED')`)
@Check('CHK_evaluation_period_scope', `("agency_id" IS NULL) <> ("pilot_id" IS NULL)`)
@Check('CHK_evaluation_period_dates', `"ends_on" >= "starts_on"`)
@Check('CHK_evaluation_period_windows', `"self_assessment_until" >= "ends_on" AND "head_scoring_until" >= "self_assessment_until" AND "publish_until" >= "head_scoring_until"`)
@Check('CHK_evaluation_period_job_status', `"job_status" IS NULL OR "job_status" IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')`)
@Index('IDX_evaluation_period_starts_on_id', ['startsOn', 'id'])
export class EvaluationPeriodEntity extends BaseEntity {
  @Column({ type: 'text' })
  kind!: PeriodKind;

  @Column({ type: 'int' })
  year!: number;

  /** Month 1–12 or quarter 1–4; null for a year. */
  @Column({ type: 'int', nullable: true })
  number!: number | null;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  /** Exactly one of agency and pilot: whose officials are evaluated. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  agencyId!: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  pilotId!: string | null;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: 'DRAFT' })
  status!: PeriodStatus;

  /** Phase windows, each the last day included (Asia/Ho_Chi_Minh). */
  @Column({ type: 'date' })
  selfAssessmentUntil!: string;

  @Column({ type: 'date' })
  headScoringUntil!: string;

  @Column({ type: 'date' })
  publishUntil!: string;

  /** Chốt số liệu: the task facts are frozen into the evaluations at this instant. */
  @Column({ type: 'timestamptz' })
  cutOffAt!: Date;

  /** When the facts were frozen (null until the cut-off job ran). */
  @Column({ type: 'timestamptz', nullable: true })
  factsFrozenAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  openedById!: string | null;

  /** Progress of the opening job: officials to create evaluations for, and done so far. */
  @Column({ type: 'text', nullable: true })
  jobStatus!: OpenJobStatus | null;

  @Column({ type: 'int', default: 0 })
  jobTotal!: number;

  @Column({ type: 'int', default: 0 })
  jobDone!: number;

  @Column({ type: 'text', nullable: true })
  jobError!: string | null;

  @VersionColumn()
  version!: number;
}
