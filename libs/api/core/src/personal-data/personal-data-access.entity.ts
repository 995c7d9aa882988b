import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PersonalDataKind } from '@ketqua/domain';

/** One access to personal data: who read or took whose data, what, when and why (migration 1796153000000). */
@Entity('personal_data_access')
export class PersonalDataAccessEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'uuid' })
  viewerId!: string;

  @Column({ type: 'text' })
  viewerRole!: string;

  /** Null for an export of aggregates (a pilot report): it names no one, and is listed for the administrator. */
  @Column({ type: 'uuid', nullable: true })
  subjectId!: string | null;

  @Column({ type: 'text' })
  kind!: PersonalDataKind;

  @Column({ type: 'uuid', array: true, default: () => `'{}'` })
  recordIds!: string[];

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  fieldGroups!: string[];

  /** The GraphQL operation (its name, or its type and first field) or the HTTP route. */
  @Column({ type: 'text' })
  operation!: string;

  @Column({ type: 'text', nullable: true })
  purpose!: string | null;
}
