import { Injectable } from '@nestjs/common';
import { CalendarEntry, CalendarYearTable, createWorkingCalendar, WorkingCalendar } from '@ketqua/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../time/clock';
import { CalendarDayEntity } from './calendar-day.entity';

/** How long an instance trusts its copy before re-reading (another instance may have edited). */
const TTL_MS = 30_000;

/**
 * The working calendar every module counts days with: the tables shipped in libs/domain, with the
 * years HR loaded or corrected in the database taking their place.
 */
@Injectable()
export class CalendarService {
  private cached: { calendar: WorkingCalendar; at: number } | null = null;
  /** The read in flight, shared: every field of a page's rows asks for the calendar at once. */
  private loading: Promise<WorkingCalendar> | null = null;
  /** Bumped by invalidate(), so a read that started before a change does not cache the old calendar. */
  private generation = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async calendar(): Promise<WorkingCalendar> {
    // Elapsed real time (monotonic), not the Clock: how stale this copy is does not move with a test's Clock.
    const now = performance.now();
    if (this.cached && now - this.cached.at < TTL_MS) return this.cached.calendar;
    if (!this.loading) {
      const generation = this.generation;
      this.loading = (async () => {
        try {
          const rows = await this.dataSource.getRepository(CalendarDayEntity).find({ order: { date: 'ASC' } });
          const calendar = createWorkingCalendar(toYearTables(rows));
          if (generation === this.generation) this.cached = { calendar, at: now };
          return calendar;
        } finally {
          if (generation === this.generation) this.loading = null;
        }
      })();
    }
    return this.loading;
  }

  /** Call after changing calendar_day so this instance sees the change at once. */
  invalidate(): void {
    this.generation++;
    this.cached = null;
    this.loading = null;
  }

  /** Whether today (Asia/Ho_Chi_Minh, by the Clock) is a working day. */
  async isWorkingDayToday(): Promise<boolean> {
    return (await this.calendar()).isWorkingDay(this.clock.today());
  }
}

export function toYearTables(rows: readonly CalendarDayEntity[]): CalendarYearTable[] {
  const byYear = new Map<number, CalendarEntry[]>();
  for (const row of rows) {
    const year = Number(row.date.slice(0, 4));
    const list = byYear.get(year) ?? [];
    list.push({ date: row.date, kind: row.kind, name: row.name, document: row.document });
    byYear.set(year, list);
  }
  return [...byYear.entries()].map(([year, entries]) => ({ year, entries }));
}
