import { HO_CHI_MINH_UTC_OFFSET_MINUTES, MS_PER_MINUTE } from './local-date';

/**
 * The days Ketqua accepts from anyone: a pilot, a deadline, an absence, a calendar day (issue 10
 * §4). Wide enough for any record of this administration, narrow enough that a typo (year 9999) or
 * a forged value (year 275760, beyond PostgreSQL) is refused as bad input instead of stored.
 */
export const DATE_RANGE = { first: '2000-01-01', last: '2100-12-31' } as const;

/** Whether a YYYY-MM-DD day lies within DATE_RANGE (the strings sort as the days do). */
export function isDayInRange(day: string): boolean {
  return day >= DATE_RANGE.first && day <= DATE_RANGE.last;
}

const OFFSET_MS = HO_CHI_MINH_UTC_OFFSET_MINUTES * MS_PER_MINUTE;
const FIRST_INSTANT = Date.parse(`${DATE_RANGE.first}T00:00:00Z`) - OFFSET_MS;
const AFTER_LAST_INSTANT = Date.parse(`${DATE_RANGE.last}T00:00:00Z`) + 86_400_000 - OFFSET_MS;

/** Whether an instant falls on a day of DATE_RANGE in Asia/Ho_Chi_Minh. */
export function isInstantInRange(instant: Date): boolean {
  const t = instant.getTime();
  return t >= FIRST_INSTANT && t < AFTER_LAST_INSTANT;
}
