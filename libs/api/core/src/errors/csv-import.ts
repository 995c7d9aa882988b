import { parse } from 'csv-parse/sync';
import { BadInputError } from './app-error';

/** One refused line of an imported CSV (the header is line 1), in both languages. */
export interface LineProblem {
  line: number;
  column: string;
  vi: string;
  en: string;
}

/** A header as the imports match it: without accents or case, spaces and dashes as underscores. */
export const csvHeaderKey = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .trim()
    .toLowerCase()
    .replace(/[\s/-]+/g, '_');

export type CsvRecord = { record: Record<string, string>; info: { lines: number } };

/**
 * The records of an import's CSV (UTF-8, BOM allowed), headers mapped to our column names by their
 * aliases, or the file-level problem that refuses it: unreadable, no data line, a required column
 * missing, more lines than the import takes. Each import then checks its own lines.
 */
export function readCsvRecords<C extends string>(
  csv: string,
  spec: { columns: Record<C, readonly string[]>; required: readonly C[]; maxLines: number },
): { records: CsvRecord[]; problems: [] } | { records: []; problems: LineProblem[] } {
  const refused = (problem: LineProblem) => ({ records: [] as [], problems: [problem] });
  let records: CsvRecord[];
  try {
    records = parse(csv, {
      columns: (header: string[]) =>
        header.map((h) => {
          const k = csvHeaderKey(h);
          return (Object.keys(spec.columns) as C[]).find((c) => spec.columns[c].includes(k)) ?? k;
        }),
      skip_empty_lines: true,
      trim: true,
      bom: true,
      info: true,
      relax_column_count: false,
    });
  } catch (e) {
    const err = e as { lines?: number; message: string };
    return refused({ line: err.lines ?? 1, column: '', vi: `không đọc được tệp CSV: ${err.message}`, en: `unreadable CSV: ${err.message}` });
  }
  if (!records.length) return refused({ line: 2, column: '', vi: 'tệp không có dòng dữ liệu nào', en: 'the file has no data lines' });
  const header = Object.keys(records[0].record);
  const missing = spec.required.filter((c) => !header.includes(c));
  if (missing.length) return refused({ line: 1, column: missing.join(', '), vi: `thiếu cột ${missing.join(', ')}`, en: `missing column(s) ${missing.join(', ')}` });
  if (records.length > spec.maxLines)
    return refused({ line: spec.maxLines + 2, column: '', vi: `tối đa ${spec.maxLines} dòng mỗi lần nhập`, en: `at most ${spec.maxLines} lines per import` });
  return { records, problems: [] };
}

const MAX_REPORTED = 200;

/** Every problem of a refused import by line: one bad line and nothing is written. */
export function importRefused(problems: LineProblem[]): BadInputError {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  const lines = [...new Set(sorted.map((p) => p.line))];
  const shown = sorted.slice(0, MAX_REPORTED);
  const list = (n: number) => `${lines.slice(0, n).join(', ')}${lines.length > n ? ', …' : ''}`;
  const first = (text: (p: LineProblem) => string) => shown.slice(0, 5).map(text).join('; ');
  return new BadInputError(
    'IMPORT_REFUSED',
    {
      vi: `Tệp có lỗi ở ${lines.length} dòng (${list(10)}); chưa nhập dòng nào. ` + first((p) => `Dòng ${p.line}${p.column ? ` (${p.column})` : ''}: ${p.vi}`),
      en: `The file has errors on ${lines.length} line(s) (${list(10)}); nothing was imported. ` + first((p) => `Line ${p.line}${p.column ? ` (${p.column})` : ''}: ${p.en}`),
    },
    shown.map((p) => ({ field: `line ${p.line}${p.column ? `: ${p.column}` : ''}`, message: { vi: `Dòng ${p.line}: ${p.vi}`, en: `Line ${p.line}: ${p.en}` } })),
    { lines: shown.map((p) => ({ line: p.line, column: p.column })) },
  );
}
