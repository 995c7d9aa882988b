import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/** The one row of retention periods (migration 1796153000000): days after a pilot ends. */
@Entity('retention_setting')
export class RetentionSettingEntity {
  @PrimaryColumn({ type: 'int' })
  id!: number;

  @Column({ type: 'int' })
  workLogDays!: number;

  @Column({ type: 'int' })
  spotCheckNoteDays!: number;

  @Column({ type: 'int' })
  fileDays!: number;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;

  @VersionColumn()
  version!: number;
}
