import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { AgencyEntity, BaseEntity, UserEntity } from '@ketqua/api/core';

/**
 * Decree 48/2023/NĐ-CP (amending Decree 90/2020 art. 2): the share of an agency's Party members
 * graded HOAN_THANH_XUAT_SAC in a year, which caps the share of its viên chức so graded. Entered
 * by HR; rule-set data of the year (RuleSetSource.partyShares), read by the quota.
 */
@Entity('party_member_excellent_share')
@Index('UQ_party_member_excellent_share', ['agencyId', 'year'], { unique: true })
@Check('CHK_party_member_excellent_share_percent', `"percent" BETWEEN 0 AND 100`)
@Check('CHK_party_member_excellent_share_year', `"year" BETWEEN 2000 AND 2100`)
export class PartyMemberShareEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  agency?: AgencyEntity;

  @Column({ type: 'int' })
  year!: number;

  /** Percent with at most two decimals. */
  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  percent!: number;

  @Column({ type: 'uuid' })
  enteredById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  enteredBy?: UserEntity;

  @VersionColumn()
  version!: number;
}
