import { PDF_FONT_FAMILY_NAME, pdfDocumentClass, pdfFonts } from '@ketqua/api/core';
import { describeChart, renderChartSvg } from '@ketqua/charts';
import { formatLocalTime, localMinuteOfDay, toLocalDate } from '@ketqua/domain';
import type PDFDocumentClass from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { Writable } from 'node:stream';
import { ExportColumn, ExportSource, ExportTable, formatCell, nfc } from '../export-source';
import { ExportProgress, rowsOf } from './export-progress';

type Doc = PDFKit.PDFDocument;

const MARGINS = { top: 40, bottom: 46, left: 40, right: 40 };
const GREY = '#555555';
const RULE = '#9aa5b1';
const HEADER_BG = '#dce6f1';
/** Two charts and their data lines fit one landscape A4 page. */
const CHART = { width: 560, height: 205 };
const CELL_PAD = 3;

/** Headings the PDF prints (pdftotext finds them exactly; the tests read them from here). */
export const PDF_HEADINGS = {
  summary: 'Tóm tắt kết quả',
  did: 'Khác biệt kép (DiD) của điểm bình quân',
  charts: 'Biểu đồ',
  tables: 'Bảng số liệu',
  method: 'Ghi chú phương pháp',
  rowCount: 'Số dòng',
} as const;

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottomLimit = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

function newPage(doc: Doc): void {
  doc.addPage({ size: 'A4', layout: 'landscape', margins: MARGINS });
}

function ensureSpace(doc: Doc, height: number): boolean {
  if (doc.y + height <= bottomLimit(doc)) return false;
  newPage(doc);
  return true;
}

function heading(doc: Doc, text: string, size = 15): void {
  ensureSpace(doc, size * 3);
  doc
    .font('bold')
    .fontSize(size)
    .fillColor('black')
    .text(nfc(text), doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.4);
}

/**
 * Column widths in points: a text column gets its width in characters / 10 as its share (3 by
 * default), a number column 1.3 — so a 17-column breakdown keeps its figures on one line.
 */
function columnWidths(doc: Doc, columns: readonly ExportColumn[]): number[] {
  const shares = columns.map((c) => (c.type === 'text' ? Math.min(4, (c.width ?? 30) / 10) : 1.3));
  const total = shares.reduce((a, b) => a + b, 0);
  return shares.map((s) => (s / total) * contentWidth(doc));
}

/** Wide tables print smaller so their figures fit their columns. */
const tableFontSize = (columns: number) => (columns > 10 ? 6.5 : 8);

/**
 * The height of a row: one line unless a cell's text is wider than its column (then wrapped).
 * Measuring a width reuses pdfkit's per-word layout cache; wrapping is done only where needed, since
 * laying out every cell twice (measure, then draw) was most of a long table's time and garbage.
 */
function rowHeight(doc: Doc, cells: readonly string[], widths: readonly number[]): number {
  const line = doc.currentLineHeight(true);
  let height = line;
  cells.forEach((text, i) => {
    const inner = widths[i] - 2 * CELL_PAD;
    if (doc.widthOfString(text) > inner) height = Math.max(height, doc.heightOfString(text, { width: inner }));
  });
  return height + 2 * CELL_PAD;
}

/** One row of cells, wrapped within their widths only where they do not fit; returns its height. */
function drawRow(
  doc: Doc,
  cells: readonly string[],
  widths: readonly number[],
  aligns: readonly ('left' | 'right')[],
  options: { header: boolean; size: number; height?: number },
): number {
  doc.font(options.header ? 'bold' : 'regular').fontSize(options.size);
  const height = options.height ?? rowHeight(doc, cells, widths);
  const top = doc.y;
  let x = doc.page.margins.left;
  if (options.header) doc.rect(x, top, contentWidth(doc), height).fill(HEADER_BG);
  doc.fillColor('black');
  cells.forEach((text, i) => {
    const inner = widths[i] - 2 * CELL_PAD;
    const fits = doc.widthOfString(text) <= inner;
    doc.text(text, x + CELL_PAD, top + CELL_PAD, { width: inner, align: aligns[i], lineBreak: !fits, height: fits ? undefined : height });
    x += widths[i];
  });
  doc
    .moveTo(doc.page.margins.left, top + height)
    .lineTo(doc.page.margins.left + contentWidth(doc), top + height)
    .lineWidth(options.header ? 0.8 : 0.3)
    .strokeColor(RULE)
    .stroke();
  doc.x = doc.page.margins.left;
  doc.y = top + height;
  return height;
}

