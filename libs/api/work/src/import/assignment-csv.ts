import { isLocalDate, localDateTimeToInstant } from '@ketqua/domain';
import { LineProblem, readCsvRecords } from '@ketqua/api/core';

/**
 * The document-management system's export (PRODUCT.md 6), one assignment per line. Headers are
 * matched without accents or case, in English or as the document system writes them in Vietnamese.
 */
export const COLUMNS = {
  document_number: ['document_number', 'so_ky_hieu', 'so_van_ban'],
  title: ['title', 'trich_yeu', 'tieu_de', 'noi_dung'],
  assignee_email: ['assignee_email', 'email', 'email_nguoi_thuc_hien', 'nguoi_thuc_hien'],
  catalogue_code: ['catalogue_code', 'ma_san_pham', 'ma_danh_muc'],
  quantity: ['quantity', 'so_luong'],
  deadline: ['deadline', 'han_xu_ly', 'han'],
  description: ['description', 'mo_ta', 'ghi_chu'],
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: Column[] = ['title', 'assignee_email', 'quantity', 'deadline'];
export const MAX_IMPORT_LINES = 2000;

export interface AssignmentCsvRow {
  line: number;
  documentNumber: string | null;
  title: string;
  email: string;
  catalogueCode: string | null;
  quantity: number;
  deadline: Date;
  description: string;
}

const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$|^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** dd/MM/yyyy [HH:mm] or yyyy-MM-dd [HH:mm] in Asia/Ho_Chi_Minh; without a time, 17:00 (end of the working day). */
export function parseDeadline(text: string): Date | null {
  const m = DATE.exec(text.trim());
  if (!m) return null;
  const [day, month, year, hour, minute] = m[1] ? [+m[1], +m[2], +m[3], m[4] ? +m[4] : 17, m[5] ? +m[5] : 0] : [+m[8], +m[7], +m[6], m[9] ? +m[9] : 17, m[10] ? +m[10] : 0];
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isLocalDate(date) || hour > 23 || minute > 59) return null;
  return localDateTimeToInstant(date, hour * 60 + minute);
}

/** Format checks of every line on its own; database checks follow in the service. The header is line 1. */
export function parseAssignmentsCsv(csv: string): { rows: AssignmentCsvRow[]; problems: LineProblem[] } {
  const read = readCsvRecords(csv, { columns: COLUMNS, required: REQUIRED, maxLines: MAX_IMPORT_LINES });
  if (read.problems.length) return { rows: [], problems: read.problems };
  const { records } = read;
  const problems: LineProblem[] = [];
  const rows: AssignmentCsvRow[] = [];
  for (const { record, info } of records) {
    const line = info.lines;
    const bad = (column: string, vi: string, en: string) => problems.push({ line, column, vi, en });
    const title = (record['title'] ?? '').replace(/\s+/g, ' ');
    if (title.length < 3 || title.length > 300) bad('title', 'trích yếu phải có từ 3 đến 300 ký tự', 'the title must have 3 to 300 characters');
    const email = (record['assignee_email'] ?? '').toLowerCase();
    if (!EMAIL.test(email)) bad('assignee_email', `"${email}" không phải email hợp lệ`, `"${email}" is not a valid email`);
    const quantityText = (record['quantity'] ?? '').replace(',', '.');
    const quantity = Number(quantityText);
    if (!quantityText || !Number.isFinite(quantity) || quantity <= 0 || quantity > 100000 || Math.round(quantity * 100) !== quantity * 100) {
      bad(
        'quantity',
        `số lượng "${record['quantity']}" phải là số dương (tối đa 2 chữ số thập phân)`,
        `quantity "${record['quantity']}" must be a positive number (2 decimals at most)`,
      );
    }
    const deadline = parseDeadline(record['deadline'] ?? '');
    if (!deadline) bad('deadline', `hạn "${record['deadline']}" không đúng dạng dd/MM/yyyy [HH:mm]`, `deadline "${record['deadline']}" is not dd/MM/yyyy [HH:mm]`);
    const documentNumber = (record['document_number'] ?? '').trim();
    if (documentNumber.length > 100) bad('document_number', 'số/ký hiệu quá dài (tối đa 100 ký tự)', 'the document number is too long (100 characters at most)');
    rows.push({
      line,
      documentNumber: documentNumber || null,
      title,
      email,
      catalogueCode: (record['catalogue_code'] ?? '').trim().toUpperCase() || null,
      quantity,
      deadline: deadline ?? new Date(0),
      description: (record['description'] ?? '').trim().slice(0, 5000),
    });
  }
  return { rows, problems };
}
