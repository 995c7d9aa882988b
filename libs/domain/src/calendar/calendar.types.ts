import { LocalDate } from '../shared/local-date';

/**
 * HOLIDAY: a paid public holiday (Labour Code 2019, art. 112) or its compensatory day (art. 111(3)).
 * SWAPPED_DAY_OFF: a weekday turned into a day off by a swap the Prime Minister approves.
 * MAKE_UP_WORKDAY: the weekend day worked instead (làm bù).
 */
export const CALENDAR_ENTRY_KINDS = ['HOLIDAY', 'SWAPPED_DAY_OFF', 'MAKE_UP_WORKDAY'] as const;
export type CalendarEntryKind = (typeof CALENDAR_ENTRY_KINDS)[number];

export interface CalendarEntry {
  date: LocalDate;
  kind: CalendarEntryKind;
  /** Label shown in the UI (Vietnamese). */
  name: string;
  /** The document that decided this entry. */
  document: string;
}

/** How a year's days off were decided. */
export type YearSource = 'OFFICIAL_TABLE' | 'FIXED_DATE_RULES' | 'WEEKDAYS_ONLY';

/**
 * A year's official table. When a year has a table it is the whole truth for that year; years
 * without one fall back to the fixed-date holidays of the Labour Code.
 */
export interface CalendarYearTable {
  year: number;
  entries: readonly CalendarEntry[];
}
