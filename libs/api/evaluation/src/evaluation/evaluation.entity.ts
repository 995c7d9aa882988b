import type { EvaluationStatusName, Grade, GradeOverrides, GeneralCriterionScore } from '@ketqua/domain';
import { Check, Column, Entity, Index, VersionColumn } from 'typeorm';
import { BaseEntity } from '@ketqua/api/core';

export type EvaluationRegime = 'CONG_CHUC' | 'VIEN_CHUC';
export type EvaluatorLevelName = 'UNIT_HEAD' | 'LEVEL_ABOVE' | 'HR';

/**
 * One official's evaluation for one period (đánh giá, xếp loại chất lượng, PRODUCT.md 4.4). It
 * stores the inputs and the decisions — who the official was in the period (unit, position,
 * regime, leader), the rule-set version, the self-assessment, the head's general sub-scores and
 * final grade with its reason — never the computed score: that comes from libs/domain on the
 * frozen facts (evaluation_fact). A published revision's record is kept in evaluation_revision.
 */
@Entity('evaluation')
@Index('UQ_evaluation_period_official', ['periodId', 'officialId'], { unique: true })
@Index('IDX_evaluation_period_unit_status', ['periodId', 'unitId', 'status'])
@Index('IDX_evaluation_official_period', ['officialId', 'periodId'])
@Index('IDX_evaluation_evaluator_period', ['evaluatorId', 'periodId'])
@Index('IDX_evaluation_period_unit_official', ['periodId', 'unitId', 'officialId'])
@Check('CHK_evaluation_status', `"status" IN ('AWAITING_SELF_ASSESSMENT', 'RETURNED', 'AWAITING_HEAD', 'SCORED', 'APPROVED', 'PUBLISHED', 'REOPENED')`)
@Check('CHK_evaluation_regime', `"regime" IN ('CONG_CHUC', 'VIEN_CHUC')`)
@Check('CHK_evaluation_level', `"evaluator_level" IN ('UNIT_HEAD', 'LEVEL_ABOVE', 'HR')`)
@Check('CHK_evaluation_not_self', `"evaluator_id" IS DISTINCT FROM "official_id"`)
@Check('CHK_evaluation_revision', `"revision" >= 1`)
export class EvaluationEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  periodId!: string;

  @Column({ type: 'uuid' })
  officialId!: string;

  /** The official's unit and agency in the period (a later transfer does not move the record). */
  @Column({ type: 'uuid' })
  unitId!: string;

  @Index()
  @Column({ type: 'uuid' })
  agencyId!: string;

  @Column({ type: 'uuid', nullable: true })
  positionId!: string | null;

  /** The group of similar tasks (nhóm nhiệm vụ tương đồng) the quota is counted in; default the position. */
  @Column({ type: 'text' })
  taskGroup!: string;

  @Column({ type: 'text' })
  regime!: EvaluationRegime;

  @Column({ type: 'boolean' })
  isLeader!: boolean;

  /** Who evaluates (PRODUCT.md 4.4 "Level above"); null when it is HR of the agency. */
  @Column({ type: 'uuid', nullable: true })
  evaluatorId!: string | null;

  @Column({ type: 'text' })
  evaluatorLevel!: EvaluatorLevelName;

  @Column({ type: 'text', default: 'AWAITING_SELF_ASSESSMENT' })
  status!: EvaluationStatusName;

  /** 1 at first; a reopen starts revision + 1 (the published ones stay in evaluation_revision). */
  @Column({ type: 'int', default: 1 })
  revision!: number;

  /** The libs/domain rule set (or the criteria template's stored rule set) the numbers come from. */
  @Column({ type: 'text' })
  ruleSetVersion!: string;

  @Column({ type: 'uuid', nullable: true })
  criteriaTemplateId!: string | null;

  /** Working days in the period and worked (leave and absence excluded): pro-rating. */
  @Column({ type: 'int', nullable: true })
  scheduledWorkingDays!: number | null;

  @Column({ type: 'int', nullable: true })
  workedDays!: number | null;

  // The official's self-assessment.
  @Column({ type: 'text', nullable: true })
  selfAssessmentText!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  selfScores!: GeneralCriterionScore[] | null;

  @Column({ type: 'text', nullable: true })
  proposedGrade!: Grade | null;

  @Column({ type: 'timestamptz', nullable: true })
  selfAssessedAt!: Date | null;

  // The evaluator's decision.
  @Column({ type: 'jsonb', nullable: true })
  generalScores!: GeneralCriterionScore[] | null;

  /** Findings that give KHONG_HOAN_THANH whatever the score (discipline, degradation). */
  @Column({ type: 'jsonb', nullable: true })
  overrides!: GradeOverrides | null;

  /** The grade the evaluator decided; differs from the computed band only with gradeChangeReason. */
  @Column({ type: 'text', nullable: true })
  decidedGrade!: Grade | null;

  @Column({ type: 'text', nullable: true })
  gradeChangeReason!: string | null;

  @Column({ type: 'text', nullable: true })
  headComment!: string | null;

  /** Who scored, approved and published (an acting evaluator under their own name). */
  @Column({ type: 'uuid', nullable: true })
  scoredById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  scoredAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  approvedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  publishedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** Short code printed on the sheet; evaluationSheet(code) resolves it to the published record. */
  @Index({ unique: true })
  @Column({ type: 'text', nullable: true })
  verificationCode!: string | null;

  @Column({ type: 'text', nullable: true })
  returnReason!: string | null;

  @Column({ type: 'text', nullable: true })
  reopenReason!: string | null;

  @VersionColumn()
  version!: number;
}
