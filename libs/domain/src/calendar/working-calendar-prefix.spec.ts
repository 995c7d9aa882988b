import fc from 'fast-check';
import { addDays, epochDay, fromEpochDay, LocalDate } from '../shared/local-date';
import { CalendarYearTable } from './calendar.types';
import { createWorkingCalendar, WorkingCalendar } from './working-calendar';

/**
 * The running count per year (countWorkingDays, addWorkingDays, workingDaysBetween) against the
 * obvious day-by-day walk it replaced, on the shipped tables (2025, 2026), generated years around
 * them, a calendar with HR's own table and one with weekdays only.
 */
const walkCount = (cal: WorkingCalendar, from: LocalDate, to: LocalDate): number => {
  let count = 0;
  for (let day = from; day <= to; day = addDays(day, 1)) if (cal.isWorkingDay(day)) count++;
  return count;
};
const walkAdd = (cal: WorkingCalendar, date: LocalDate, count: number): LocalDate => {
  let day = date;
  for (let i = 0; i < Math.abs(count); i++) day = count > 0 ? cal.nextWorkingDay(day) : cal.previousWorkingDay(day);
  return day;
};

// A made-up 2027 table: a long Tết, a swapped day off and a make-up Saturday, to cover HR corrections.
const TABLE_2027: CalendarYearTable = {
  year: 2027,
  entries: [
    ...['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'].map((date) => ({
      date,
      kind: 'HOLIDAY' as const,
      name: 'Tết',
      document: 'test',
    })),
    { date: '2027-04-30', kind: 'SWAPPED_DAY_OFF' as const, name: 'swap', document: 'test' },
    { date: '2027-04-24', kind: 'MAKE_UP_WORKDAY' as const, name: 'make-up', document: 'test' },
  ],
};

const calendars: Array<[string, WorkingCalendar]> = [
  ['shipped tables', createWorkingCalendar()],
  ['with an HR table for 2027', createWorkingCalendar([TABLE_2027])],
  ['weekdays only', new WorkingCalendar({ tables: [], fixedHolidaysForOtherYears: false })],
];

const FROM = epochDay('2023-06-01');
const TO = epochDay('2029-06-30');
const date = fc.integer({ min: FROM, max: TO }).map(fromEpochDay);

describe.each(calendars)('working-day arithmetic by running counts (%s)', (_name, cal) => {
  it('countWorkingDays equals the day-by-day count, also across years and for reversed ranges', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -30, max: 500 }), (from, span) => {
        const to = addDays(from, span);
        expect(cal.countWorkingDays(from, to)).toBe(walkCount(cal, from, to));
      }),
      { numRuns: 100 },
    );
  });

  it('addWorkingDays equals stepping one working day at a time, forward and back', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -250, max: 250 }), (from, count) => {
        expect(cal.addWorkingDays(from, count)).toBe(walkAdd(cal, from, count));
      }),
      { numRuns: 100 },
    );
  });

  it('workingDaysBetween instants counts the days after the first up to the second (negative when earlier)', () => {
    const instant = fc.integer({ min: FROM * 86_400_000, max: TO * 86_400_000 }).map((ms) => new Date(ms));
    fc.assert(
      fc.property(instant, instant, (a, b) => {
        const da = new Date(a.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
        const db = new Date(b.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
        const expected = da === db ? 0 : da < db ? walkCount(cal, addDays(da, 1), db) : -walkCount(cal, addDays(db, 1), da);
        expect(cal.workingDaysBetween(a, b)).toBe(expected);
      }),
      { numRuns: 100 },
    );
  });
});

describe('running counts at the edges', () => {
  const cal = createWorkingCalendar();

  it('moves over New Year, 29 February and whole years in both directions', () => {
    expect(cal.addWorkingDays('2025-12-31', 1)).toBe(walkAdd(cal, '2025-12-31', 1));
    expect(cal.addWorkingDays('2026-01-05', -3)).toBe(walkAdd(cal, '2026-01-05', -3));
    expect(cal.addWorkingDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(cal.addWorkingDays('2024-01-02', 600)).toBe(walkAdd(cal, '2024-01-02', 600));
    expect(cal.addWorkingDays('2027-12-31', -600)).toBe(walkAdd(cal, '2027-12-31', -600));
    expect(cal.addWorkingDays('2026-02-14', 0)).toBe('2026-02-14');
  });

  it('counts a whole leap year and a century year without a table', () => {
    expect(cal.countWorkingDays('2028-01-01', '2028-12-31')).toBe(walkCount(cal, '2028-01-01', '2028-12-31'));
    expect(cal.countWorkingDays('2100-02-27', '2100-03-02')).toBe(walkCount(cal, '2100-02-27', '2100-03-02'));
    expect(cal.countWorkingDays('2000-02-28', '2000-03-01')).toBe(walkCount(cal, '2000-02-28', '2000-03-01'));
  });

  it('refuses a date that is not a local date, as before', () => {
    expect(() => cal.addWorkingDays('2026-13-01', 1)).toThrow();
    expect(() => cal.countWorkingDays('x', '2026-01-01')).toThrow();
  });
});
