import { Role, StaffCategory, toSearchText } from '@ketqua/api/core';
import { parse } from 'csv-parse/sync';
import { EMPLOYEE_CODE } from '../official/dto/official.inputs';

export const REQUIRED_COLUMNS = ['email', 'full_name', 'staff_category', 'unit_code'] as const;
/** employee_code (mã cán bộ): a blank cell leaves the account's code as it is. */
export const OPTIONAL_COLUMNS = ['position_code', 'rank_code', 'role', 'is_leader', 'employee_code'] as const;
export const MAX_IMPORT_LINES = 10_000;

export interface OfficialCsvRow {
  line: number;
  email: string;
  fullName: string;
  staffCategory: StaffCategory;
  unitCode: string;
  positionCode: string | null;
  rankCode: string | null;
  role: Role;
  isLeader: boolean;
  /** null: the cell is blank (the code is left as it is). */
  employeeCode: string | null;
}

export interface LineProblem {
  line: number;
  column: string;
  vi: string;
  en: string;
}

/** Accepts the enum names and the Vietnamese words HR writes in spreadsheets. */
const CATEGORY_WORDS: Record<string, StaffCategory> = {
  can_bo: StaffCategory.CAN_BO,
  cong_chuc: StaffCategory.CONG_CHUC,
  vien_chuc: StaffCategory.VIEN_CHUC,
  nguoi_lao_dong: StaffCategory.NGUOI_LAO_DONG,
};
const TRUE_WORDS = new Set(['1', 'x', 'true', 'yes', 'co']);
const FALSE_WORDS = new Set(['', '0', 'false', 'no', 'khong']);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const key = (s: string) => toSearchText(s).replace(/[\s-]+/g, '_');

/**
 * Parses and checks every line on its own (RFC 4180 quoting via csv-parse). Returns the rows and
 * the problems, each with its line number in the file (the header is line 1).
 */
export function parseOfficialsCsv(csv: string): { rows: OfficialCsvRow[]; problems: LineProblem[] } {
  const problems: LineProblem[] = [];
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(csv, {
      columns: (header: string[]) => header.map((h) => key(h)),
      skip_empty_lines: true,
      trim: true,
      bom: true,
      info: true,
      relax_column_count: false,
    });
  } catch (e) {
    const err = e as { lines?: number; message: string };
    return { rows: [], problems: [{ line: err.lines ?? 1, column: '', vi: `không đọc được tệp CSV: ${err.message}`, en: `unreadable CSV: ${err.message}` }] };
  }
  const header = records.length ? Object.keys(records[0].record) : csvHeader(csv);
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) {
    return { rows: [], problems: [{ line: 1, column: missing.join(', '), vi: `thiếu cột ${missing.join(', ')}`, en: `missing column(s) ${missing.join(', ')}` }] };
  }
  if (!records.length) return { rows: [], problems: [{ line: 2, column: '', vi: 'tệp không có dòng dữ liệu nào', en: 'the file has no data lines' }] };
  if (records.length > MAX_IMPORT_LINES) {
    return {
      rows: [],
      problems: [{ line: MAX_IMPORT_LINES + 2, column: '', vi: `tối đa ${MAX_IMPORT_LINES} dòng mỗi lần nhập`, en: `at most ${MAX_IMPORT_LINES} lines per import` }],
    };
  }

  const rows: OfficialCsvRow[] = [];
  const seenEmails = new Map<string, number>();
  const seenCodes = new Map<string, number>();
  for (const { record, info } of records) {
    const line = info.lines;
    const bad = (column: string, vi: string, en: string) => problems.push({ line, column, vi, en });
    const email = (record['email'] ?? '').toLowerCase();
    if (!EMAIL.test(email)) bad('email', `"${email}" không phải email hợp lệ`, `"${email}" is not a valid email`);
    else if (seenEmails.has(email)) bad('email', `email trùng với dòng ${seenEmails.get(email)}`, `same email as line ${seenEmails.get(email)}`);
    else seenEmails.set(email, line);
    const fullName = (record['full_name'] ?? '').replace(/\s+/g, ' ');
    if (fullName.length < 2 || fullName.length > 120) bad('full_name', 'họ tên phải có từ 2 đến 120 ký tự', 'the name must have 2 to 120 characters');
    const staffCategory = CATEGORY_WORDS[key(record['staff_category'] ?? '')];
    if (!staffCategory) {
      bad(
        'staff_category',
        `"${record['staff_category']}" không phải cán bộ/công chức/viên chức/người lao động`,
        `"${record['staff_category']}" is not one of CAN_BO, CONG_CHUC, VIEN_CHUC, NGUOI_LAO_DONG`,
      );
    }
    const unitCode = (record['unit_code'] ?? '').toUpperCase();
    if (!unitCode) bad('unit_code', 'thiếu mã đơn vị', 'the unit code is missing');
    const roleText = (record['role'] ?? '').toUpperCase() || Role.OFFICIAL;
    const role = (Object.values(Role) as string[]).includes(roleText) ? (roleText as Role) : null;
    if (!role) bad('role', `vai trò "${record['role']}" không hợp lệ`, `unknown role "${record['role']}"`);
    const leaderWord = key(record['is_leader'] ?? '');
    if (!TRUE_WORDS.has(leaderWord) && !FALSE_WORDS.has(leaderWord)) {
      bad('is_leader', `"${record['is_leader']}" phải là có/không`, `"${record['is_leader']}" must be yes/no`);
    }
    const employeeCode = (record['employee_code'] ?? '') || null;
    if (employeeCode && !EMPLOYEE_CODE.test(employeeCode)) {
      bad(
        'employee_code',
        `"${employeeCode}" không phải mã cán bộ hợp lệ (1–40 chữ, số và . _ - /)`,
        `"${employeeCode}" is not a valid employee code (1–40 letters, digits and . _ - /)`,
      );
    } else if (employeeCode && seenCodes.has(employeeCode)) {
      bad('employee_code', `mã cán bộ trùng với dòng ${seenCodes.get(employeeCode)}`, `same employee code as line ${seenCodes.get(employeeCode)}`);
    } else if (employeeCode) seenCodes.set(employeeCode, line);
    rows.push({
      line,
      employeeCode,
      email,
      fullName,
      staffCategory: staffCategory ?? StaffCategory.CONG_CHUC,
      unitCode,
      positionCode: (record['position_code'] ?? '').toUpperCase() || null,
      rankCode: (record['rank_code'] ?? '').toUpperCase() || null,
      role: role ?? Role.OFFICIAL,
      isLeader: TRUE_WORDS.has(leaderWord),
    });
  }
  return { rows, problems };
}

function csvHeader(csv: string): string[] {
  const first = csv.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return first.split(',').map((h) => key(h));
}
