import type { GeneralCriterion, RuleSet, TaskCombination } from '@ketqua/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { BaseEntity, UserEntity } from '@ketqua/api/core';
import type { EvaluationRegime } from '../evaluation/evaluation.entity';

export type CriteriaTemplateStatus = 'DRAFT' | 'PUBLISHED';

/**
 * One version of a criteria template (bộ tiêu chí đánh giá, PRODUCT.md 4.4): for a regime
 * (công chức or viên chức) and a position group (null: every position of the regime), the numbers
 * HR sets — task combination weights, general sub-criteria with maxima, the leaders' unit-results
 * weight — and the date it applies from. Versions of one template share its `code`. A DRAFT is
 * edited; publishing stores the derived rule set (`ruleSet`, version `tpl-<code>-v<n>`) and makes
 * the row immutable, so an evaluation that recorded the version recomputes the same forever.
 */
@Entity('criteria_template')
@Index('UQ_criteria_template_code_version', ['code', 'versionNo'], { unique: true })
@Index('UQ_criteria_template_rule_set_version', ['ruleSetVersion'], { unique: true, where: '"rule_set_version" IS NOT NULL' })
// At most one draft per template: two drafts of one code would compete to become the next version.
@Index('UQ_criteria_template_one_draft', ['code'], { unique: true, where: `"status" = 'DRAFT'` })
@Index('IDX_criteria_template_in_force', ['regime', 'status', 'effectiveFrom'])
@Check('CHK_criteria_template_status', `"status" IN ('DRAFT', 'PUBLISHED')`)
@Check('CHK_criteria_template_regime', `"regime" IN ('CONG_CHUC', 'VIEN_CHUC')`)
@Check('CHK_criteria_template_published', `("status" = 'PUBLISHED') = ("rule_set" IS NOT NULL AND "rule_set_version" IS NOT NULL AND "published_at" IS NOT NULL)`)
@Check('CHK_criteria_template_leader_weight', `"leader_unit_weight_percent" BETWEEN 0 AND 100`)
export class CriteriaTemplateEntity extends BaseEntity {
  /** The template's code, shared by its versions (e.g. CC-CHUNG). */
  @Column({ type: 'text' })
  code!: string;

  /** 1, 2, … per code. */
  @Column({ type: 'int' })
  versionNo!: number;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  regime!: EvaluationRegime;

  /** The position group: null for every position of the regime, else the positions it is for. */
  @Column({ type: 'uuid', array: true, nullable: true })
  positionIds!: string[] | null;

  @Column({ type: 'text', default: 'DRAFT' })
  status!: CriteriaTemplateStatus;

  @Column({ type: 'date' })
  effectiveFrom!: string;

  @Column({ type: 'jsonb' })
  taskCombination!: TaskCombination;

  @Column({ type: 'jsonb' })
  generalCriteria!: GeneralCriterion[];

  @Column({ type: 'int' })
  leaderUnitWeightPercent!: number;

  /** The shipped rule set the stored one is derived from (the one in force on effectiveFrom). */
  @Column({ type: 'text', nullable: true })
  baseRuleSetVersion!: string | null;

  /** Set on publish: `tpl-<code>-v<n>`, unique across every rule set. */
  @Column({ type: 'text', nullable: true })
  ruleSetVersion!: string | null;

  /** Set on publish: the whole derived rule set, as evaluations read it back by version. */
  @Column({ type: 'jsonb', nullable: true })
  ruleSet!: RuleSet | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  publishedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  publishedBy?: UserEntity | null;

  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  createdBy?: UserEntity;

  @VersionColumn()
  version!: number;
}
