import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity, UserEntity } from '@ketqua/api/core';

export const ABSENCE_KINDS = ['LEAVE', 'SICK', 'BUSINESS_TRIP'] as const;
export type AbsenceKindValue = (typeof ABSENCE_KINDS)[number];

/**
 * Leave, sick leave or a business trip recorded by the head: the official is neither at home nor
 * in the office, counts as away for the cap and is never spot-checked on those days.
 */
@Entity('absence')
@Check('CHK_absence_kind', `"kind" IN ('LEAVE', 'SICK', 'BUSINESS_TRIP')`)
@Check('CHK_absence_dates', `"end_date" >= "start_date"`)
@Index('IDX_absence_unit_dates', ['unitId', 'startDate'])
@Index('IDX_absence_official_dates', ['officialId', 'startDate'])
export class AbsenceEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  officialId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  official?: UserEntity;

  @Column({ type: 'uuid' })
  unitId!: string;

  @Column({ type: 'text' })
  kind!: AbsenceKindValue;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  endDate!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'uuid' })
  recordedById!: string;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  cancelledById!: string | null;
}
