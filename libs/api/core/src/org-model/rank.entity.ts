import { Check, Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { StaffCategory } from './org.enums';

/** Civil-service rank (ngạch) or professional title grade (hạng chức danh nghề nghiệp). */
@Entity('rank')
@Check('CHK_rank_staff_category', `"staff_category" IN ('CAN_BO', 'CONG_CHUC', 'VIEN_CHUC', 'NGUOI_LAO_DONG')`)
export class RankEntity extends BaseEntity {
  /** The national code, e.g. 01.003 for chuyên viên. */
  @Index({ unique: true })
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  staffCategory!: StaffCategory;
}
