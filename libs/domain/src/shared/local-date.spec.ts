import {
  addDays,
  assertLocalDate,
  datesInRange,
  daysBetween,
  formatLocalDate,
  formatLocalDateTime,
  formatLocalTime,
  isLocalDate,
  isoWeekday,
  isWeekend,
  localDateTimeToInstant,
  localMinuteOfDay,
  parseLocalTime,
  shiftInstantByDays,
  toLocalDate,
  weekdayName,
  yearOf,
} from './local-date';
import { DomainValidationError } from './errors';

describe('local dates in Asia/Ho_Chi_Minh (UTC+7, no DST)', () => {
  it.each([
    ['2026-02-29', false],
    ['2024-02-29', true],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['2026-04-30', true],
  ])('isLocalDate(%s) = %s', (value, expected) => {
    expect(isLocalDate(value)).toBe(expected);
  });

  it('rejects a malformed date with the field name', () => {
    expect(() => assertLocalDate('30/04/2026', 'deadline')).toThrow(DomainValidationError);
    expect(() => assertLocalDate('30/04/2026', 'deadline')).toThrow(/deadline/);
    expect(() => assertLocalDate('2026-04-30', 'deadline')).not.toThrow();
  });

  it('does day arithmetic across months and years', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-02-14', '2026-02-22')).toBe(8);
    expect(datesInRange('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(datesInRange('2026-03-02', '2026-03-01')).toEqual([]);
    expect(yearOf('2026-09-02')).toBe(2026);
  });

  it.each([
    ['2026-02-16', 1, 'MONDAY'],
    ['2026-02-17', 2, 'TUESDAY'],
    ['2026-01-10', 6, 'SATURDAY'],
    ['2026-04-26', 7, 'SUNDAY'],
    ['1969-12-31', 3, 'WEDNESDAY'],
  ] as const)('%s is ISO weekday %d (%s)', (date, weekday, name) => {
    expect(isoWeekday(date)).toBe(weekday);
    expect(weekdayName(isoWeekday(date))).toBe(name);
    expect(isWeekend(date)).toBe(weekday >= 6);
  });

  it('maps instants to local dates and minutes at the UTC+7 boundary', () => {
    expect(toLocalDate(new Date('2026-02-16T16:59:59Z'))).toBe('2026-02-16');
    expect(toLocalDate(new Date('2026-02-16T17:00:00Z'))).toBe('2026-02-17');
    expect(toLocalDate(Date.parse('2026-06-30T23:00:00Z'))).toBe('2026-07-01');
    expect(localMinuteOfDay(new Date('2026-02-16T01:00:00Z'))).toBe(8 * 60);
    expect(localMinuteOfDay(new Date('1969-12-31T20:30:00Z'))).toBe(3 * 60 + 30);
  });

  it('builds instants from local date and time', () => {
    expect(localDateTimeToInstant('2026-03-02', 8 * 60).toISOString()).toBe('2026-03-02T01:00:00.000Z');
    expect(localDateTimeToInstant('2026-03-02', 0).toISOString()).toBe('2026-03-01T17:00:00.000Z');
    expect(shiftInstantByDays(new Date('2026-03-02T10:00:00Z'), 7).toISOString()).toBe('2026-03-09T10:00:00.000Z');
  });

  it('parses and formats HH:mm', () => {
    expect(parseLocalTime('11:30')).toBe(690);
    expect(formatLocalTime(690)).toBe('11:30');
    expect(formatLocalTime(5)).toBe('00:05');
    expect(() => parseLocalTime('24:00')).toThrow(DomainValidationError);
    expect(() => parseLocalTime('8:00', 'start')).toThrow(/start/);
  });

  it('formats dates and instants the way people read them (dd/MM/yyyy HH:mm, local time)', () => {
    expect(formatLocalDate('2026-03-02')).toBe('02/03/2026');
    // 17:30 UTC is already 00:30 the next day in Ho Chi Minh City.
    expect(formatLocalDateTime(new Date('2026-03-01T17:30:00Z'))).toBe('02/03/2026 00:30');
    expect(formatLocalDateTime(Date.parse('2026-12-31T09:05:00Z'))).toBe('31/12/2026 16:05');
  });
});
