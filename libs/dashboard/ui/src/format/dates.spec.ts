import { formatDateTime, formatLocalDate } from './dates';

describe('dates shown as dd/MM/yyyy on Ho Chi Minh City time', () => {
  it.each([
    ['2026-01-01', '01/01/2026'],
    ['2026-02-14', '14/02/2026'],
    ['2025-12-31', '31/12/2025'],
  ])('calendar day %s is shown as %s, never shifted by the device time zone', (day, shown) => {
    expect(formatLocalDate(day)).toBe(shown);
  });

  it.each([
    ['2026-11-23T09:24:00.000Z', '16:24 23/11/2026'],
    // 17:30 UTC is already the next morning in Ho Chi Minh City (UTC+7).
    ['2026-12-31T17:30:00Z', '00:30 01/01/2027'],
  ])('instant %s is shown as %s', (instant, shown) => {
    expect(formatDateTime(instant)).toBe(shown);
  });

  it('shows nothing for a missing value and the raw text for an unreadable one', () => {
    expect(formatLocalDate(null)).toBe('');
    expect(formatDateTime(undefined)).toBe('');
    expect(formatLocalDate('31/12/2025')).toBe('31/12/2025');
  });
});
