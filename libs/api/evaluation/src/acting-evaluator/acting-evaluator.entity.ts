import { Check, Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@ketqua/api/core';

/**
 * While a head is away, the evaluator role of their unit passes to a named person for a date range,
 * citing the deciding document (PRODUCT.md 4.4 "Acting evaluator"). Everything the acting person
 * does is recorded under their own name.
 */
@Entity('acting_evaluator')
@Check('CHK_acting_evaluator_dates', `"ends_on" >= "starts_on"`)
@Index('IDX_acting_evaluator_unit_dates', ['unitId', 'startsOn', 'endsOn'])
@Index('IDX_acting_evaluator_user', ['actingUserId', 'endsOn'])
export class ActingEvaluatorEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  unitId!: string;

  @Column({ type: 'uuid' })
  actingUserId!: string;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  /** Số/ký hiệu of the decision naming the acting evaluator. */
  @Column({ type: 'text' })
  decisionDocument!: string;

  @Column({ type: 'uuid' })
  appointedById!: string;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
