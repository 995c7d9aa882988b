import { Injectable } from '@nestjs/common';
import { AccessService, AuditService, AuthUser, BadInputError, CalendarDayEntity, CalendarService } from '@ketqua/api/core';
import { CalendarEntry as DomainEntry, DomainValidationError, fixedDateHolidayTable, loadCalendarRows, OFFICIAL_TABLES } from '@ketqua/domain';
import { Between, DataSource, EntityManager } from 'typeorm';
import { badField, invalidState, notFound } from '../pilot.errors';
import { CalendarEntryKind, SetCalendarDayInput } from './dto/set-calendar-day.input';
import { CalendarYearSource, WorkingCalendarYear } from './models/working-calendar.model';

const yearRange = (year: number) => Between(`${year}-01-01`, `${year}-12-31`);

const VI: Record<string, string> = {
  'a make-up working day must be a Saturday or Sunday': 'ngày làm bù phải là thứ Bảy hoặc Chủ nhật',
  'a swapped day off must be a weekday': 'ngày nghỉ hoán đổi phải là ngày từ thứ Hai đến thứ Sáu',
};

/** libs/domain's check of one calendar row, its problems named by the input's own fields. */
function checkRow(input: SetCalendarDayInput): void {
  try {
    loadCalendarRows([{ date: input.date, kind: input.kind, name: input.name, document: input.document }]);
  } catch (error) {
    if (!(error instanceof DomainValidationError)) throw error;
    const fields = error.issues.map((issue) => ({
      field: issue.field.replace(/^rows\[0\]/, 'input'),
      message: { vi: VI[issue.message] ?? issue.message, en: issue.message },
    }));
    throw new BadInputError(
      'INVALID_CALENDAR_DAY',
      {
        vi: `Ngày chưa hợp lệ: ${fields.map((f) => f.message.vi).join('; ')}.`,
        en: `Invalid day: ${fields.map((f) => f.message.en).join('; ')}.`,
      },
      fields,
    );
  }
}

/**
 * HR's side of the working calendar (PRODUCT.md 4.2). Core's calendar_day rows replace a year's
 * shipped table whole, so the first edit of a year copies the year as it stands into the table and
 * edits that copy: one change never silently drops the year's other holidays.
 */
