import { BadInputError, NotFoundError } from '@ketqua/api/core';
import type { LineProblem } from './citizen-service-csv';

const MAX_REPORTED = 200;

export const pilotNotFound = (id: string) => new NotFoundError({ vi: 'đề án thí điểm', en: 'pilot' }, id);

/** Every problem of a refused import by line: one bad line and nothing is written (as the other imports). */
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

/** The comparison's ranges: each from ≤ to, and the baseline wholly before the pilot period. */
export function rangeRefused(field: string, vi: string, en: string): BadInputError {
  return new BadInputError('BAD_RANGE', { vi: `${field}: ${vi}`, en: `${field}: ${en}` }, [{ field, message: { vi, en } }]);
}