/** A table with its header repeated at the top of every page it runs onto. */
async function drawTable(doc: Doc, table: ExportTable, progress: ExportProgress): Promise<void> {
  heading(doc, table.title, 12);
  doc
    .font('regular')
    .fontSize(8.5)
    .fillColor(GREY)
    .text(nfc(`${table.description ? `${table.description} · ` : ''}${PDF_HEADINGS.rowCount}: ${table.expectedRows ?? '—'}`), { width: contentWidth(doc) });
  doc.fillColor('black').moveDown(0.3);
  const widths = columnWidths(doc, table.columns);
  const aligns = table.columns.map((c) => (c.type === 'text' ? 'left' : 'right') as 'left' | 'right');
  const header = table.columns.map((c) => nfc(c.header));
  const size = tableFontSize(table.columns.length);
  doc.font('bold').fontSize(size);
  ensureSpace(doc, rowHeight(doc, header, widths) + 20);
  drawRow(doc, header, widths, aligns, { header: true, size });
  for await (const row of rowsOf(table)) {
    const cells = table.columns.map((c) => formatCell(row[c.key] ?? null, c.type));
    doc.font('regular').fontSize(size);
    const height = rowHeight(doc, cells, widths);
    if (ensureSpace(doc, height)) drawRow(doc, header, widths, aligns, { header: true, size });
    drawRow(doc, cells, widths, aligns, { header: false, size, height });
    progress.row(table);
  }
  progress.tableDone(table);
  doc.moveDown(1);
}

/**
 * The PDF report: cover, summary (headline figures and the DiD with its interval), the charts
 * (the same ChartSpec the dashboard draws, rendered to SVG by ECharts and drawn by svg-to-pdfkit
 * as vectors), the tables (header repeated on each page), the method note, and "Trang i/n" on every
 * page. DejaVu Sans embedded (subset); every string NFC.
 */
