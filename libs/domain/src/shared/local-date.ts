import { check, fail } from './errors';

/**
 * A working day in Asia/Ho_Chi_Minh written YYYY-MM-DD. Plain strings sort chronologically,
 * serialise as-is and match PostgreSQL `date`, which is how ENGINEERING.md stores working days.
 */
export type LocalDate = string;
/** A wall-clock time in Asia/Ho_Chi_Minh written HH:mm (24-hour). */
export type LocalTime = string;
/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * Asia/Ho_Chi_Minh is UTC+7 all year: Vietnam has kept no daylight saving time since 1975, so a
 * fixed offset is exact and the library needs no time-zone database (it also runs in browsers).
 */
export const HO_CHI_MINH_UTC_OFFSET_MINUTES = 7 * 60;
/** The IANA name, for PostgreSQL (`AT TIME ZONE`) and cron schedules; same zone as the offset above. */
export const HO_CHI_MINH_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const OFFSET_MS = HO_CHI_MINH_UTC_OFFSET_MINUTES * MS_PER_MINUTE;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const WEEKDAY_NAMES = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type WeekdayName = (typeof WEEKDAY_NAMES)[number];

export function isLocalDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

export function assertLocalDate(value: string, field: string): void {
  check(typeof value === 'string' && isLocalDate(value), field, `must be a date written YYYY-MM-DD, got "${String(value)}"`);
}

/** Days since 1970-01-01 for a local date (the date's own calendar, not an instant). */
export function epochDay(date: LocalDate): number {
  return Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;
}

export function fromEpochDay(day: number): LocalDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(epochDay(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return epochDay(to) - epochDay(from);
}

export function isoWeekday(date: LocalDate): IsoWeekday {
  // 1970-01-01 was a Thursday (ISO 4).
  return (((((epochDay(date) + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

export function weekdayName(weekday: IsoWeekday): WeekdayName {
  return WEEKDAY_NAMES[weekday - 1];
}

export function isWeekend(date: LocalDate): boolean {
  return isoWeekday(date) >= 6;
}

export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

/** Every date from `from` to `to`, both included; empty when `to` is before `from`. */
export function datesInRange(from: LocalDate, to: LocalDate): LocalDate[] {
  const dates: LocalDate[] = [];
  for (let day = epochDay(from); day <= epochDay(to); day++) dates.push(fromEpochDay(day));
  return dates;
}

/** The Asia/Ho_Chi_Minh calendar date of an instant. */
export function toLocalDate(instant: Date | number): LocalDate {
  return new Date(toEpochMs(instant) + OFFSET_MS).toISOString().slice(0, 10);
}

/** Minutes since local midnight (Asia/Ho_Chi_Minh) of an instant. */
export function localMinuteOfDay(instant: Date | number): number {
  const shifted = toEpochMs(instant) + OFFSET_MS;
  return Math.floor((((shifted % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY) / MS_PER_MINUTE);
}

export function parseLocalTime(value: LocalTime, field = 'time'): number {
  const match = TIME_PATTERN.exec(value);
  if (!match) fail(field, `must be a time written HH:mm, got "${value}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export function formatLocalTime(minuteOfDay: number): LocalTime {
  const hours = Math.floor(minuteOfDay / 60);
  const minutes = minuteOfDay % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** The instant at `minuteOfDay` local time on `date` in Asia/Ho_Chi_Minh. */
export function localDateTimeToInstant(date: LocalDate, minuteOfDay: number): Date {
  return new Date(epochDay(date) * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE - OFFSET_MS);
}

export function toEpochMs(instant: Date | number): number {
  return typeof instant === 'number' ? instant : instant.getTime();
}

/** The same local wall-clock time `days` later: exact because the offset never changes. */
export function shiftInstantByDays(instant: Date | number, days: number): Date {
  return new Date(toEpochMs(instant) + days * MS_PER_DAY);
}

/** dd/MM/yyyy, how dates are shown to people (PRODUCT.md 5). */
export function formatLocalDate(date: LocalDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** dd/MM/yyyy HH:mm of an instant in Asia/Ho_Chi_Minh, for messages and notification texts. */
export function formatLocalDateTime(instant: Date | number): string {
  return `${formatLocalDate(toLocalDate(instant))} ${formatLocalTime(localMinuteOfDay(instant))}`;
}
