import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { BaseEntity, UnitEntity } from '@ketqua/api/core';
import type { CoreHoursWindow } from '@ketqua/domain';

/**
 * A home-work pilot (đề án thí điểm, PRODUCT.md 3): its deciding document, dates and the rules of
 * PRODUCT.md 4.1, 4.2 and 4.6. The numbers are inputs to libs/domain (caps, draws), never
 * recomputed here.
 */
@Entity('pilot')
@Check('CHK_pilot_dates', `"end_date" >= "start_date"`)
@Check('CHK_pilot_home_share', `"max_home_share_percent" BETWEEN 0 AND 100`)
@Check('CHK_pilot_min_on_site', `"min_on_site" >= 0`)
@Check('CHK_pilot_home_days', `"max_home_days_per_week" BETWEEN 1 AND 5`)
@Check('CHK_pilot_sample_rate', `"sample_rate_basis_points" BETWEEN 0 AND 10000`)
@Check('CHK_pilot_answer_window', `"answer_window_minutes" BETWEEN 1 AND 240`)
export class PilotEntity extends BaseEntity {
  @Column({ type: 'text' })
  name!: string;

  /** Số/ký hiệu of the decision that set the pilot up. */
  @Column({ type: 'text' })
  decisionNumber!: string;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  endDate!: string;

  @Column({ type: 'int' })
  maxHomeSharePercent!: number;

  @Column({ type: 'int' })
  minOnSite!: number;

  @Column({ type: 'int' })
  maxHomeDaysPerWeek!: number;

  @Column({ type: 'jsonb' })
  coreHours!: CoreHoursWindow[];

  /** 1000 = 10% (integers keep the sample size exact, docs/SPOT-CHECKS.md 4). */
  @Column({ type: 'int' })
  sampleRateBasisPoints!: number;

  @Column({ type: 'int' })
  answerWindowMinutes!: number;

  /** The libs/domain rule set the pilot's defaults and thresholds come from. */
  @Column({ type: 'text' })
  ruleSetVersion!: string;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @VersionColumn()
  version!: number;
}

/** A unit taking part in a pilot; its officials may enrol and its cap is counted on its own members. */
@Entity('pilot_unit')
@Index('IDX_pilot_unit_unit', ['unitId'])
export class PilotUnitEntity {
  @PrimaryColumn({ type: 'uuid' })
  pilotId!: string;

  @PrimaryColumn({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => PilotEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  pilot?: PilotEntity;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  unit?: UnitEntity;
}
