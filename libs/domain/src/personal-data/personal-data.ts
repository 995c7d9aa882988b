/**
 * Personal data (Decree 13/2023/NĐ-CP; the Personal Data Protection Law from 01/01/2026): which
 * reads of another person's records are logged, how a stated purpose is kept, and when retained
 * records expire. The API's SQL and the dashboard derive from these, never restate them.
 */

/** Roles whose reads of another person's evaluation or spot-check records are logged. */
export const ACCESS_LOGGED_ROLES = ['HR', 'INSPECTOR', 'ADMIN'] as const;

/** What an access log row says was read or taken. */
export const PERSONAL_DATA_KINDS = ['EVALUATION', 'SPOT_CHECK', 'REPORT_EXPORT', 'PERSONAL_DATA_DOWNLOAD'] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/** A read is logged when someone in a logged role reads a record of someone else. */
export function isLoggedAccess(viewerRole: string, viewerId: string, subjectId: string | null): boolean {
  return (ACCESS_LOGGED_ROLES as readonly string[]).includes(viewerRole) && viewerId !== subjectId;
}

/**
 * The longest purpose a viewer may state (characters), for the API's check (statedPurpose, api/core)
 * and the dashboard's field; the access log's column holds 1–200.
 */
export const PURPOSE_MAX_LENGTH = 200;

/** Retention periods, in days after the end of the pilot a record belongs to. */
export interface RetentionPeriods {
  workLogDays: number;
  spotCheckNoteDays: number;
  fileDays: number;
}

export const DEFAULT_RETENTION: RetentionPeriods = { workLogDays: 730, spotCheckNoteDays: 730, fileDays: 730 };
/** At least 30 days (time to export before anything goes), at most 20 years. */
export const RETENTION_MIN_DAYS = 30;
export const RETENTION_MAX_DAYS = 7300;

/** The text left where free text was anonymised (the row, its date and numbers stay). */
export const ANONYMISED_TEXT = '[đã ẩn danh theo thời hạn lưu trữ]';

/**
 * The last day of a pilot whose records of this kind have expired on `today`: a pilot that ended
 * on `pilotEnd` keeps them for `days` days, so they expire once `today` is past pilotEnd + days.
 * Dates are YYYY-MM-DD (Asia/Ho_Chi_Minh working days).
 */
export function retentionExpired(pilotEnd: string, days: number, today: string): boolean {
  const end = Date.UTC(Number(pilotEnd.slice(0, 4)), Number(pilotEnd.slice(5, 7)) - 1, Number(pilotEnd.slice(8, 10)));
  const until = new Date(end + days * 86_400_000).toISOString().slice(0, 10);
  return today > until;
}