@Injectable()
export class CalendarAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendars: CalendarService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async year(year: number): Promise<WorkingCalendarYear> {
    this.assertYear(year);
    const rows = await this.dataSource.getRepository(CalendarDayEntity).find({ where: { date: yearRange(year) }, order: { date: 'ASC' } });
    const calendar = await this.calendars.calendar();
    const shipped = OFFICIAL_TABLES.some((t) => t.year === year);
    const source = rows.length ? CalendarYearSource.LOADED : shipped ? CalendarYearSource.SHIPPED_TABLE : CalendarYearSource.FIXED_DATE_RULES;
    return {
      year,
      source,
      entries: calendar.entriesOf(year).map((e) => ({ date: e.date, kind: e.kind as CalendarEntryKind, name: e.name, document: e.document })),
      workingDays: calendar.countWorkingDays(`${year}-01-01`, `${year}-12-31`),
      updatedAt: rows.length ? new Date(Math.max(...rows.map((r) => r.updatedAt.getTime()))) : null,
    };
  }

  /** Replaces the year's rows with the table shipped in libs/domain (or the fixed-date holidays). */
  async loadYear(user: AuthUser, year: number): Promise<WorkingCalendarYear> {
    this.access.assertCityWide(user);
    this.assertYear(year);
    const table = OFFICIAL_TABLES.find((t) => t.year === year) ?? fixedDateHolidayTable(year);
    await this.dataSource.transaction(async (tx) => {
      // The same lock as every edit (editableYear): two loads of one year at once both deleted, then
      // both inserted, and the second hit the primary key (found by the fuzzer: the safety net's CONFLICT).
      await lockCalendar(tx);
      await tx.delete(CalendarDayEntity, { date: yearRange(year) });
      await this.insertEntries(tx, user, table.entries);
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'pilot.calendar.year_loaded',
        entityType: 'calendar_year',
        entityId: null,
        data: { year, source: OFFICIAL_TABLES.some((t) => t.year === year) ? 'SHIPPED_TABLE' : 'FIXED_DATE_RULES', entries: table.entries.length },
      });
    });
    this.calendars.invalidate();
    return this.year(year);
  }

  async setDay(user: AuthUser, input: SetCalendarDayInput): Promise<WorkingCalendarYear> {
    this.access.assertCityWide(user);
    const year = Number(input.date.slice(0, 4));
    this.assertYear(year);
    await this.dataSource.transaction(async (tx) => {
      const entries = await this.editableYear(tx, user, year);
      const before = entries.find((e) => e.date === input.date) ?? null;
      // libs/domain checks the row (a make-up day must be a weekend day, a swapped day off a weekday, …);
      // the rest of the year was checked when it was written and the date replaces its old row.
      checkRow(input);
      await tx.save(tx.create(CalendarDayEntity, { ...input, updatedById: user.id }));
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'pilot.calendar.day_set',
        entityType: 'calendar_day',
        entityId: null,
        data: { date: input.date, from: before, to: { kind: input.kind, name: input.name, document: input.document } },
      });
    });
    this.calendars.invalidate();
    return this.year(year);
  }

  async removeDay(user: AuthUser, date: string): Promise<WorkingCalendarYear> {
    this.access.assertCityWide(user);
    const year = Number(date.slice(0, 4));
    this.assertYear(year);
    await this.dataSource.transaction(async (tx) => {
      const entries = await this.editableYear(tx, user, year);
      const before = entries.find((e) => e.date === date);
      if (!before) throw notFound('calendarDay', date);
      if (entries.length === 1) {
        // An empty year would fall back to the shipped table: say so instead of doing it silently.
        throw invalidState('LAST_CALENDAR_DAY', {
          vi: `Không thể xóa ngày cuối cùng của lịch năm ${year}; hãy nạp lại bảng có sẵn nếu muốn bắt đầu lại.`,
          en: `The last day of the ${year} calendar cannot be removed; reload the shipped table to start again.`,
        });
      }
      await tx.delete(CalendarDayEntity, { date });
      await this.audit.record(tx, { actorId: user.id, action: 'pilot.calendar.day_removed', entityType: 'calendar_day', entityId: null, data: { date, from: before } });
    });
    this.calendars.invalidate();
    return this.year(year);
  }

  /** The year's rows, copying the year as it stands into the table on its first edit. */
  private async editableYear(tx: EntityManager, user: AuthUser, year: number): Promise<DomainEntry[]> {
    // Serialise edits of the calendar: the copy-then-edit must not interleave with another HR user's.
    await lockCalendar(tx);
    const rows = await tx.find(CalendarDayEntity, { where: { date: yearRange(year) }, order: { date: 'ASC' } });
    if (rows.length) return rows.map((r) => ({ date: r.date, kind: r.kind, name: r.name, document: r.document }));
    const entries = (await this.calendars.calendar()).entriesOf(year);
    await this.insertEntries(tx, user, entries);
    await this.audit.record(tx, {
      actorId: user.id,
      action: 'pilot.calendar.year_loaded',
      entityType: 'calendar_year',
      entityId: null,
      data: { year, source: OFFICIAL_TABLES.some((t) => t.year === year) ? 'SHIPPED_TABLE' : 'FIXED_DATE_RULES', entries: entries.length, reason: 'first edit' },
    });
    return entries;
  }

  private async insertEntries(tx: EntityManager, user: AuthUser, entries: readonly DomainEntry[]): Promise<void> {
    if (!entries.length) return;
    await tx.insert(
      CalendarDayEntity,
      entries.map((e) => ({ date: e.date, kind: e.kind, name: e.name, document: e.document, updatedById: user.id })),
    );
  }

  private assertYear(year: number): void {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      throw badField('INVALID_YEAR', 'year', { vi: `năm ${year} nằm ngoài khoảng 2000–2100`, en: `year ${year} is outside 2000–2100` });
    }
  }
}

/** Serialises every write of the calendar (loads and edits) with one another; reads go on. */
const lockCalendar = (tx: EntityManager) => tx.query('LOCK TABLE calendar_day IN SHARE ROW EXCLUSIVE MODE');
