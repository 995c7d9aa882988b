import { ChartSpec } from '@ketqua/charts';

/**
 * What an export writes, whichever report it comes from: the writers (XLSX, CSV, PDF) know only
 * this, and each report provides an adapter (the pilot report: pilot-report-export-source.ts).
 * Tables are async iterables so a writer streams rows to disk without holding a breakdown in
 * memory; the source may read them page by page from SQL.
 */

/**
 * How a value reads. `percent` values are 0–100 like the API's rates and ChartSpec (the XLSX
 * writer stores value / 100 with a percent format, so Excel shows "87,5 %" and computes with 0,875).
 */
export type ExportColumnType = 'text' | 'integer' | 'number' | 'percent' | 'score' | 'date';

export interface ExportColumn {
  key: string;
  /** Vietnamese header, NFC. */
  header: string;
  type: ExportColumnType;
  /** Relative width (characters in the workbook, a share of the line in the PDF); by type when omitted. */
  width?: number;
}

export type ExportCell = string | number | null;
export type ExportRow = Readonly<Record<string, ExportCell>>;

export interface ExportTable {
  /** Stable ASCII key: the CSV file name, the row-count key of the manifest (`by-agency`). */
  key: string;
  /** Vietnamese title: the sheet name (≤ 31 characters in Excel), the PDF heading. */
  title: string;
  /** One line under the title (what a row is). */
  description?: string;
  columns: readonly ExportColumn[];
  /** The rows the source promises; the writers check it so a sheet never silently shrinks. */
  expectedRows?: number;
  rows(): AsyncIterable<ExportRow>;
}

export interface ExportFigure {
  label: string;
  value: ExportCell;
  type: ExportColumnType;
}

/** The difference-in-differences of the mean score with its bootstrap interval. */
export interface ExportDid {
  label: string;
  estimate: number | null;
  low: number | null;
  high: number | null;
  /** 0.95 for a 95 % interval. */
  confidence: number;
  /** How the interval was drawn (replicates, clustering, seed), one line. */
  note: string;
}

/** What the manifest says about the data, beyond what the export machinery adds (counts, hash, who, when). */
export interface ExportDescription {
  pilot: { id: string; name: string } | null;
  /** The report period and the baseline (role PILOT or BASELINE), with their first and last days. */
  periods: ReadonlyArray<{ role: 'PILOT' | 'BASELINE'; name: string; startsOn: string; endsOn: string }>;
  filters: Readonly<Record<string, string | null>>;
  ruleSetVersions: readonly string[];
  /** The data cut-off: facts and evaluations as they stood at this instant (ISO). */
  dataCutOff: string | null;
}

export interface ExportSource {
  /** The report's title, e.g. "Báo cáo đánh giá thí điểm làm việc tại nhà". */
  title: string;
  /** Pilot, periods: one line under the title. */
  subtitle: string;
  /** Base of the file names, ASCII (bao-cao-thi-diem-2026-q1). */
  fileStem: string;
  headline: readonly ExportFigure[];
  did: ExportDid | null;
  charts: readonly ChartSpec[];
  tables: readonly ExportTable[];
  /** The method note, in paragraphs (Vietnamese). */
  methodNote: readonly string[];
  description: ExportDescription;
}

/** Every string of a source, NFC: the PDF's text and the workbook's cells must compare equal to the API's. */
export const nfc = (text: string): string => text.normalize('NFC');

/** Built once: a NumberFormat costs far more to construct than to use, and a long table formats tens of thousands of cells. */
const VI_NUMBER = {
  integer: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }),
  percent: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
  decimal: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2, minimumFractionDigits: 2 }),
};

/** The cell as text for the PDF ("87,5 %", "12,34"), Vietnamese decimal comma. */
export function formatCell(value: ExportCell, type: ExportColumnType): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') {
    // Dates as Vietnamese read them: dd/MM/yyyy.
    if (type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)}`;
    return nfc(value);
  }
  switch (type) {
    case 'integer':
      return VI_NUMBER.integer.format(value);
    case 'percent':
      return `${VI_NUMBER.percent.format(value)} %`;
    case 'score':
    case 'number':
      return VI_NUMBER.decimal.format(value);
    default:
      return String(value);
  }
}
