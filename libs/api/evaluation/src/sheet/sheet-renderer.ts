import { pdfDocumentClass } from '@ketqua/api/core';
import { nfc, SheetData } from './sheet-data';
import { sheetFonts } from './sheet-fonts';
import { DRAFT_WATERMARK, NATIONAL_MOTTO, VERIFY_HOW } from './sheet-text';

type Doc = PDFKit.PDFDocument;

/** A4 with the margins of Vietnamese administrative documents (Decree 30/2020/NĐ-CP: left 30–35 mm, others 15–25 mm). */
const MARGINS = { top: 45, bottom: 50, left: 85, right: 57 };
const GREY = '#555555';
const LINE = '#333333';

export interface TableColumn {
  header: string;
  width: number;
  align?: 'left' | 'center' | 'right';
}

/** The document every printed evaluation file starts from: fonts registered, pages buffered for the footer pass. */
function newDocument(info: { title: string; createdAt: Date }): Doc {
  const fonts = sheetFonts();
  const doc = new (pdfDocumentClass())({
    // pdfkit takes a parsed fontkit font where its types say a file name; it saves loading Helvetica's metrics per document.
    font: fonts.regular as unknown as string,
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    lang: 'vi-VN',
    displayTitle: true,
    info: { Title: info.title, Author: 'Ketqua', Creator: 'Ketqua', Producer: 'Ketqua (pdfkit)', CreationDate: info.createdAt, ModDate: info.createdAt },
  });
  // Same: parsed fonts given where the types expect a file or a buffer.
  doc.registerFont('regular', fonts.regular as unknown as Buffer);
  doc.registerFont('bold', fonts.bold as unknown as Buffer);
  doc.registerFont('italic', fonts.italic as unknown as Buffer);
  doc.font('regular').fontSize(11).fillColor('black');
  return doc;
}

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottomLimit = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page when `height` does not fit below the cursor. */
function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottomLimit(doc)) doc.addPage();
}

/** The two-column head of a Vietnamese administrative document: issuing body on the left, the national motto on the right. */
function documentHead(doc: Doc, left: { upper: string; lower: string }): void {
  const x = doc.page.margins.left;
  const top = doc.y;
  const width = contentWidth(doc);
  const leftWidth = width * 0.4;
  const rightX = x + width * 0.4;
  const rightWidth = width * 0.6;
  doc.font('regular').fontSize(10).text(left.upper.toLocaleUpperCase('vi'), x, top, { width: leftWidth, align: 'center' });
  doc.font('bold').text(left.lower.toLocaleUpperCase('vi'), x, doc.y, { width: leftWidth, align: 'center' });
  const leftBottom = doc.y;
  doc
    .moveTo(x + leftWidth * 0.3, leftBottom + 2)
    .lineTo(x + leftWidth * 0.7, leftBottom + 2)
    .lineWidth(0.6)
    .strokeColor(LINE)
    .stroke();
  doc.font('bold').fontSize(10).text(NATIONAL_MOTTO.country, rightX, top, { width: rightWidth, align: 'center' });
  doc.font('bold').fontSize(11).text(NATIONAL_MOTTO.motto, rightX, doc.y, { width: rightWidth, align: 'center' });
  const rightBottom = doc.y;
  const mottoWidth = doc.widthOfString(NATIONAL_MOTTO.motto);
  const mx = rightX + (rightWidth - mottoWidth) / 2;
  doc
    .moveTo(mx, rightBottom + 2)
    .lineTo(mx + mottoWidth, rightBottom + 2)
    .lineWidth(0.6)
    .stroke();
  doc.x = x;
  doc.y = Math.max(leftBottom, rightBottom) + 16;
}

function heading(doc: Doc, text: string): void {
  ensureSpace(doc, 40);
  doc.moveDown(0.45);
  doc
    .font('bold')
    .fontSize(11)
    .fillColor('black')
    .text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.25);
}

/** "Label: value" with the label in bold. */
function field(doc: Doc, label: string, value: string | null): void {
  doc
    .font('bold')
    .fontSize(10.5)
    .text(`${label}: `, doc.page.margins.left, doc.y, { continued: true, width: contentWidth(doc) })
    .font('regular')
    .text(value ?? '—');
}

