import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@ketqua/api/core';
import { ReportExportFormat, ReportExportKind, ReportExportStatus } from './report-export.enums';
import { ExportRowCount, ReportExportManifestData } from './report-export-manifest';

/**
 * One export of a report (PRODUCT.md 4.7): what was asked (kind, format, input), how far the
 * background job is, and once DONE the file under KETQUA_DATA_DIR/exports with its size, SHA-256,
 * row counts and manifest. Personal data: the start and every download are audited.
 */
@Entity('report_export')
@Index('IDX_report_export_requested_by', ['requestedById', 'createdAt'])
export class ReportExportEntity extends BaseEntity {
  @Column({ type: 'text' })
  kind!: ReportExportKind;

  @Column({ type: 'text' })
  format!: ReportExportFormat;

  /** The report's input as validated at the start (pilot, periods, filters), re-checked at each download. */
  @Column({ type: 'jsonb' })
  input!: Record<string, unknown>;

  @Column({ type: 'text' })
  status!: ReportExportStatus;

  /** 0–100. */
  @Column({ type: 'int' })
  progress!: number;

  /** Rows written per table, in the file's order, filled as the job goes. */
  @Column({ type: 'jsonb' })
  rowCounts!: ExportRowCount[];

  @Column({ type: 'bigint', nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  byteSize!: number | null;

  @Column({ type: 'char', length: 64, nullable: true })
  sha256!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  manifest!: ReportExportManifestData | null;

  /** Relative to KETQUA_DATA_DIR/exports; null until DONE. */
  @Column({ type: 'text', nullable: true })
  filePath!: string | null;

  /** The download's file name (ASCII), e.g. bao-cao-thi-diem-2026-q1.xlsx. */
  @Column({ type: 'text', nullable: true })
  fileName!: string | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'uuid' })
  requestedById!: string;

  @Column({ type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  /** When the retention sweep deleted the file (status EXPIRED). */
  @Column({ type: 'timestamptz', nullable: true })
  expiredAt!: Date | null;
}
