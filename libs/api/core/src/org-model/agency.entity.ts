import { Check, Column, Entity, Index, VersionColumn } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { AgencyKind } from './org.enums';

/** A city department or a ward/commune people's committee (cơ quan). */
@Entity('agency')
@Check('CHK_agency_kind', `"kind" IN ('DEPARTMENT', 'WARD', 'COMMUNE', 'SPECIAL_ZONE', 'OTHER')`)
@Check('CHK_agency_valid_dates', `"valid_to" IS NULL OR "valid_to" >= "valid_from"`)
export class AgencyEntity extends BaseEntity {
  @Index({ unique: true })
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: AgencyKind;

  @Column({ type: 'date' })
  validFrom!: string;

  /** Last day the agency exists (after a merger); null while it exists. */
  @Column({ type: 'date', nullable: true })
  validTo!: string | null;

  @VersionColumn()
  version!: number;
}
