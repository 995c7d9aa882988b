import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { PositionEntity } from './position.entity';
import { RankEntity } from './rank.entity';
import { Role, StaffCategory } from './org.enums';
import { UnitEntity } from './unit.entity';

/**
 * An official and their account. Credentials sit on the row but never reach GraphQL:
 * output models are mapped explicitly (ENGINEERING.md).
 */
@Entity('app_user')
@Check('CHK_app_user_role', `"role" IN ('OFFICIAL', 'UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR')`)
@Check('CHK_app_user_staff_category', `"staff_category" IN ('CAN_BO', 'CONG_CHUC', 'VIEN_CHUC', 'NGUOI_LAO_DONG')`)
@Check('CHK_app_user_email_lower', `"email" = lower("email")`)
@Index('IDX_app_user_full_name_id', ['fullName', 'id'])
export class UserEntity extends BaseEntity {
  /** Stored lower-case; the sign-in name. */
  @Index({ unique: true })
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  fullName!: string;

  /** The city's employee code (mã cán bộ): matched against the identity provider's claim when OIDC_MATCH_CLAIM is not `email`. */
  // Unique where set (partial index UQ_app_user_employee_code, migration OfficialEmailAndSingleSignOn).
  @Column({ type: 'text', nullable: true })
  employeeCode!: string | null;

  /**
   * fullName and email without diacritics, lower-case: "nguyễn" is found by "nguyen". Searched with
   * LIKE '%…%' through a pg_trgm GIN index, which TypeORM cannot declare (migration CityScaleIndexes).
   */
  @Index('IDX_app_user_search_trgm', { synchronize: false })
  @Column({ type: 'text' })
  searchText!: string;

  @Column({ type: 'text' })
  staffCategory!: StaffCategory;

  @Index()
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

  @Column({ type: 'uuid', nullable: true })
  rankId!: string | null;

  @ManyToOne(() => RankEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  rank?: RankEntity | null;

  @Column({ type: 'text' })
  role!: Role;

  /** Heads and deputies (lãnh đạo): they also get the unit-results component (PRODUCT.md 4.4). */
  @Column({ type: 'boolean', default: false })
  isLeader!: boolean;

  /** HR and inspectors see every agency when granted city scope, else their own agency. */
  @Column({ type: 'boolean', default: false })
  cityScope!: boolean;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** argon2id hash; null until a password is issued (e.g. after a CSV import). */
  @Column({ type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'boolean', default: false })
  mustChangePassword!: boolean;

  /** Sign-in attempts counted since the last success, reserved before the password is checked. */
  @Column({ type: 'int', default: 0 })
  failedLoginCount!: number;

  /** When the last attempt was counted: a count older than the lock period starts again from zero. */
  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAttemptAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @VersionColumn()
  version!: number;
}