function paragraph(doc: Doc, text: string | null, empty = '(không có)'): void {
  doc
    .font(text ? 'regular' : 'italic')
    .fontSize(10.5)
    .fillColor(text ? 'black' : GREY)
    .text(text ?? empty, doc.page.margins.left, doc.y, { width: contentWidth(doc), align: 'justify' });
  doc.fillColor('black');
}

/**
 * A ruled table drawn cell by cell (pdfkit's own table has no repeated header on page breaks): the
 * header row is repeated on each new page, and a row taller than what is left moves to the next one.
 */
export function table(doc: Doc, columns: TableColumn[], rows: { cells: string[]; bold?: boolean; note?: string }[], fontSize = 9.5): void {
  const x0 = doc.page.margins.left;
  const padding = 3;
  const totalWidth = columns.reduce((s, c) => s + c.width, 0);
  const scale = contentWidth(doc) / totalWidth;
  const widths = columns.map((c) => c.width * scale);
  const rowHeight = (cells: string[], font: string) => {
    doc.font(font).fontSize(fontSize);
    return Math.max(...cells.map((cell, i) => doc.heightOfString(cell || ' ', { width: widths[i] - 2 * padding }))) + 2 * padding;
  };
  const drawRow = (cells: string[], font: string, fill: string | null) => {
    const h = rowHeight(cells, font);
    const y = doc.y;
    let x = x0;
    if (fill) doc.rect(x0, y, contentWidth(doc), h).fillColor(fill).fill();
    doc.fillColor('black').font(font).fontSize(fontSize);
    cells.forEach((cell, i) => {
      doc.text(cell, x + padding, y + padding, { width: widths[i] - 2 * padding, align: columns[i].align ?? 'left' });
      doc.rect(x, y, widths[i], h).lineWidth(0.5).strokeColor(LINE).stroke();
      x += widths[i];
    });
    doc.x = x0;
    doc.y = y + h;
  };
  const header = columns.map((c) => c.header);
  const headerHeight = rowHeight(header, 'bold');
  ensureSpace(doc, headerHeight + 20);
  drawRow(header, 'bold', '#eeeeee');
  for (const row of rows) {
    const font = row.bold ? 'bold' : 'regular';
    doc.font('italic').fontSize(fontSize - 0.5);
    const noteHeight = row.note ? doc.heightOfString(row.note, { width: contentWidth(doc) - 2 * padding }) + 2 * padding : 0;
    if (doc.y + rowHeight(row.cells, font) + noteHeight > bottomLimit(doc)) {
      doc.addPage();
      drawRow(header, 'bold', '#eeeeee');
    }
    drawRow(row.cells, font, null);
    if (row.note) {
      const y = doc.y;
      doc
        .font('italic')
        .fontSize(fontSize - 0.5)
        .fillColor('#222222');
      const h = doc.heightOfString(row.note, { width: contentWidth(doc) - 2 * padding }) + 2 * padding;
      doc.text(row.note, x0 + padding, y + padding, { width: contentWidth(doc) - 2 * padding });
      doc.rect(x0, y, contentWidth(doc), h).lineWidth(0.5).strokeColor(LINE).stroke();
      doc.fillColor('black');
      doc.x = x0;
      doc.y = y + h;
    }
  }
  doc.font('regular').fontSize(11);
  doc.moveDown(0.3);
}

/** Three signature columns side by side, each "(Ký, ghi rõ họ tên)" with space to sign and the name under it. */
function signatures(doc: Doc, blocks: { title: string; name: string | null; note: string | null }[]): void {
  ensureSpace(doc, 115);
  const x0 = doc.page.margins.left;
  const w = contentWidth(doc) / blocks.length;
  const top = doc.y + 4;
  let bottom = top;
  blocks.forEach((b, i) => {
    const x = x0 + i * w;
    doc.font('bold').fontSize(9.5).text(b.title, x, top, { width: w, align: 'center' });
    doc.font('italic').fontSize(9.5).text('(Ký, ghi rõ họ tên)', x, doc.y, { width: w, align: 'center' });
    if (b.note)
      doc
        .font('italic')
        .fontSize(9)
        .fillColor(GREY)
        .text(b.note, x + 4, doc.y, { width: w - 8, align: 'center' })
        .fillColor('black');
    doc
      .font('bold')
      .fontSize(10.5)
      .text(b.name ?? ' ', x, top + 78, { width: w, align: 'center' });
    bottom = Math.max(bottom, doc.y);
  });
  doc.x = x0;
  doc.y = bottom + 10;
}

