import { DomainValidationError } from '../shared/errors';
import { addDays, datesInRange, isWeekend } from '../shared/local-date';
import { loadCalendarRows } from './calendar-loader';
import { coreHourInstants, DEFAULT_CORE_HOURS, parseCoreHours } from './core-hours';
import { fixedDateHolidayTable } from './fixed-holidays';
import { OFFICIAL_TABLE_2025, OFFICIAL_TABLE_2026, officialEntries } from './official-tables';
import { createWorkingCalendar, WorkingCalendar } from './working-calendar';

const calendar = createWorkingCalendar();
const at = (iso: string): Date => new Date(iso);

describe('official 2026 calendar (công chức, viên chức)', () => {
  it('closes Tết Bính Ngọ from Saturday 14/02 to Sunday 22/02/2026 and reopens on Monday 23/02', () => {
    for (const date of datesInRange('2026-02-14', '2026-02-22')) expect(calendar.isWorkingDay(date)).toBe(false);
    expect(calendar.isWorkingDay('2026-02-13')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-23')).toBe(true);
    expect(calendar.nextWorkingDay('2026-02-13')).toBe('2026-02-23');
    expect(calendar.previousWorkingDay('2026-02-23')).toBe('2026-02-13');
    expect(calendar.entryOn('2026-02-17')).toMatchObject({ kind: 'HOLIDAY', name: 'Tết Nguyên đán (Mùng 1)' });
  });

  it('gives 30/4 (Thursday) and 1/5 (Friday) off with no swap', () => {
    expect(calendar.isWorkingDay('2026-04-29')).toBe(true);
    expect(calendar.isWorkingDay('2026-04-30')).toBe(false);
    expect(calendar.isWorkingDay('2026-05-01')).toBe(false);
    expect(calendar.nextWorkingDay('2026-04-29')).toBe('2026-05-04');
  });

  it('gives 2/9 with its adjacent day 1/9, swaps Monday 31/8 for make-up Saturday 22/8', () => {
    for (const date of datesInRange('2026-08-29', '2026-09-02')) expect(calendar.isWorkingDay(date)).toBe(false);
    expect(calendar.entryOn('2026-09-01')).toMatchObject({ kind: 'HOLIDAY', name: 'Quốc khánh (ngày liền kề)' });
    expect(calendar.entryOn('2026-08-31')?.kind).toBe('SWAPPED_DAY_OFF');
    expect(calendar.isWorkingDay('2026-08-22')).toBe(true);
    expect(calendar.entryOn('2026-08-22')?.kind).toBe('MAKE_UP_WORKDAY');
    expect(calendar.nextWorkingDay('2026-08-28')).toBe('2026-09-03');
  });

  it('has the New Year swap (02/01 off, Saturday 10/01 worked) and the Giỗ Tổ compensatory Monday', () => {
    expect(calendar.isWorkingDay('2026-01-01')).toBe(false);
    expect(calendar.isWorkingDay('2026-01-02')).toBe(false);
    expect(calendar.isWorkingDay('2026-01-10')).toBe(true);
    expect(calendar.isWorkingDay('2026-04-27')).toBe(false);
    expect(calendar.entryOn('2026-04-27')?.document).toMatch(/Điều 111/);
  });

  it.each([OFFICIAL_TABLE_2025, OFFICIAL_TABLE_2026])('$year lists 11 paid holiday weekdays and balanced swaps, each with its document', (table) => {
    const holidays = table.entries.filter((entry) => entry.kind === 'HOLIDAY');
    expect(holidays).toHaveLength(11);
    expect(holidays.every((entry) => !isWeekend(entry.date))).toBe(true);
    const swaps = table.entries.filter((entry) => entry.kind === 'SWAPPED_DAY_OFF').length;
    expect(table.entries.filter((entry) => entry.kind === 'MAKE_UP_WORKDAY')).toHaveLength(swaps);
    expect(table.entries.every((entry) => entry.document.length > 10 && entry.date.startsWith(String(table.year)))).toBe(true);
    expect(() => loadCalendarRows(table.entries)).not.toThrow();
  });

  it('counts the working days of 2026', () => {
    // 261 weekdays − 11 holidays − 2 swapped days + 2 make-up Saturdays.
    expect(calendar.countWorkingDays('2026-01-01', '2026-12-31')).toBe(250);
    expect(calendar.countWorkingDays('2026-02-01', '2026-02-28')).toBe(15);
    expect(calendar.countWorkingDays('2026-03-02', '2026-03-01')).toBe(0);
  });
});

describe('official 2025 calendar', () => {
  it('has Tết Ất Tỵ 25/01–02/02, Giỗ Tổ 07/04, 30/4–04/05 with make-up 26/04, and 30/08–02/09', () => {
    for (const date of datesInRange('2025-01-25', '2025-02-02')) expect(calendar.isWorkingDay(date)).toBe(false);
    expect(calendar.isWorkingDay('2025-02-03')).toBe(true);
    expect(calendar.isWorkingDay('2025-04-07')).toBe(false);
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    for (const date of datesInRange('2025-04-30', '2025-05-04')) expect(calendar.isWorkingDay(date)).toBe(false);
    for (const date of datesInRange('2025-08-30', '2025-09-02')) expect(calendar.isWorkingDay(date)).toBe(false);
    expect(calendar.isWorkingDay('2025-09-03')).toBe(true);
    expect(officialEntries()).toHaveLength(OFFICIAL_TABLE_2025.entries.length + OFFICIAL_TABLE_2026.entries.length);
  });
});

describe('working-day arithmetic', () => {
  it('moves a deadline on a holiday to the same time on the next working day', () => {
    // 17:00 local on Tuesday 17/02/2026 (Mùng 1 Tết) → 17:00 on Monday 23/02.
    expect(calendar.effectiveDeadline(at('2026-02-17T10:00:00Z')).toISOString()).toBe('2026-02-23T10:00:00.000Z');
    expect(calendar.effectiveDeadline(at('2026-02-13T10:00:00Z')).toISOString()).toBe('2026-02-13T10:00:00.000Z');
  });

  it('counts working days between instants by local date', () => {
    // Friday 13/02 17:00 → Monday 23/02 09:00: Tết in between, one working day.
    expect(calendar.workingDaysBetween(at('2026-02-13T10:00:00Z'), at('2026-02-23T02:00:00Z'))).toBe(1);
    expect(calendar.workingDaysBetween(at('2026-02-23T02:00:00Z'), at('2026-02-13T10:00:00Z'))).toBe(-1);
    expect(calendar.workingDaysBetween(at('2026-03-02T01:00:00Z'), at('2026-03-02T09:00:00Z'))).toBe(0);
    // 23:30 local on Monday is already Tuesday 00:30 UTC+7… the local date decides.
    expect(calendar.workingDaysBetween(at('2026-03-02T10:00:00Z'), at('2026-03-02T17:30:00Z'))).toBe(1);
  });

  it('reports lateness in working days from the effective deadline', () => {
    const onHoliday = at('2026-04-30T10:00:00Z');
    expect(calendar.lateness(onHoliday, at('2026-05-04T09:00:00Z'))).toMatchObject({ late: false, workingDaysLate: 0 });
    expect(calendar.lateness(onHoliday, at('2026-05-04T10:30:00Z'))).toMatchObject({ late: true, workingDaysLate: 0 });
    const twoDays = calendar.lateness(onHoliday, at('2026-05-06T03:00:00Z'));
    expect(twoDays).toMatchObject({ late: true, workingDaysLate: 2 });
    expect(twoDays.explanation.steps[0].formula).toBe('2026-04-30 is not a working day (Ngày Giải phóng miền Nam, thống nhất đất nước)');
    expect(calendar.lateness(at('2026-05-02T10:00:00Z'), at('2026-05-05T03:00:00Z')).explanation.steps[0].formula).toMatch(/\(weekend\)/);
    expect(calendar.lateness(at('2026-05-04T10:00:00Z'), at('2026-05-05T03:00:00Z')).explanation.steps[0].formula).toBe('deadline on a working day');
  });

  it('adds working days forward and back, and finds the first working day on or after a date', () => {
    expect(calendar.addWorkingDays('2026-02-12', 2)).toBe('2026-02-23');
    expect(calendar.addWorkingDays('2026-02-23', -2)).toBe('2026-02-12');
    expect(calendar.addWorkingDays('2026-02-23', 0)).toBe('2026-02-23');
    expect(calendar.onOrAfter('2026-02-14')).toBe('2026-02-23');
    expect(calendar.onOrAfter('2026-02-23')).toBe('2026-02-23');
  });

  it('gives core-hour windows only on working days, and tells whether an instant is inside them', () => {
    expect(calendar.coreHourWindows('2026-03-02').map((w) => [w.start.toISOString(), w.end.toISOString()])).toEqual([
      ['2026-03-02T01:00:00.000Z', '2026-03-02T04:30:00.000Z'],
      ['2026-03-02T06:00:00.000Z', '2026-03-02T10:00:00.000Z'],
    ]);
    expect(calendar.coreHourWindows('2026-02-17')).toEqual([]);
    expect(calendar.coreHourWindows('2026-01-10', [{ start: '07:30', end: '11:30' }])).toHaveLength(1);
    expect(calendar.isWithinCoreHours(at('2026-03-02T01:00:00Z'))).toBe(true);
    expect(calendar.isWithinCoreHours(at('2026-03-02T04:30:00Z'))).toBe(false); // 11:30, lunch
    expect(calendar.isWithinCoreHours(at('2026-03-02T05:00:00Z'))).toBe(false);
    expect(calendar.isWithinCoreHours(at('2026-02-17T02:00:00Z'))).toBe(false);
  });
});

describe('core hours', () => {
  it('defaults to 08:00–11:30 and 13:00–17:00', () => {
    expect(parseCoreHours(DEFAULT_CORE_HOURS)).toEqual([
      { startMinute: 480, endMinute: 690 },
      { startMinute: 780, endMinute: 1020 },
    ]);
    expect(coreHourInstants('2026-03-02')[0].start.toISOString()).toBe('2026-03-02T01:00:00.000Z');
  });

  it.each([
    [[], /at least one window/],
    [[{ start: '12:00', end: '11:00' }], /start must be before end/],
    [
      [
        { start: '13:00', end: '17:00' },
        { start: '08:00', end: '11:30' },
      ],
      /in order/,
    ],
    [[{ start: '8:00', end: '11:00' }], /HH:mm/],
  ])('rejects %j', (windows, message) => {
    expect(() => parseCoreHours(windows)).toThrow(message);
  });
});

describe('years after the official tables', () => {
  it('generates the fixed-date holidays with compensatory days', () => {
    // 2028: 1/1 is a Saturday (compensated Monday 3/1); 30/4 is a Sunday and 1/5 a Monday, so the
    // compensatory day is Tuesday 2/5; 2/9 is a Saturday, compensated on Monday 4/9.
    const table = fixedDateHolidayTable(2028);
    expect(table.entries.map((entry) => entry.date)).toEqual(['2028-01-01', '2028-01-03', '2028-04-30', '2028-05-01', '2028-05-02', '2028-09-02', '2028-09-04']);
    expect(table.entries.find((entry) => entry.date === '2028-05-02')?.name).toMatch(/^Nghỉ bù/);
    expect(calendar.yearSource(2026)).toBe('OFFICIAL_TABLE');
    expect(calendar.yearSource(2028)).toBe('FIXED_DATE_RULES');
    expect(calendar.isWorkingDay('2028-05-02')).toBe(false);
    expect(calendar.isWorkingDay('2028-05-02')).toBe(false); // cached year
    expect(calendar.entriesOf(2027).map((entry) => entry.date)).toEqual(['2027-01-01', '2027-04-30', '2027-05-01', '2027-05-03', '2027-09-02']);
  });

  it('uses the official tables by default', () => {
    const plain = new WorkingCalendar();
    expect(plain.isWorkingDay('2026-02-17')).toBe(false);
    expect(plain.yearSource(2030)).toBe('FIXED_DATE_RULES');
  });

  it('can be limited to weekdays for years without a table', () => {
    const bare = new WorkingCalendar({ tables: [], fixedHolidaysForOtherYears: false });
    expect(bare.yearSource(2026)).toBe('WEEKDAYS_ONLY');
    expect(bare.isWorkingDay('2026-02-17')).toBe(true);
    expect(bare.entriesOf(2026)).toEqual([]);
  });

  it('lets an HR table for a year replace the generated one', () => {
    const rows = [...fixedDateHolidayTable(2027).entries, { date: '2027-02-08', kind: 'HOLIDAY', name: 'Tết Nguyên đán', document: 'Thông báo (thử nghiệm)' }];
    const tables = loadCalendarRows(rows);
    const withHr = createWorkingCalendar(tables);
    expect(withHr.yearSource(2027)).toBe('OFFICIAL_TABLE');
    expect(withHr.isWorkingDay('2027-02-08')).toBe(false);
    expect(calendar.isWorkingDay('2027-02-08')).toBe(true);
  });
});

describe('loadCalendarRows', () => {
  it('groups valid rows by year in date order, trimming labels', () => {
    const tables = loadCalendarRows([
      { date: '2028-01-01', kind: 'HOLIDAY', name: ' Tết Dương lịch ', document: 'BLLĐ 2019' },
      { date: '2027-09-02', kind: 'HOLIDAY', name: 'Quốc khánh', document: 'BLLĐ 2019' },
      { date: '2027-01-01', kind: 'HOLIDAY', name: 'Tết Dương lịch', document: 'BLLĐ 2019' },
    ]);
    expect(tables.map((table) => [table.year, table.entries.map((entry) => entry.date)])).toEqual([
      [2027, ['2027-01-01', '2027-09-02']],
      [2028, ['2028-01-01']],
    ]);
    expect(tables[1].entries[0].name).toBe('Tết Dương lịch');
  });

  it('reports every bad row at once', () => {
    const attempt = (): unknown =>
      loadCalendarRows([
        'nope',
        { date: '2027-02-30', kind: 'PARTY', name: '', document: ' ' },
        { date: '2027-01-04', kind: 'MAKE_UP_WORKDAY', name: 'x', document: 'y' },
        { date: '2027-01-09', kind: 'SWAPPED_DAY_OFF', name: 'x', document: 'y' },
        { date: '2027-01-01', kind: 'HOLIDAY', name: 'x', document: 'y' },
        { date: '2027-01-01', kind: 'HOLIDAY', name: 'x', document: 'y' },
      ]);
    expect(attempt).toThrow(DomainValidationError);
    try {
      attempt();
    } catch (error) {
      expect((error as DomainValidationError).issues.map((issue) => issue.field)).toEqual([
        'rows[0]',
        'rows[1].date',
        'rows[1].kind',
        'rows[1].name',
        'rows[1].document',
        'rows[2].kind',
        'rows[3].kind',
        'rows[5].date',
      ]);
    }
    expect(() => loadCalendarRows({})).toThrow(/must be a list/);
  });

  it('round-trips a year of dates through addDays', () => {
    expect(addDays('2026-12-31', 365)).toBe('2027-12-31');
  });
});
