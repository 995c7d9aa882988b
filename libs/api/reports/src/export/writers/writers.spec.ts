import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { CHART_PALETTE } from '@ketqua/charts';
import { ExportSource } from '../export-source';
import { fixtureExportSource } from '../fixtures/fixture-export-source';
import { HashingFile } from '@ketqua/api/core';
import { pdfText, pixelsNear, renderPdfPage, zipEntries, zipEntry } from '../testing/file-checks';
import { csvFileName, writeCsvZip } from './csv-writer';
import { ExportProgress } from './export-progress';
import { PDF_HEADINGS, pdfFixedParts, writePdf } from './pdf-writer';
import { SUMMARY_SHEET, writeXlsx, XLSX_HEADER_ROW } from './xlsx-writer';

const meta = { creator: 'Ketqua', created: new Date('2026-04-06T03:00:00Z'), generatedBy: 'Nguyễn Thị Nhân Sự <hr@demo.ketqua.vn>' };

describe('export writers (fixture source, files read back with the tools a reader has)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ketqua-export-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function write(kind: 'xlsx' | 'csv' | 'pdf', source: ExportSource = fixtureExportSource()) {
    const path = join(dir, `${kind}-${Math.random().toString(36).slice(2)}`);
    const file = new HashingFile(path);
    const seen: number[] = [];
    const progress = new ExportProgress(source, (f) => seen.push(f), kind === 'pdf' ? pdfFixedParts(source) : 1);
    const done = finished(file);
    done.catch(() => undefined);
    if (kind === 'xlsx') await writeXlsx(source, file, progress, meta);
    else if (kind === 'csv') await writeCsvZip(source, file, progress, meta);
    else await writePdf(source, file, progress, meta);
    await done;
    return { path, sha256: file.digest(), bytes: file.bytes, seen, rowCounts: progress.rowCounts };
  }

  it('XLSX: a summary sheet, one sheet per breakdown with its row count, frozen headers, filters, formats — and the values read back equal the source', async () => {
    const source = fixtureExportSource();
    const { path, rowCounts, seen, bytes, sha256 } = await write('xlsx', source);
    expect(bytes).toBe(readFileSync(path).length);
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(rowCounts).toEqual({ 'by-agency': 3, 'by-unit': 120, 'data-quality': 2 });
    expect(seen.every((f, i) => f >= (seen[i - 1] ?? 0) && f < 1)).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    expect(book.worksheets.map((s) => s.name)).toEqual([SUMMARY_SHEET, 'Theo cơ quan', 'Theo đơn vị', 'Chất lượng dữ liệu']);
    const summary = book.getWorksheet(SUMMARY_SHEET)!;
    expect(summary.getCell('A1').value).toBe('Báo cáo đánh giá thí điểm làm việc tại nhà');
    const didRow = summary.getColumn(1).values.findIndex((v) => v === 'Khác biệt kép của điểm bình quân');
    expect(summary.getRow(didRow).values).toEqual([undefined, 'Khác biệt kép của điểm bình quân', 2.14, 0.52, 3.87, 0.95]);

    const agency = book.getWorksheet('Theo cơ quan')!;
    expect(agency.getCell('A2').value).toBe('Số dòng dữ liệu: 3');
    expect(agency.getRow(XLSX_HEADER_ROW).values).toEqual([undefined, 'Cơ quan', 'Nhóm', 'Số công chức', 'Tỷ lệ hoàn thành', 'Tỷ lệ đúng hạn', 'Điểm bình quân', 'Khác biệt kép']);
    expect(agency.getRow(XLSX_HEADER_ROW + 1).values).toEqual([undefined, 'Sở Nội vụ', 'Tại nhà', 42, 0.9125, 0.881, 87.456, 2.31]);
    expect(agency.getCell(XLSX_HEADER_ROW + 1, 4).numFmt).toBe('0.0%');
    expect(agency.getCell(XLSX_HEADER_ROW + 1, 3).numFmt).toBe('#,##0');
    expect(agency.getRow(XLSX_HEADER_ROW + 2).getCell(7).value).toBeNull();
    expect(agency.views[0]).toMatchObject({ state: 'frozen', ySplit: XLSX_HEADER_ROW });
    expect(agency.autoFilter).toBe(`A${XLSX_HEADER_ROW}:G${XLSX_HEADER_ROW + 3}`);
    const unit = book.getWorksheet('Theo đơn vị')!;
    expect(unit.actualRowCount).toBe(XLSX_HEADER_ROW - 1 + 1 + 120 - 1); // row 3 (the absent description) is empty
    expect(unit.getCell(XLSX_HEADER_ROW + 1, 8).value).toEqual(new Date('2026-01-01T00:00:00Z'));
  });

  it('a table shorter than it promised fails the file (a sheet never silently shrinks)', async () => {
    await expect(write('xlsx', fixtureExportSource({ shortBy: 1 }))).rejects.toThrow(/by-unit: 119 rows written, 120 promised/);
    await expect(write('csv', fixtureExportSource({ shortBy: 1 }))).rejects.toThrow(/by-unit: 119 rows written, 120 promised/);
  });

  it('CSV: a ZIP of one UTF-8 file with BOM per breakdown (and the summary), with the right row counts', async () => {
    const { path } = await write('csv');
    expect(await zipEntries(path)).toEqual([csvFileName(1, 'tong-hop'), csvFileName(2, 'by-agency'), csvFileName(3, 'by-unit'), csvFileName(4, 'data-quality')]);
    const agency = await zipEntry(path, csvFileName(2, 'by-agency'));
    expect([...agency.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records: string[][] = parse(agency.subarray(3).toString('utf8'));
    expect(records[0]).toEqual(['Cơ quan', 'Nhóm', 'Số công chức', 'Tỷ lệ hoàn thành (%)', 'Tỷ lệ đúng hạn (%)', 'Điểm bình quân', 'Khác biệt kép']);
    expect(records.slice(1)).toEqual([
      ['Sở Nội vụ', 'Tại nhà', '42', '91.25', '88.1', '87.456', '2.31'],
      ['Sở Nội vụ', 'Tại cơ quan', '57', '89.5', '86.4', '85.02', ''],
      ['Sở Tư pháp', 'Tại nhà', '18', '93', '90.75', '88.9', '1.05'],
    ]);
    const unit = await zipEntry(path, csvFileName(3, 'by-unit'));
    expect(parse(unit.subarray(3).toString('utf8')).length).toBe(1 + 120);
    expect(unit.toString('utf8').normalize('NFC')).toBe(unit.toString('utf8'));
  });

  it('PDF: the headings in Vietnamese found exactly by pdftotext, a chart drawn on the charts page, page numbers', async () => {
    const { path } = await write('pdf');
    if (process.env['KEEP_EXPORT_PDF']) require('node:fs').copyFileSync(path, process.env['KEEP_EXPORT_PDF']);
    const text = await pdfText(path);
    for (const heading of [
      ...Object.values(PDF_HEADINGS).filter((h) => h !== PDF_HEADINGS.rowCount),
      'Báo cáo đánh giá thí điểm làm việc tại nhà',
      'Theo đơn vị',
      'Xu hướng trước thí điểm',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toMatch(/Trang 1\/\d+/);
    // The unit table runs onto further pages, each starting with the header again.
    const headerRepeats = text.split('\f').filter((page) => page.includes('Phòng Tổ chức') && page.includes('Số nhiệm vụ')).length;
    expect(headerRepeats).toBeGreaterThanOrEqual(2);
    const page = await renderPdfPage(path, 3, { png: join(dir, 'charts.png') });
    const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
    // The first series' colour in the chart's area (below the heading): the lines and bars are drawn.
    expect(pixelsNear(page, hex(CHART_PALETTE[0]), { x0: 0.15, y0: 0.1, x1: 0.85, y1: 1 })).toBeGreaterThan(200);
    expect(pixelsNear(page, hex(CHART_PALETTE[1]), { x0: 0.15, y0: 0.1, x1: 0.85, y1: 1 })).toBeGreaterThan(200);
  });
});
