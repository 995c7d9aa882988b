import { Check, Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@ketqua/api/core';

/**
 * A recorded exception to the excellent-grade quota (PRODUCT.md 4.4 "Quota"): publishing past the
 * quota is refused unless the exception, its reason and who granted it are recorded — never a
 * silent downgrade. One per period, scope and rule.
 */
@Entity('quota_exception')
@Check('CHK_quota_exception_scope', `"scope_kind" IN ('AGENCY', 'TASK_GROUP')`)
@Check('CHK_quota_exception_rule', `"rule" IN ('PERCENT_OF_GOOD', 'PARTY_MEMBER_SHARE')`)
@Check('CHK_quota_exception_extra', `"extra_excellent" >= 1`)
@Index('UQ_quota_exception_scope', ['periodId', 'regime', 'agencyId', 'scopeKind', 'taskGroup', 'rule'], { unique: true })
export class QuotaExceptionEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  periodId!: string;

  @Column({ type: 'text' })
  regime!: 'CONG_CHUC' | 'VIEN_CHUC';

  @Column({ type: 'uuid' })
  agencyId!: string;

  @Column({ type: 'text' })
  scopeKind!: 'AGENCY' | 'TASK_GROUP';

  /** '' for the agency scope (so the unique index covers it). */
  @Column({ type: 'text', default: '' })
  taskGroup!: string;

  @Column({ type: 'text' })
  rule!: 'PERCENT_OF_GOOD' | 'PARTY_MEMBER_SHARE';

  /** How many excellent grades above the quota the exception allows. */
  @Column({ type: 'int' })
  extraExcellent!: number;

  @Column({ type: 'text' })
  reason!: string;

  /** Who granted it (name and position as written in the decision) and the deciding document. */
  @Column({ type: 'text' })
  grantedBy!: string;

  @Column({ type: 'text', nullable: true })
  decisionDocument!: string | null;

  @Column({ type: 'uuid' })
  recordedById!: string;
}
