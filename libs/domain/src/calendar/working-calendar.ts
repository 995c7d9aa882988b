import { addDays, assertLocalDate, daysBetween, epochDay, fromEpochDay, isWeekend, LocalDate, shiftInstantByDays, toEpochMs, toLocalDate, yearOf } from '../shared/local-date';
import { explain, Explanation } from '../shared/explanation';
import { CalendarEntry, CalendarYearTable, YearSource } from './calendar.types';
import { coreHourInstants, CoreHoursWindow, DEFAULT_CORE_HOURS, InstantWindow } from './core-hours';
import { fixedDateHolidayTable } from './fixed-holidays';
import { OFFICIAL_TABLES } from './official-tables';

export interface WorkingCalendarOptions {
  /** Year tables; a later table for the same year replaces an earlier one (HR corrections). */
  tables?: readonly CalendarYearTable[];
  /** For years without a table, generate the fixed-date holidays (default true). */
  fixedHolidaysForOtherYears?: boolean;
}

export interface Lateness {
  /** The deadline after moving off a day that is not a working day. */
  effectiveDeadline: Date;
  late: boolean;
  /** Working days from the effective deadline's date to the submission's date (0 when late the same day). */
  workingDaysLate: number;
  explanation: Explanation;
}

/**
 * A year's running count of working days: `counts[i]` is the number of working days among the
 * year's first `i` days (so `counts[0]` is 0 and the last entry is the year's total).
 */
interface YearPrefix {
  /** epochDay of 1 January. */
  start: number;
  counts: Uint16Array;
}

