import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Relation, VersionColumn } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { AgencyEntity } from './agency.entity';
import type { UserEntity } from './user.entity';

/** A division inside an agency (đơn vị, phòng); units form a tree through parentId. */
@Entity('unit')
@Check('CHK_unit_not_own_parent', `"parent_id" IS NULL OR "parent_id" <> "id"`)
@Index(['agencyId', 'code'], { unique: true })
export class UnitEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  agency?: AgencyEntity;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  parent?: UnitEntity | null;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  /** The official heading this unit; their UNIT_HEAD scope is this unit and every unit below it. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  headId!: string | null;

  // Relation<> keeps the unit <-> user cycle out of emitted decorator metadata.
  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  head?: Relation<UserEntity> | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @VersionColumn()
  version!: number;
}
