import { Writable } from 'node:stream';
import { ExportCell, ExportColumn, ExportColumnType, ExportSource, nfc } from '../export-source';
import { ExportProgress, rowsOf } from './export-progress';
import { SpreadsheetCell, streamingSpreadsheet } from './spreadsheet';

/** Excel formats by column type (Excel shows them with the reader's separators: "1.234,5" in Vietnamese). */
const NUM_FMT: Record<ExportColumnType, string | undefined> = {
  text: undefined,
  integer: '#,##0',
  number: '#,##0.00',
  score: '0.00',
  percent: '0.0%',
  date: 'dd/mm/yyyy',
};

const WIDTH: Record<ExportColumnType, number> = { text: 32, integer: 12, number: 14, score: 12, percent: 12, date: 12 };

/** Rows above a breakdown's data: title, "Số dòng dữ liệu: N", description, the header. */
export const XLSX_HEADER_ROW = 4;
export const SUMMARY_SHEET = 'Tổng hợp';

/** A cell as Excel stores it: percents as fractions (0.875 shown 87,5 %), dates as dates. */
export function xlsxValue(value: ExportCell, type: ExportColumnType): SpreadsheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : nfc(value);
  // toPrecision(15): 88.1 / 100 is stored 0.881, not 0.8809999999999999.
  return type === 'percent' ? Number((value / 100).toPrecision(15)) : value;
}

/** Excel's sheet names: ≤ 31 characters, none of []:*?/\, unique (case-insensitive). */
export function sheetNames(titles: readonly string[]): string[] {
  const used = new Set<string>([SUMMARY_SHEET.toLowerCase()]);
  return titles.map((title) => {
    const base =
      nfc(title)
        .replace(/[[\]:*?/\\]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 31) || 'Sheet';
    let name = base;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/**
 * The workbook: a summary sheet (title, headline figures, the DiD with its interval, the sheets with
 * their row counts, periods and cut-off), then one sheet per breakdown with Vietnamese headers,
 * number and percent formats, frozen header rows and an auto-filter; each states its row count
 * (the source's promise, checked when the sheet ends, so the stated count is the written count).
 */
export async function writeXlsx(source: ExportSource, out: Writable, progress: ExportProgress, meta: { creator: string; created: Date }): Promise<void> {
  const book = streamingSpreadsheet(out, { title: nfc(source.title), creator: meta.creator, created: meta.created });
  const names = sheetNames(source.tables.map((t) => t.title));

  const summary = book.addSheet(SUMMARY_SHEET, { columns: [{ width: 58 }, { width: 16 }, { width: 16 }, { width: 16 }, { width: 16 }], frozenRows: 2 });
  summary.addRow([nfc(source.title)], { bold: true });
  summary.addRow([nfc(source.subtitle)]);
  summary.addRow([]);
  summary.addRow(['Chỉ số chính', 'Giá trị'], { bold: true, fill: true });
  for (const f of source.headline) summary.addRow([nfc(f.label), xlsxValue(f.value, f.type)], { numFmts: [undefined, NUM_FMT[f.type]] });
  if (source.did) {
    const d = source.did;
    summary.addRow([]);
    summary.addRow(['Khác biệt kép (DiD)', 'Ước lượng', 'Cận dưới', 'Cận trên', 'Độ tin cậy'], { bold: true, fill: true });
    summary.addRow([nfc(d.label), d.estimate, d.low, d.high, d.confidence], { numFmts: [undefined, '0.00', '0.00', '0.00', '0%'] });
    summary.addRow([nfc(d.note)], { wrap: false });
  }
  summary.addRow([]);
  summary.addRow(['Trang', 'Số dòng'], { bold: true, fill: true });
  source.tables.forEach((t, i) => summary.addRow([names[i], t.expectedRows ?? null], { numFmts: [undefined, '#,##0'] }));
  summary.addRow([]);
  summary.addRow(['Kỳ', 'Từ ngày', 'Đến ngày'], { bold: true, fill: true });
  for (const p of source.description.periods) {
    summary.addRow([nfc(p.name), xlsxValue(p.startsOn, 'date'), xlsxValue(p.endsOn, 'date')], {
      numFmts: [undefined, NUM_FMT.date, NUM_FMT.date],
    });
  }
  if (source.description.dataCutOff) summary.addRow(['Chốt số liệu', new Date(source.description.dataCutOff)], { numFmts: [undefined, 'dd/mm/yyyy hh:mm'] });
  await summary.commit();
  progress.step();

  for (const [i, table] of source.tables.entries()) {
    const columns = table.columns;
    const sheet = book.addSheet(names[i], {
      columns: columns.map((c: ExportColumn) => ({ width: c.width ?? Math.max(WIDTH[c.type], Math.min(40, nfc(c.header).length + 2)), numFmt: NUM_FMT[c.type] })),
      frozenRows: XLSX_HEADER_ROW,
    });
    sheet.addRow([nfc(table.title)], { bold: true, numFmts: [undefined] });
    sheet.addRow([`Số dòng dữ liệu: ${table.expectedRows ?? '—'}`], { numFmts: [undefined] });
    sheet.addRow([table.description ? nfc(table.description) : null], { numFmts: [undefined] });
    sheet.addRow(
      columns.map((c) => nfc(c.header)),
      { bold: true, fill: true, wrap: true, numFmts: columns.map(() => '@') },
    );
    for await (const row of rowsOf(table)) {
      sheet.addRow(columns.map((c) => xlsxValue(row[c.key] ?? null, c.type)));
      progress.row(table);
    }
    progress.tableDone(table);
    sheet.setAutoFilter(XLSX_HEADER_ROW, XLSX_HEADER_ROW + progress.rowCounts[table.key], columns.length);
    await sheet.commit();
  }
  await book.finish();
}
