import { addDays, isWeekend, LocalDate } from '../shared/local-date';
import { CalendarEntry, CalendarYearTable } from './calendar.types';

const FIXED_DATES: ReadonlyArray<{ monthDay: string; name: string }> = [
  { monthDay: '01-01', name: 'Tết Dương lịch' },
  { monthDay: '04-30', name: 'Ngày Giải phóng miền Nam, thống nhất đất nước' },
  { monthDay: '05-01', name: 'Ngày Quốc tế Lao động' },
  { monthDay: '09-02', name: 'Quốc khánh' },
];

/**
 * The holidays that can be known before a year's notice: the solar-date ones of the Labour Code
 * 2019, art. 112, and their compensatory weekday when one falls on a weekend (art. 111(3)).
 * Tết and Giỗ Tổ Hùng Vương follow the lunar calendar, and the day adjacent to 2/9 and any swaps
 * are chosen by the Prime Minister each year, so PRODUCT 4.2 has them loaded as a table rather than
 * computed: a generated year is provisional until its official table is loaded.
 */
export function fixedDateHolidayTable(year: number): CalendarYearTable {
  const entries: CalendarEntry[] = FIXED_DATES.map(({ monthDay, name }) => ({
    date: `${String(year).padStart(4, '0')}-${monthDay}`,
    kind: 'HOLIDAY',
    name,
    document: 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112',
  }));
  const taken = new Set(entries.map((entry) => entry.date));
  for (const holiday of [...entries]) {
    if (!isWeekend(holiday.date)) continue;
    let day: LocalDate = addDays(holiday.date, 1);
    while (isWeekend(day) || taken.has(day)) day = addDays(day, 1);
    taken.add(day);
    entries.push({
      date: day,
      kind: 'HOLIDAY',
      name: `Nghỉ bù ${holiday.name}`,
      document: 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 111 khoản 3 (nghỉ bù)',
    });
  }
  entries.sort((a, b) => (a.date < b.date ? -1 : 1));
  return { year, entries };
}
