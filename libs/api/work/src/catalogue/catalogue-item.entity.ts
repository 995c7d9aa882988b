import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { BaseEntity, PositionEntity, UnitEntity } from '@ketqua/api/core';
import { numeric } from '../shared/numeric';

/**
 * One line of a unit's work catalogue (danh mục sản phẩm, PRODUCT.md 4.3): an item type with its
 * unit of measure and conversion coefficient (hệ số quy đổi), for one position or (positionId null)
 * for every position of the unit.
 */
@Entity('work_catalogue_item')
@Index('UQ_work_catalogue_item_unit_code', ['unitId', 'code'], { unique: true })
@Check('CHK_work_catalogue_item_coefficient', `"coefficient" > 0`)
export class CatalogueItemEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  unit?: UnitEntity;

  @Column({ type: 'uuid', nullable: true })
  positionId!: string | null;

  @ManyToOne(() => PositionEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  position?: PositionEntity | null;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Đơn vị tính: văn bản, báo cáo, hồ sơ, … */
  @Column({ type: 'text' })
  unitOfMeasure!: string;

  @Column({ type: 'numeric', precision: 8, scale: 2, transformer: numeric })
  coefficient!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @VersionColumn()
  version!: number;
}
