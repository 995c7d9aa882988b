import { NATIONAL_MOTTO, pdfBytesForSigning, pdfDocumentClass, pdfFonts } from '@ketqua/api/core';
import { formatLocalDate, formatLocalDateTime, toLocalDate } from '@ketqua/domain';
import { WEEKDAY_TEXT } from '../shared/weekdays';

/** What the commitment PDF prints: the version the official accepted, who they are, the arrangement asked for. */
export interface CommitmentDocument {
  documentId: string;
  agencyName: string;
  unitName: string;
  officialName: string;
  positionName: string | null;
  pilotName: string;
  commitmentVersion: number;
  commitmentTitle: string;
  commitmentBody: string;
  acceptedAt: Date;
  weekdays: number[];
  startDate: string;
  endDate: string;
  enrollmentId: string;
}

const nfc = (s: string) => s.normalize('NFC');
const MARGINS = { top: 45, bottom: 50, left: 85, right: 57 };

/**
 * The official's commitment (bản cam kết) as an A4 administrative document in DejaVu Serif (core's
 * PDF fonts: every Vietnamese letter). Everything printed comes from the enrollment, the text
 * version it accepted and the time of acceptance (also the PDF's creation date), so the same
 * enrollment renders the same bytes every time: the document id and its SHA-256 are stable.
 * The bytes end at `%%EOF` for a signing tool's incremental update (pdfBytesForSigning).
 */
export function renderCommitmentPdf(d: CommitmentDocument): Promise<Buffer> {
  const fonts = pdfFonts('serif');
  const doc = new (pdfDocumentClass())({
    font: fonts.regular as unknown as string,
    size: 'A4',
    margins: MARGINS,
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: nfc(`Bản cam kết làm việc tại nhà — ${d.officialName}`),
      Subject: d.documentId,
      Author: 'Ketqua',
      Creator: 'Ketqua',
      Producer: 'Ketqua (pdfkit)',
      CreationDate: d.acceptedAt,
      ModDate: d.acceptedAt,
    },
  });
  doc.registerFont('regular', fonts.regular as unknown as Buffer);
  doc.registerFont('bold', fonts.bold as unknown as Buffer);
  doc.registerFont('italic', fonts.italic as unknown as Buffer);
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  const x = MARGINS.left;

  // The head: the agency and unit on the left, the national motto on the right.
  const top = doc.y;
  doc
    .font('regular')
    .fontSize(10)
    .text(nfc(d.agencyName).toLocaleUpperCase('vi'), x, top, { width: width * 0.4, align: 'center' });
  doc.font('bold').text(nfc(d.unitName).toLocaleUpperCase('vi'), x, doc.y, { width: width * 0.4, align: 'center' });
  const leftBottom = doc.y;
  doc
    .font('bold')
    .fontSize(10)
    .text(NATIONAL_MOTTO.country, x + width * 0.4, top, { width: width * 0.6, align: 'center' });
  doc
    .font('bold')
    .fontSize(11)
    .text(NATIONAL_MOTTO.motto, x + width * 0.4, doc.y, { width: width * 0.6, align: 'center' });
  doc.x = x;
  doc.y = Math.max(leftBottom, doc.y) + 24;

  doc.font('bold').fontSize(14).text('BẢN CAM KẾT LÀM VIỆC TẠI NHÀ', { width, align: 'center' });
  doc
    .font('italic')
    .fontSize(10)
    .text(nfc(`${d.commitmentTitle} — phiên bản ${d.commitmentVersion}`), { width, align: 'center' });
  doc.moveDown(1.2);

  const line = (label: string, value: string) => {
    doc.font('bold').fontSize(11).text(`${label}: `, { continued: true, width });
    doc.font('regular').text(nfc(value));
  };
  line('Họ và tên', d.officialName);
  line('Vị trí việc làm', d.positionName ?? '—');
  line('Đơn vị', `${d.unitName}, ${d.agencyName}`);
  line('Đề án thí điểm', d.pilotName);
  line('Ngày làm việc tại nhà', d.weekdays.map((w) => WEEKDAY_TEXT[w].vi).join(', '));
  line('Thời gian', `từ ${formatLocalDate(d.startDate)} đến ${formatLocalDate(d.endDate)}`);
  line('Đã chấp nhận cam kết lúc', formatLocalDateTime(d.acceptedAt));
  doc.moveDown(0.8);

  doc.font('bold').text('Nội dung cam kết', { width });
  doc.moveDown(0.3);
  doc.font('regular').fontSize(11).text(nfc(d.commitmentBody), { width, align: 'justify', lineGap: 2 });
  doc.moveDown(1.5);

  const [y, m, day] = toLocalDate(d.acceptedAt).split('-');
  doc.font('italic').text(`Ngày ${day} tháng ${m} năm ${y}`, x + width * 0.5, doc.y, { width: width * 0.5, align: 'center' });
  doc.font('bold').text('NGƯỜI CAM KẾT', x + width * 0.5, doc.y, { width: width * 0.5, align: 'center' });
  doc
    .font('italic')
    .fontSize(9)
    .text('(Ký số)', x + width * 0.5, doc.y, { width: width * 0.5, align: 'center' });
  doc.moveDown(2.5);
  doc
    .font('bold')
    .fontSize(11)
    .text(nfc(d.officialName), x + width * 0.5, doc.y, { width: width * 0.5, align: 'center' });

  doc.x = x;
  doc.moveDown(3);
  doc
    .font('regular')
    .fontSize(8.5)
    .fillColor('#555555')
    .text(`Mã văn bản: ${d.documentId} · Mã đăng ký: ${d.enrollmentId}`, x, doc.y, { width })
    .text('Văn bản do Ketqua xuất để công chức ký số; Ketqua lưu mã SHA-256 của bản xuất để kiểm tra nội dung không bị thay đổi khi nhận bản đã ký.', { width });
  doc.end();
  return pdfBytesForSigning(doc as unknown as AsyncIterable<Buffer>);
}
