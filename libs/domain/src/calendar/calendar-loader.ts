import { DomainIssue, DomainValidationError } from '../shared/errors';
import { isLocalDate, isWeekend, yearOf } from '../shared/local-date';
import { CALENDAR_ENTRY_KINDS, CalendarEntry, CalendarEntryKind, CalendarYearTable } from './calendar.types';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/**
 * Checks rows an HR user loads for more years (or corrects) and groups them into year tables.
 * PRODUCT 4.2: the calendar is a table per year, with the deciding document, editable by HR.
 * Every problem is reported at once with its row index; nothing is returned unless all rows pass.
 */
export function loadCalendarRows(rows: unknown): CalendarYearTable[] {
  if (!Array.isArray(rows)) throw new DomainValidationError([{ field: 'rows', message: 'must be a list of rows' }]);
  const issues: DomainIssue[] = [];
  const seen = new Set<string>();
  const entries: CalendarEntry[] = [];
  rows.forEach((row: unknown, i) => {
    const field = `rows[${i}]`;
    if (!isRecord(row)) {
      issues.push({ field, message: 'must be an object with date, kind, name and document' });
      return;
    }
    const { date, kind, name, document } = row;
    const rowIssues: DomainIssue[] = [];
    if (typeof date !== 'string' || !isLocalDate(date)) rowIssues.push({ field: `${field}.date`, message: 'must be a date written YYYY-MM-DD' });
    if (!CALENDAR_ENTRY_KINDS.includes(kind as CalendarEntryKind)) {
      rowIssues.push({ field: `${field}.kind`, message: `must be one of ${CALENDAR_ENTRY_KINDS.join(', ')}` });
    }
    if (!nonEmptyString(name)) rowIssues.push({ field: `${field}.name`, message: 'must not be empty' });
    if (!nonEmptyString(document)) rowIssues.push({ field: `${field}.document`, message: 'must name the deciding document' });
    if (rowIssues.length > 0) {
      issues.push(...rowIssues);
      return;
    }
    const entry = { date, kind, name, document } as CalendarEntry;
    if (seen.has(entry.date)) issues.push({ field: `${field}.date`, message: `${entry.date} appears twice` });
    if (entry.kind === 'MAKE_UP_WORKDAY' && !isWeekend(entry.date)) {
      issues.push({ field: `${field}.kind`, message: 'a make-up working day must be a Saturday or Sunday' });
    }
    if (entry.kind === 'SWAPPED_DAY_OFF' && isWeekend(entry.date)) {
      issues.push({ field: `${field}.kind`, message: 'a swapped day off must be a weekday' });
    }
    seen.add(entry.date);
    entries.push({ ...entry, name: entry.name.trim(), document: entry.document.trim() });
  });
  if (issues.length > 0) throw new DomainValidationError(issues);
  const byYear = new Map<number, CalendarEntry[]>();
  for (const entry of entries) byYear.set(yearOf(entry.date), [...(byYear.get(yearOf(entry.date)) ?? []), entry]);
  return [...byYear.entries()].sort(([a], [b]) => a - b).map(([year, yearEntries]) => ({ year, entries: yearEntries.sort((a, b) => (a.date < b.date ? -1 : 1)) }));
}
