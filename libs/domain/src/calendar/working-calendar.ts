import { addDays, assertLocalDate, daysBetween, isWeekend, LocalDate, shiftInstantByDays, toEpochMs, toLocalDate, yearOf } from '../shared/local-date';
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
 * The working calendar of PRODUCT 4.2: Monday to Friday in Asia/Ho_Chi_Minh, less holidays and
 * swapped days off, plus make-up Saturdays, taken from official year tables. Deadlines, lateness
 * and on-time rates all count working days through this one object.
 */
export class WorkingCalendar {
  private readonly tables = new Map<number, Map<LocalDate, CalendarEntry>>();
  private readonly generated = new Map<number, Map<LocalDate, CalendarEntry>>();
  private readonly generateFixed: boolean;

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

  /** Moves `count` working days forward (or back when negative) from `date`. */
  addWorkingDays(date: LocalDate, count: number): LocalDate {
    let day = date;
    for (let i = 0; i < Math.abs(count); i++) day = count > 0 ? this.nextWorkingDay(day) : this.previousWorkingDay(day);
    return day;
  }

  /** Working days from `from` to `to`, both included (0 when `to` is before `from`). */
  countWorkingDays(from: LocalDate, to: LocalDate): number {
    assertLocalDate(from, 'from');
    assertLocalDate(to, 'to');
    let count = 0;
    for (let day = from; day <= to; day = addDays(day, 1)) if (this.isWorkingDay(day)) count++;
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
