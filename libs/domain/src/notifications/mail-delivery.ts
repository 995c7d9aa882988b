import { LocalDate, localDateTimeToInstant } from '../shared/local-date';

/**
 * How a person wants their notifications (a choice on the profile page): in the app only (the
 * default), also by e-mail at once, or also by one e-mail a day listing the day's notifications.
 */
export const NOTIFICATION_DELIVERIES = ['IN_APP', 'IMMEDIATE', 'DAILY_DIGEST'] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];
export const DEFAULT_NOTIFICATION_DELIVERY: NotificationDelivery = 'IN_APP';

/** The longest wait between two attempts to hand a mail to the server. */
export const MAIL_RETRY_MAX_MS = 60 * 60_000;

/**
 * Wait after `failedAttempts` failed attempts before the next one: 1, 2, 4, 8 … minutes, at most an
 * hour. Mail is never given up: an outage of a day delays it by a day, it does not lose it.
 */
export function mailRetryDelayMs(failedAttempts: number): number {
  const n = Math.max(1, Math.floor(failedAttempts));
  return Math.min(MAIL_RETRY_MAX_MS, 60_000 * 2 ** Math.min(n - 1, 20));
}

/** When the daily digest of `date` (Asia/Ho_Chi_Minh) is due: at `hour`:00 that day. */
export function digestDueAt(date: LocalDate, hour: number): Date {
  return localDateTimeToInstant(date, hour * 60);
}

/** The most notifications one digest lists; the rest are counted and left to the app. */
export const DIGEST_MAX_ITEMS = 50;
