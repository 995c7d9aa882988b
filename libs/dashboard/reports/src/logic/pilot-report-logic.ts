/** What HR picks before running the report: month ranges YYYY-MM, both ends included. */
export interface MonthRange {
  from: string;
  to: string;
}

const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthOf = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** "YYYY-MM" of `today` (a YYYY-MM-DD) moved by `delta` months. */
export const addMonths = (month: string, delta: number) => monthOf(index(month) + delta);

/** Every month from `from` to `to`, both included (empty if reversed). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = index(from); i <= index(to); i++) out.push(monthOf(i));
  return out;
}

/**
 * The page's starting choice for a pilot: the pilot period from its start month to the last month
 * that has ended (today's month is not over; never past the pilot's end; at least its first
 * month), and the six months before the pilot as the baseline.
 */
export function defaultRanges(pilot: { startDate: string; endDate: string }, today: string): { period: MonthRange; baseline: MonthRange } {
  const start = pilot.startDate.slice(0, 7);
  const lastEnded = addMonths(today.slice(0, 7), -1);
  const end = pilot.endDate.slice(0, 7) < lastEnded ? pilot.endDate.slice(0, 7) : lastEnded;
  return {
    period: { from: start, to: end < start ? start : end },
    baseline: { from: addMonths(start, -6), to: addMonths(start, -1) },
  };
}

/** "2026-03" → "03/2026". */
export const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/** A signed number with one decimal, the reader's way: "+3,2", "−1,0", "0,0". */
export function signed(value: number, locale = 'vi-VN'): string {
  return new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** A number with at most one decimal, or a dash where there is none. */
export function decimal(value: number | null | undefined, locale = 'vi-VN', digits = 1): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
}

/** A percentage 0–100 as "87,5 %" (vi) or "87.5%" (en), or a dash. */
export function percent(value: number | null | undefined, locale = 'vi-VN'): string {
  if (value === null || value === undefined) return '—';
  const text = decimal(value, locale);
  return locale.startsWith('vi') ? `${text} %` : `${text}%`;
}

/** Whether the interval leaves 0 out (the difference is then told apart from none at that confidence). */
export function intervalExcludesZero(lower: number | null | undefined, upper: number | null | undefined): boolean | null {
  if (lower === null || lower === undefined || upper === null || upper === undefined) return null;
  return lower > 0 || upper < 0;
}

/** Sorting for a nullable number column: nulls last. */
export function byNumber<T>(get: (row: T) => number | null | undefined): (a: T, b: T) => number {
  return (a, b) => {
    const x = get(a);
    const y = get(b);
    if (x === null || x === undefined) return y === null || y === undefined ? 0 : 1;
    if (y === null || y === undefined) return -1;
    return x - y;
  };
}
