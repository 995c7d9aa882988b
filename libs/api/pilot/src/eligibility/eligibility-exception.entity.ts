import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PositionEntity } from '@ketqua/api/core';
import { PilotEntity } from '../pilot/pilot.entity';

/**
 * HR's exception making a position eligible in a pilot although it handles administrative
 * procedures, receives citizens or issues decisions (PRODUCT.md 4.1). Withdrawn exceptions stay as
 * history; at most one is in force per pilot and position.
 */
@Entity('eligibility_exception')
@Index('UQ_eligibility_exception_in_force', ['pilotId', 'positionId'], { unique: true, where: '"withdrawn_at" IS NULL' })
export class EligibilityExceptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  pilotId!: string;

  @ManyToOne(() => PilotEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  pilot?: PilotEntity;

  @Column({ type: 'uuid' })
  positionId!: string;

  @ManyToOne(() => PositionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  position?: PositionEntity;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'uuid' })
  grantedById!: string;

  @Column({ type: 'timestamptz' })
  grantedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  withdrawnById!: string | null;

  @Column({ type: 'text', nullable: true })
  withdrawReason!: string | null;
}