/** Footer (and the draft watermark) on every buffered page, then the document is finished. */
function finish(doc: Doc, footer: string, draft: boolean): Doc {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    // Writing inside the bottom margin would start a new page: lift the margin while the footer is drawn.
    doc.page.margins.bottom = 0;
    if (draft) {
      doc.save();
      doc.rotate(-35, { origin: [doc.page.width / 2, doc.page.height / 2] });
      doc
        .font('bold')
        .fontSize(88)
        .fillColor('#cc0000')
        .fillOpacity(0.13)
        .text(DRAFT_WATERMARK, 0, doc.page.height / 2 - 50, { width: doc.page.width, align: 'center', lineBreak: false });
      doc.restore();
      doc.fillOpacity(1);
    }
    doc
      .font('regular')
      .fontSize(8)
      .fillColor(GREY)
      .text(`${footer} · Trang ${i - range.start + 1}/${range.count}`, doc.page.margins.left, doc.page.height - 32, {
        width: contentWidth(doc),
        align: 'center',
        lineBreak: false,
      });
    doc.fillColor('black');
    doc.page.margins.bottom = bottomMargin;
  }
  doc.end();
  return doc;
}

/**
 * The printed evaluation sheet (phiếu đánh giá, xếp loại chất lượng): the document head, the
 * official, the self-assessment, the general sub-criteria (self and evaluator points), the task
 * results, the total and the grade with its reason, the evaluator's comment, the signature blocks,
 * the verification code, and the receipt as an annex. Returns the pdfkit stream, already ended:
 * pipe it to a response or into a ZIP entry. Every text is NFC-normalised here, whatever the caller did.
 */
