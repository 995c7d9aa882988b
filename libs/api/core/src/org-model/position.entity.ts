import { Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { AgencyEntity } from './agency.entity';

/**
 * A job position (vị trí việc làm) of an agency. The three flags decide home-work eligibility
 * (PRODUCT.md 4.1): positions handling administrative procedures, receiving citizens or issuing
 * decisions are not eligible by default.
 */
@Entity('position')
@Index(['agencyId', 'code'], { unique: true })
export class PositionEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  agency?: AgencyEntity;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'boolean', default: false })
  handlesAdministrativeProcedures!: boolean;

  @Column({ type: 'boolean', default: false })
  receivesCitizens!: boolean;

  @Column({ type: 'boolean', default: false })
  issuesDecisions!: boolean;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @VersionColumn()
  version!: number;
}
