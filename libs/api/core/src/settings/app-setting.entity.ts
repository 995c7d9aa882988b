import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A setting an ADMIN changes while Ketqua runs (not an environment variable): one row per key. */
@Entity('app_setting')
export class AppSettingEntity {
  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ type: 'jsonb' })
  value!: unknown;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;
}
