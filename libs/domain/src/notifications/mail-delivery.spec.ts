import { digestDueAt, MAIL_RETRY_MAX_MS, mailRetryDelayMs } from './mail-delivery';
import { toLocalDate } from '../shared/local-date';

describe('mail delivery rules', () => {
  it('retries after 1, 2, 4, 8 minutes, then at most every hour, for ever', () => {
    expect([1, 2, 3, 4].map(mailRetryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(mailRetryDelayMs(7)).toBe(MAIL_RETRY_MAX_MS);
    expect(mailRetryDelayMs(10_000)).toBe(MAIL_RETRY_MAX_MS);
    expect(mailRetryDelayMs(0)).toBe(60_000);
  });

  it('the digest of a day is due at the configured hour in Ho Chi Minh City', () => {
    const due = digestDueAt(toLocalDate(new Date('2026-03-02T05:00:00Z')), 7);
    expect(due.toISOString()).toBe('2026-03-02T00:00:00.000Z');
  });
});
