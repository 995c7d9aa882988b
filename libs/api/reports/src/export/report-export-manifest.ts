import { ExportDescription } from './export-source';

export interface ExportRowCount {
  key: string;
  title: string;
  rows: number;
}

/**
 * The manifest of an export (PRODUCT.md 4.7: what, which periods and filters, rule-set version,
 * cut-off, row counts, SHA-256), stored with the export and served as JSON, so the archive and the
 * city can check a file they were handed: its SHA-256 and row counts must match.
 */
export interface ReportExportManifestData extends ExportDescription {
  exportId: string;
  kind: string;
  format: string;
  title: string;
  fileName: string;
  mediaType: string;
  byteSize: number;
  sha256: string;
  /** Rows per table, in the order of the file. */
  rowCounts: readonly ExportRowCount[];
  generatedAt: string;
  generatedBy: { id: string; email: string; fullName: string };
  /** Version of this manifest's shape. */
  manifestVersion: 1;
}
