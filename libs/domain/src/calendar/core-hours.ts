import { check } from '../shared/errors';
import { LocalDate, LocalTime, localDateTimeToInstant, parseLocalTime } from '../shared/local-date';

/** One window of core hours, local time, start included and end excluded. */
export interface CoreHoursWindow {
  start: LocalTime;
  end: LocalTime;
}

/**
 * PRODUCT 4.2: the pilot sets core hours, by default 08:00–11:30 and 13:00–17:00 (the lunch gap
 * is not core time, so nobody is checked on in it).
 */
export const DEFAULT_CORE_HOURS: readonly CoreHoursWindow[] = Object.freeze([Object.freeze({ start: '08:00', end: '11:30' }), Object.freeze({ start: '13:00', end: '17:00' })]);

export interface MinuteWindow {
  startMinute: number;
  endMinute: number;
}

/** Parses and checks windows: each start before its end, in order, not overlapping. */
export function parseCoreHours(windows: readonly CoreHoursWindow[], field = 'coreHours'): MinuteWindow[] {
  check(windows.length > 0, field, 'needs at least one window');
  const parsed = windows.map((window, i) => ({
    startMinute: parseLocalTime(window.start, `${field}[${i}].start`),
    endMinute: parseLocalTime(window.end, `${field}[${i}].end`),
  }));
  parsed.forEach((window, i) => {
    check(window.startMinute < window.endMinute, `${field}[${i}]`, 'start must be before end');
    if (i > 0) check(parsed[i - 1].endMinute <= window.startMinute, `${field}[${i}]`, 'windows must be in order and not overlap');
  });
  return parsed;
}

export interface InstantWindow {
  start: Date;
  end: Date;
}

/** The core-hour windows of a date as instants (no check that the date is a working day). */
export function coreHourInstants(date: LocalDate, windows: readonly CoreHoursWindow[] = DEFAULT_CORE_HOURS): InstantWindow[] {
  return parseCoreHours(windows).map((window) => ({
    start: localDateTimeToInstant(date, window.startMinute),
    end: localDateTimeToInstant(date, window.endMinute),
  }));
}