/** The smallest k with `counts[k] >= target` (binary search: `counts` never decreases). */
function firstReaching(counts: Uint16Array, target: number): number {
  let low = 0;
  let high = counts.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (counts[mid] < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The working calendar of PRODUCT 4.2: Monday to Friday in Asia/Ho_Chi_Minh, less holidays and
 * swapped days off, plus make-up Saturdays, taken from official year tables. Deadlines, lateness
 * and on-time rates all count working days through this one object.
 */
export class WorkingCalendar {
  private readonly tables = new Map<number, Map<LocalDate, CalendarEntry>>();
  private readonly generated = new Map<number, Map<LocalDate, CalendarEntry>>();
  private readonly generateFixed: boolean;
  /** Built once per year on first use (the calendar is cached by its callers), so counts are O(1) and moves O(log n). */
  private readonly prefixes = new Map<number, YearPrefix>();

  constructor(options: WorkingCalendarOptions = {}) {
    for (const table of options.tables ?? OFFICIAL_TABLES) {
      this.tables.set(table.year, new Map(table.entries.map((entry) => [entry.date, entry])));
    }
    this.generateFixed = options.fixedHolidaysForOtherYears ?? true;
  }

  /** Where the year's days off come from, so the UI can warn that a year is still provisional. */
  yearSource(year: number): YearSource {
    if (this.tables.has(year)) return 'OFFICIAL_TABLE';
    return this.generateFixed ? 'FIXED_DATE_RULES' : 'WEEKDAYS_ONLY';
  }

  entryOn(date: LocalDate): CalendarEntry | undefined {
    assertLocalDate(date, 'date');
    return this.entriesOfYear(yearOf(date)).get(date);
  }

  /** Every entry of a year in date order (official or generated). */
  entriesOf(year: number): CalendarEntry[] {
    return [...this.entriesOfYear(year).values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  }

  isWorkingDay(date: LocalDate): boolean {
    const entry = this.entryOn(date);
    if (entry) return entry.kind === 'MAKE_UP_WORKDAY';
    return !isWeekend(date);
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: LocalDate): LocalDate {
    let day = addDays(date, 1);
    while (!this.isWorkingDay(day)) day = addDays(day, 1);
    return day;
  }

  /** The last working day strictly before `date`. */
  previousWorkingDay(date: LocalDate): LocalDate {
    let day = addDays(date, -1);
    while (!this.isWorkingDay(day)) day = addDays(day, -1);
    return day;
  }

  /** `date` itself when it is a working day, else the next one. */
  onOrAfter(date: LocalDate): LocalDate {
    return this.isWorkingDay(date) ? date : this.nextWorkingDay(date);
  }

  /**
   * Moves `count` working days forward (or back when negative) from `date`: a binary search in the
   * year's running count (per year crossed), not a walk over the days.
   */
  addWorkingDays(date: LocalDate, count: number): LocalDate {
    assertLocalDate(date, 'date');
    if (count === 0) return date;
    let year = yearOf(date);
    let remaining = Math.abs(count);
    if (count > 0) {
      // Working days of `year` up to `date`; the answer is the (offset + remaining)-th of the year, or later.
      let offset = this.throughInYear(date);
      for (;;) {
        const prefix = this.prefixOf(year);
        const total = prefix.counts[prefix.counts.length - 1];
        if (offset + remaining <= total) return fromEpochDay(prefix.start + firstReaching(prefix.counts, offset + remaining) - 1);
        remaining -= total - offset;
        offset = 0;
        year++;
      }
    }
    // Working days of `year` strictly before `date`; the answer is the (before - remaining + 1)-th of the year, or earlier.
    let before = this.throughInYear(date) - (this.isWorkingDay(date) ? 1 : 0);
    for (;;) {
      if (before >= remaining) {
        const prefix = this.prefixOf(year);
        return fromEpochDay(prefix.start + firstReaching(prefix.counts, before - remaining + 1) - 1);
      }
      remaining -= before;
      year--;
      const previous = this.prefixOf(year);
      before = previous.counts[previous.counts.length - 1];
    }
  }

  /** Working days from `from` to `to`, both included (0 when `to` is before `from`): O(1) per calendar year spanned. */
  countWorkingDays(from: LocalDate, to: LocalDate): number {
    assertLocalDate(from, 'from');
    assertLocalDate(to, 'to');
    if (to < from) return 0;
    let count = this.throughInYear(to) - this.throughInYear(from) + (this.isWorkingDay(from) ? 1 : 0);
    for (let year = yearOf(from); year < yearOf(to); year++) {
      const counts = this.prefixOf(year).counts;
      count += counts[counts.length - 1];
    }
    return count;
  }

  /**
   * Working days between two instants: those whose local date is after `from`'s and no later than
   * `to`'s; negative when `to` is earlier. Deadline Friday, submission Monday → 1.
   */
  workingDaysBetween(from: Date | number, to: Date | number): number {
    const start = toLocalDate(from);
    const end = toLocalDate(to);
    if (start === end) return 0;
    return start < end ? this.countWorkingDays(addDays(start, 1), end) : -this.countWorkingDays(addDays(end, 1), start);
  }

  /**
   * A deadline that falls on a day that is not a working day moves to the same local time on the
   * next working day: nobody is late for work due on Tết (PRODUCT 4.2, deadlines count working days).
   */
  effectiveDeadline(deadline: Date | number): Date {
    const date = toLocalDate(deadline);
    return shiftInstantByDays(deadline, daysBetween(date, this.onOrAfter(date)));
  }

  /** Whether a submission was late and by how many working days (PRODUCT 4.2, 4.3). */
  lateness(deadline: Date | number, submittedAt: Date | number): Lateness {
    const effectiveDeadline = this.effectiveDeadline(deadline);
    const late = toEpochMs(submittedAt) > effectiveDeadline.getTime();
    const workingDaysLate = late ? this.workingDaysBetween(effectiveDeadline, submittedAt) : 0;
    const deadlineDate = toLocalDate(deadline);
    return {
      effectiveDeadline,
      late,
      workingDaysLate,
      explanation: explain({
        rule: 'calendar.lateness',
        source: 'PRODUCT 4.2: deadlines count working days; a deadline on a day off moves to the next working day',
        ruleSetVersion: 'n/a',
        inputs: { deadline: new Date(toEpochMs(deadline)).toISOString(), submittedAt: new Date(toEpochMs(submittedAt)).toISOString() },
        steps: [
          {
            label: 'effective deadline',
            value: effectiveDeadline.toISOString(),
            formula: this.isWorkingDay(deadlineDate) ? 'deadline on a working day' : `${deadlineDate} is not a working day (${this.entryOn(deadlineDate)?.name ?? 'weekend'})`,
          },
          { label: 'working days late', value: workingDaysLate },
        ],
        result: workingDaysLate,
      }),
    };
  }

  /** Core-hour windows of a date as instants; none on a day that is not a working day. */
  coreHourWindows(date: LocalDate, windows: readonly CoreHoursWindow[] = DEFAULT_CORE_HOURS): InstantWindow[] {
    return this.isWorkingDay(date) ? coreHourInstants(date, windows) : [];
  }

  /** Whether an instant falls inside core hours of a working day. */
  isWithinCoreHours(instant: Date | number, windows: readonly CoreHoursWindow[] = DEFAULT_CORE_HOURS): boolean {
    const ms = toEpochMs(instant);
    return this.coreHourWindows(toLocalDate(instant), windows).some((window) => ms >= window.start.getTime() && ms < window.end.getTime());
  }

  /** Working days from 1 January of `date`'s year through `date`, included. */
  private throughInYear(date: LocalDate): number {
    const prefix = this.prefixOf(yearOf(date));
    return prefix.counts[epochDay(date) - prefix.start + 1];
  }

  private prefixOf(year: number): YearPrefix {
    let prefix = this.prefixes.get(year);
    if (!prefix) {
      const start = epochDay(`${String(year).padStart(4, '0')}-01-01`);
      const days = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
      const counts = new Uint16Array(days + 1);
      for (let i = 0; i < days; i++) counts[i + 1] = counts[i] + (this.isWorkingDay(fromEpochDay(start + i)) ? 1 : 0);
      prefix = { start, counts };
      this.prefixes.set(year, prefix);
    }
    return prefix;
  }

  private entriesOfYear(year: number): Map<LocalDate, CalendarEntry> {
    const table = this.tables.get(year);
    if (table) return table;
    if (!this.generateFixed) return new Map();
    let generated = this.generated.get(year);
    if (!generated) {
      generated = new Map(fixedDateHolidayTable(year).entries.map((entry) => [entry.date, entry]));
      this.generated.set(year, generated);
    }
    return generated;
  }
}

/** The calendar with the shipped 2025 and 2026 tables, plus any tables HR loaded. */
export function createWorkingCalendar(extraTables: readonly CalendarYearTable[] = [], options: Omit<WorkingCalendarOptions, 'tables'> = {}): WorkingCalendar {
  return new WorkingCalendar({ ...options, tables: [...OFFICIAL_TABLES, ...extraTables] });
}