export async function writePdf(source: ExportSource, out: Writable, progress: ExportProgress, meta: { creator: string; created: Date; generatedBy: string }): Promise<void> {
  const fonts = pdfFonts('sans');
  const doc = new (pdfDocumentClass())({
    autoFirstPage: false,
    bufferPages: true,
    lang: 'vi-VN',
    displayTitle: true,
    // pdfkit takes a parsed fontkit font where its types say a file name (see core's pdf-fonts).
    font: fonts.regular as unknown as string,
    info: { Title: nfc(source.title), Author: nfc(meta.generatedBy), Creator: meta.creator, Producer: 'Ketqua (pdfkit)', CreationDate: meta.created, ModDate: meta.created },
  });
  doc.registerFont('regular', fonts.regular as unknown as Buffer);
  doc.registerFont('bold', fonts.bold as unknown as Buffer);
  doc.registerFont('italic', fonts.italic as unknown as Buffer);
  doc.pipe(out);

  // Cover
  newPage(doc);
  doc.y = 150;
  doc
    .font('bold')
    .fontSize(24)
    .text(nfc(source.title), { align: 'center', width: contentWidth(doc) });
  doc.moveDown(0.6);
  doc
    .font('regular')
    .fontSize(13)
    .fillColor(GREY)
    .text(nfc(source.subtitle), { align: 'center', width: contentWidth(doc) });
  doc.moveDown(2);
  doc.fillColor('black').fontSize(11);
  const lines = [
    ...source.description.periods.map((p) => `${p.name} (${vnDate(p.startsOn)}–${vnDate(p.endsOn)})`),
    ...(source.description.dataCutOff ? [`Chốt số liệu: ${vnDateTime(source.description.dataCutOff)}`] : []),
    `Lập lúc: ${vnDateTime(meta.created.toISOString())} · Người lập: ${meta.generatedBy}`,
  ];
  for (const line of lines) doc.text(nfc(line), { align: 'center', width: contentWidth(doc) });
  progress.step();

  // Summary
  newPage(doc);
  heading(doc, PDF_HEADINGS.summary);
  const labelWidth = contentWidth(doc) * 0.6;
  for (const f of source.headline) {
    ensureSpace(doc, 18);
    const y = doc.y;
    doc.font('regular').fontSize(10).text(nfc(f.label), doc.page.margins.left, y, { width: labelWidth });
    const after = doc.y;
    doc.font('bold').text(formatCell(f.value, f.type), doc.page.margins.left + labelWidth, y, { width: contentWidth(doc) - labelWidth, align: 'right' });
    doc.y = Math.max(after, doc.y) + 3;
  }
  if (source.did) {
    const d = source.did;
    doc.moveDown(1);
    heading(doc, PDF_HEADINGS.did, 12);
    const number = (v: number | null) => formatCell(v, 'score');
    doc
      .font('regular')
      .fontSize(10)
      .text(nfc(`${d.label}: ${number(d.estimate)} điểm (khoảng tin cậy ${Math.round(d.confidence * 100)} %: ${number(d.low)} đến ${number(d.high)}).`), {
        width: contentWidth(doc),
      });
    doc
      .fillColor(GREY)
      .fontSize(9)
      .text(nfc(d.note), { width: contentWidth(doc) })
      .fillColor('black');
  }
  progress.step();

  // Charts, two to a page
  if (source.charts.length) {
    newPage(doc);
    heading(doc, PDF_HEADINGS.charts);
    for (const spec of source.charts) {
      const width = contentWidth(doc);
      ensureSpace(doc, CHART.height + 30);
      // Drawn at its own size in points (assumePt): the SVG's pixels are the PDF's points, no scaling to guess.
      const svg = renderChartSvg(spec, CHART, { fontFamily: PDF_FONT_FAMILY_NAME.sans });
      SVGtoPDF(doc as unknown as typeof PDFDocumentClass, svg, doc.page.margins.left + (width - CHART.width) / 2, doc.y, {
        width: CHART.width,
        height: CHART.height,
        assumePt: true,
        fontCallback: (_family, bold) => (bold ? 'bold' : 'regular'),
        warningCallback: () => undefined,
      });
      doc.y += CHART.height + 4;
      // The chart's data as text (read aloud, searchable, copyable): the PDF's alternative to the picture.
      doc
        .font('italic')
        .fontSize(7.5)
        .fillColor(GREY)
        .text(nfc(describeChart(spec)), doc.page.margins.left, doc.y, { width })
        .fillColor('black');
      doc.moveDown(1);
      progress.step();
    }
  }

  // Tables
  newPage(doc);
  heading(doc, PDF_HEADINGS.tables);
  for (const table of source.tables) await drawTable(doc, table, progress);

  // Method note
  ensureSpace(doc, 120);
  heading(doc, PDF_HEADINGS.method);
  for (const paragraph of source.methodNote) {
    doc
      .font('regular')
      .fontSize(10)
      .text(nfc(paragraph), { width: contentWidth(doc), align: 'justify' });
    doc.moveDown(0.5);
  }
  progress.step();

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would start a new page: lift the margin while the footer is drawn.
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(8)
      .fillColor(GREY)
      .text(nfc(`${source.title} · Trang ${i - range.start + 1}/${range.count}`), doc.page.margins.left, doc.page.height - 28, {
        width: contentWidth(doc),
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
}

/** Parts of a PDF without rows, for the progress bar: cover, summary, each chart, the method note. */
export const pdfFixedParts = (source: ExportSource) => 3 + source.charts.length;

const vnDate = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

/** dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh (libs/domain's local time). */
function vnDateTime(iso: string): string {
  const instant = new Date(iso);
  return `${vnDate(toLocalDate(instant))} ${formatLocalTime(localMinuteOfDay(instant))}`;
}