export function renderSheet(input: SheetData, createdAt: Date): Doc {
  const data = nfc(input);
  const doc = newDocument({ title: `${data.title} — ${data.officialName} — ${data.periodName}`, createdAt });
  documentHead(doc, { upper: data.agencyName, lower: data.unitName });

  doc.font('bold').fontSize(14).text(data.title, { align: 'center' });
  doc.font('regular').fontSize(11.5).text(`Kỳ đánh giá: ${data.periodName} (${data.periodRange})`, { align: 'center' });
  doc.font('italic').fontSize(10).fillColor(GREY).text(`Trạng thái: ${data.status} · Lần công bố/phiên bản: ${data.revision}`, { align: 'center' }).fillColor('black');
  doc.moveDown(0.4);
  const boxTop = doc.y + 4;
  const x0 = doc.page.margins.left;
  doc
    .font('bold')
    .fontSize(9.5)
    .text(data.verificationCode ? `Mã xác minh: ${data.verificationCode}` : 'Mã xác minh: chưa có (phiếu chưa công bố)', x0 + 6, boxTop + 5, {
      width: contentWidth(doc) - 12,
    });
  doc
    .font('regular')
    .fontSize(8)
    .text(VERIFY_HOW, x0 + 6, doc.y + 1, { width: contentWidth(doc) - 12 });
  doc
    .rect(x0, boxTop, contentWidth(doc), doc.y - boxTop + 5)
    .lineWidth(0.6)
    .strokeColor(LINE)
    .stroke();
  doc.x = x0;
  doc.y += 12;

  field(doc, 'Họ và tên', data.officialName);
  field(doc, 'Chức vụ, chức danh', data.positionName);
  field(doc, 'Đơn vị công tác', `${data.unitName} — ${data.agencyName}`);
  field(doc, 'Đối tượng áp dụng', data.regime);

  heading(doc, 'I. KẾT QUẢ TỰ ĐÁNH GIÁ');
  paragraph(doc, data.selfAssessmentText, '(Chưa có bản tự đánh giá)');
  field(doc, 'Tự đề xuất mức xếp loại', data.proposedGrade);

  if (data.general.length) {
    heading(doc, 'II. TIÊU CHÍ CHUNG (tối đa 30 điểm)');
    table(
      doc,
      [
        { header: 'Tiêu chí', width: 52 },
        { header: 'Tối đa', width: 12, align: 'center' },
        { header: 'Tự chấm', width: 14, align: 'center' },
        { header: 'Người đánh giá chấm', width: 22, align: 'center' },
      ],
      [
        ...data.general.map((c) => ({ cells: [c.label, c.maxPoints, c.selfPoints ?? '—', c.headPoints ?? '—'] })),
        { cells: ['Cộng tiêu chí chung', '30', '', data.generalPoints ?? '—'], bold: true },
      ],
    );
  }

  heading(doc, data.general.length ? 'III. KẾT QUẢ THỰC HIỆN NHIỆM VỤ' : 'II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ');
  if (data.vienChuc) paragraph(doc, data.vienChuc);
  else {
    field(doc, 'Tỷ lệ kết quả nhiệm vụ', data.taskPercent);
    field(doc, 'Điểm kết quả nhiệm vụ (tối đa 70)', data.taskPoints);
  }
  if (data.leaderComponent) paragraph(doc, data.leaderComponent);
  doc.font('italic').fontSize(9.5).fillColor(GREY).text('Chi tiết từng nhiệm vụ, khấu trừ và miễn trừ: xem Phụ lục.', doc.page.margins.left).fillColor('black');

  heading(doc, data.general.length ? 'IV. TỔNG ĐIỂM VÀ XẾP LOẠI' : 'III. XẾP LOẠI');
  if (data.general.length) field(doc, 'Tổng điểm', data.score === null ? null : `${data.score}/100`);
  field(doc, 'Mức theo kết quả tính', data.computedGrade);
  field(doc, 'XẾP LOẠI CHẤT LƯỢNG', data.grade);
  if (data.gradeReason) paragraph(doc, data.gradeReason);

  heading(doc, data.general.length ? 'V. NHẬN XÉT CỦA NGƯỜI ĐÁNH GIÁ' : 'IV. NHẬN XÉT CỦA NGƯỜI ĐÁNH GIÁ');
  paragraph(doc, data.headComment, '(Chưa có nhận xét)');

  doc.moveDown(0.4);
  ensureSpace(doc, 130);
  doc
    .font('italic')
    .fontSize(10.5)
    .text(data.dateLine, doc.page.margins.left, doc.y, { width: contentWidth(doc), align: 'right' });
  signatures(doc, [data.signatures.self, data.signatures.evaluator, data.signatures.approver]);

  annex(doc, data);
  const footer = `${data.title.replace('PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG', 'Phiếu đánh giá')} · ${data.officialName} · ${data.periodName}${data.verificationCode ? ` · Mã ${data.verificationCode}` : ''}`;
  return finish(doc, footer, data.draft);
}

/** The annex: the receipt of the task score, every assignment counted with its percentages, deductions and waivers. */
function annex(doc: Doc, data: SheetData): void {
  doc.addPage();
  doc.font('bold').fontSize(12.5).text('PHỤ LỤC: BIÊN NHẬN CÁCH TÍNH KẾT QUẢ NHIỆM VỤ', { align: 'center' });
  doc.font('regular').fontSize(10.5).text(`${data.officialName} · ${data.periodName}`, { align: 'center' });
  doc.moveDown(0.6);
  if (!data.annex.lines.length) paragraph(doc, null, 'Không có nhiệm vụ nào được tính trong kỳ.');
  else {
    table(
      doc,
      [
        { header: 'TT', width: 5, align: 'center' },
        { header: 'Nhiệm vụ (văn bản giao)', width: 34 },
        { header: 'Hạn', width: 14, align: 'center' },
        { header: 'Sản phẩm quy đổi (đạt/giao)', width: 14, align: 'center' },
        { header: 'Số lượng', width: 11, align: 'center' },
        { header: 'Chất lượng', width: 11, align: 'center' },
        { header: 'Tiến độ', width: 11, align: 'center' },
      ],
      data.annex.lines.map((l, i) => ({
        cells: [String(i + 1), l.sourceDocument ? `${l.title} (${l.sourceDocument})` : l.title, l.deadline, l.units, l.quantity, l.quality, l.progress],
        note: l.deductions.length
          ? l.deductions.map((d) => `${d.label}: ${d.points} điểm${d.waiver ? ` — miễn trừ, nguyên nhân khách quan: ${d.waiver}` : ''}`).join('\n')
          : undefined,
      })),
    );
  }
  heading(doc, 'Công thức kết hợp');
  paragraph(doc, data.annex.formula);
  heading(doc, 'Làm tròn');
  paragraph(doc, data.annex.rounding);
  heading(doc, 'Bộ quy tắc áp dụng');
  paragraph(doc, `Phiên bản ${data.annex.ruleSetVersion}. Các số trên phiếu được tính lại từ dữ liệu đã chốt với đúng phiên bản này.`);
}

