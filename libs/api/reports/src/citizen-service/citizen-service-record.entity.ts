import { BaseEntity } from '@ketqua/api/core';
import { Check, Column, Entity, Index, Unique } from 'typeorm';

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * One official's month of citizen service (dịch vụ công trực tuyến, PRODUCT.md 6) as the city's
 * administrative-procedure system reports it, imported from CSV by HR. One row per official and
 * month: a re-import of the month replaces it (the replaced figures stay in the audit event).
 */
@Entity('citizen_service_record')
@Unique('UQ_citizen_service_record_official_month', ['officialId', 'month'])
@Check('CHK_citizen_service_record_month', `EXTRACT(DAY FROM "month") = 1`)
@Check('CHK_citizen_service_record_counts', `"dossiers_handled" >= 0 AND "dossiers_on_time" >= 0 AND "dossiers_on_time" <= "dossiers_handled"`)
@Check('CHK_citizen_service_record_satisfaction', `"satisfaction_percent" IS NULL OR ("satisfaction_percent" >= 0 AND "satisfaction_percent" <= 100)`)
@Index('IDX_citizen_service_record_month', ['month'])
export class CitizenServiceRecordEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  officialId!: string;

  /** The month, as its first day. */
  @Column({ type: 'date' })
  month!: string;

  /** The official's unit and agency when the month was imported. */
  @Column({ type: 'uuid' })
  unitId!: string;

  @Column({ type: 'uuid' })
  agencyId!: string;

  @Column({ type: 'int' })
  dossiersHandled!: number;

  @Column({ type: 'int' })
  dossiersOnTime!: number;

  /** Citizens' satisfaction, 0–100 %; null when nobody rated that month. */
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true, transformer: numeric })
  satisfactionPercent!: number | null;

  @Column({ type: 'uuid' })
  importedById!: string;
}
