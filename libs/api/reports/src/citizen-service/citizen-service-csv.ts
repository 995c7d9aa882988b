import { citizenServiceProblems } from '@ketqua/domain';
import { LineProblem, readCsvRecords } from '@ketqua/api/core';

/**
 * The city's administrative-procedure system's monthly export, one official and month per line
 * (docs/guide/vi/hr.md, docs/guide/en/hr.md). Headers are matched without accents or case, in English or in Vietnamese.
 */
export const COLUMNS = {
  email: ['email', 'email_cong_chuc', 'thu_dien_tu'],
  month: ['month', 'thang', 'ky'],
  dossiers_handled: ['dossiers_handled', 'so_ho_so_da_xu_ly', 'ho_so_da_xu_ly', 'da_xu_ly'],
  dossiers_on_time: ['dossiers_on_time', 'so_ho_so_dung_han', 'ho_so_dung_han', 'dung_han'],
  satisfaction_percent: ['satisfaction_percent', 'muc_do_hai_long', 'ty_le_hai_long', 'hai_long'],
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: Column[] = ['email', 'month', 'dossiers_handled', 'dossiers_on_time'];
export const MAX_CITIZEN_SERVICE_LINES = 5000;
/** About 5,000 lines of 100 characters: a larger file is refused before it is parsed. */
export const MAX_CITIZEN_SERVICE_CHARS = 1_000_000;

export interface CitizenServiceCsvRow {
  line: number;
  email: string;
  /** First day of the month. */
  month: string;
  dossiersHandled: number;
  dossiersOnTime: number;
  satisfactionPercent: number | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MONTH = /^(\d{1,2})\/(\d{4})$|^(\d{4})-(\d{1,2})$/;

/** MM/yyyy or yyyy-MM → the month's first day; null when not a month of 2000–2099. */
export function parseMonth(text: string): string | null {
  const m = MONTH.exec(text.trim());
  if (!m) return null;
  const [month, year] = m[1] ? [+m[1], +m[2]] : [+m[4], +m[3]];
  if (month < 1 || month > 12 || year < 2000 || year > 2099) return null;
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

const DOMAIN_COLUMN = { dossiersHandled: 'dossiers_handled', dossiersOnTime: 'dossiers_on_time', satisfactionPercent: 'satisfaction_percent' } as const;
const DOMAIN_VI: Record<string, string> = {
  'must be a whole number from 0 to 1,000,000': 'phải là số nguyên từ 0 đến 1.000.000',
  'cannot exceed the dossiers handled': 'không được lớn hơn số hồ sơ đã xử lý',
  'must be from 0 to 100 with 2 decimals at most': 'phải từ 0 đến 100, tối đa 2 chữ số thập phân',
};

/** Format checks of every line on its own (the rules from libs/domain); database checks follow in the service. The header is line 1. */
export function parseCitizenServiceCsv(csv: string): { rows: CitizenServiceCsvRow[]; problems: LineProblem[] } {
  if (csv.includes('\u0000'))
    return { rows: [], problems: [{ line: 1, column: '', vi: 'tệp chứa ký tự NUL, không phải CSV văn bản', en: 'the file contains NUL bytes: not a text CSV' }] };
  const read = readCsvRecords(csv, { columns: COLUMNS, required: REQUIRED, maxLines: MAX_CITIZEN_SERVICE_LINES });
  if (read.problems.length) return { rows: [], problems: read.problems };
  const { records } = read;
  const problems: LineProblem[] = [];
  const rows: CitizenServiceCsvRow[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of records) {
    const line = info.lines;
    const bad = (column: string, vi: string, en: string) => problems.push({ line, column, vi, en });
    const email = (record['email'] ?? '').toLowerCase();
    if (!EMAIL.test(email)) bad('email', `"${email}" không phải email hợp lệ`, `"${email}" is not a valid email`);
    const month = parseMonth(record['month'] ?? '');
    if (!month) bad('month', `tháng "${record['month']}" không đúng dạng MM/yyyy`, `month "${record['month']}" is not MM/yyyy`);
    const count = (column: Column) => {
      // 1.020 (dots between groups of three, as Vietnamese writes thousands) is 1020; 2.5 is not a count.
      const text = (record[column] ?? '').replace(/\s/g, '');
      return /^\d+$/.test(text) ? Number(text) : /^\d{1,3}(\.\d{3})+$/.test(text) ? Number(text.replace(/\./g, '')) : Number.NaN;
    };
    const satisfactionText = (record['satisfaction_percent'] ?? '').replace('%', '').replace(',', '.').trim();
    const satisfaction = satisfactionText === '' ? null : /^\d+(\.\d+)?$/.test(satisfactionText) ? Number(satisfactionText) : Number.NaN;
    const row = { line, email, month: month ?? '', dossiersHandled: count('dossiers_handled'), dossiersOnTime: count('dossiers_on_time'), satisfactionPercent: satisfaction };
    for (const p of citizenServiceProblems(row)) {
      const column = DOMAIN_COLUMN[p.field];
      bad(column, `${column} "${record[column] ?? ''}" ${DOMAIN_VI[p.reason] ?? p.reason}`, `${column} "${record[column] ?? ''}" ${p.reason}`);
    }
    if (month && EMAIL.test(email)) {
      const first = seen.get(`${email}|${month}`);
      if (first) bad('month', `trùng với dòng ${first} (cùng công chức, cùng tháng)`, `the same official and month as line ${first}`);
      else seen.set(`${email}|${month}`, line);
    }
    rows.push(row);
  }
  return { rows, problems };
}