/** One row of the unit summary. */
export interface UnitSummaryRow {
  officialName: string;
  positionName: string | null;
  score: string | null;
  grade: string | null;
  status: string;
}

export interface UnitSummaryData {
  agencyName: string;
  unitName: string;
  periodName: string;
  periodRange: string;
  rows: UnitSummaryRow[];
  /** Grade label → count, in the order printed (the four grades, not classified, not yet graded). */
  totals: { label: string; count: number }[];
  dateLine: string;
}

/** The unit's summary table for a period (bảng tổng hợp kết quả đánh giá, xếp loại): one line per official, totals per grade. */
export function renderUnitSummary(input: UnitSummaryData, createdAt: Date): Doc {
  const data = nfc(input);
  const title = 'BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG';
  const doc = newDocument({ title: `${title} — ${data.unitName} — ${data.periodName}`, createdAt });
  documentHead(doc, { upper: data.agencyName, lower: data.unitName });
  doc.font('bold').fontSize(13.5).text(title, { align: 'center' });
  doc.font('regular').fontSize(11.5).text(`Đơn vị: ${data.unitName} · Kỳ đánh giá: ${data.periodName} (${data.periodRange})`, { align: 'center' });
  doc.moveDown(0.8);
  table(
    doc,
    [
      { header: 'TT', width: 5, align: 'center' },
      { header: 'Họ và tên', width: 24 },
      { header: 'Chức vụ, chức danh', width: 16 },
      { header: 'Tổng điểm', width: 10, align: 'center' },
      { header: 'Xếp loại', width: 27 },
      { header: 'Trạng thái', width: 18 },
    ],
    data.rows.map((r, i) => ({ cells: [String(i + 1), r.officialName, r.positionName ?? '—', r.score ?? '—', r.grade ?? 'Chưa xếp loại', r.status] })),
  );
  heading(doc, 'Tổng hợp theo mức xếp loại');
  table(
    doc,
    [
      { header: 'Mức xếp loại', width: 70 },
      { header: 'Số người', width: 15, align: 'center' },
      { header: 'Tỷ lệ', width: 15, align: 'center' },
    ],
    [
      ...data.totals.map((t) => ({
        cells: [t.label, String(t.count), data.rows.length ? `${Math.floor((t.count * 10000) / data.rows.length) / 100}%` : '—'],
      })),
      { cells: ['Tổng số', String(data.rows.length), data.rows.length ? '100%' : '—'], bold: true },
    ],
  );
  doc.moveDown(0.6);
  ensureSpace(doc, 150);
  doc
    .font('italic')
    .fontSize(11)
    .text(data.dateLine, doc.page.margins.left, doc.y, { width: contentWidth(doc), align: 'right' });
  signatures(doc, [
    { title: 'NGƯỜI LẬP BẢNG', name: null, note: null },
    { title: 'THỦ TRƯỞNG ĐƠN VỊ', name: null, note: null },
  ]);
  return finish(doc, `Bảng tổng hợp · ${data.unitName} · ${data.periodName}`, false);
}

/** The whole PDF in memory: for one download, the tests and the bench (a ZIP streams instead). */
export function toBuffer(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
