import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UnitEntity } from '@ketqua/api/core';
import type { DrawPick, SpotCheckDraw } from '@ketqua/domain';
import { PilotEntity } from '../pilot/pilot.entity';

/**
 * A unit's spot-check draw for one working day (docs/SPOT-CHECKS.md): the commitment published at
 * once, the frozen roster and the picks, and the seed kept secret until `revealedAt`. The unique
 * (unit, date) key is what makes the draw happen once even with several API instances: pg-boss
 * alone only stops duplicates while a job is queued (STACK.md).
 */
@Entity('spot_check_draw')
@Index('UQ_spot_check_draw_unit_date', ['unitId', 'date'], { unique: true })
@Index('IDX_spot_check_draw_unrevealed', ['date'], { where: '"revealed_at" IS NULL' })
export class SpotCheckDrawEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  pilotId!: string;

  @ManyToOne(() => PilotEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  pilot?: PilotEntity;

  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  unit?: UnitEntity;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'text' })
  algorithm!: string;

  /** SHA-256 of the seed, published when the draw is made. */
  @Column({ type: 'text' })
  commitment!: string;

  /** 64 hex characters; never leaves the server before revealedAt (no API, export or log). */
  @Column({ type: 'text' })
  seedHex!: string;

  /** Sorted as the algorithm sorts it (UTF-8 bytes). */
  @Column({ type: 'jsonb' })
  roster!: string[];

  @Column({ type: 'text' })
  rosterHash!: string;

  @Column({ type: 'jsonb' })
  parameters!: SpotCheckDraw['parameters'];

  @Column({ type: 'int' })
  k!: number;

  @Column({ type: 'jsonb' })
  picks!: DrawPick[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** When the draw was made, by the Clock (tests move it). */
  @Column({ type: 'timestamptz' })
  drawnAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revealedAt!: Date | null;
}
