// The assignment list filters in SQL, kept in core so the work module's lists and the reports' read
// models (the unit head's overview counts overdue work) build the same condition from libs/domain.
import { localDateSql, localTimeSql } from '../time/local-time.sql';
import { HO_CHI_MINH_TIME_ZONE, toLocalDate, WITH_OFFICIAL_STATUSES, WorkingCalendar } from '@ketqua/domain';

/** A WHERE fragment with its named parameters (TypeORM query builder). */
export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

/** The next move is the official's: libs/domain's WITH_OFFICIAL_STATUSES, in SQL. */
export function withOfficialSql(alias: string): SqlCondition {
  return { sql: `${alias}.status IN (:...withOfficial)`, params: { withOfficial: [...WITH_OFFICIAL_STATUSES] } };
}

/**
 * libs/domain's isOverdue in SQL, so the list filter `overdue` and the field `isOverdue` agree:
 * the status is with the official and the effective deadline (moved off days off to the next
 * working day, same time of day) has passed. With P the last working day before today, that is a
 * deadline dated on or before P, or - when today is a working day - dated after P up to today
 * (so its effective day is today) at a time of day already past.
 */
export function overdueSql(alias: string, calendar: WorkingCalendar, now: Date): SqlCondition {
  const today = toLocalDate(now);
  const localDate = localDateSql(`${alias}.deadline`);
  const effectiveToday = `((CAST(:today AS date) + ${localTimeSql(`${alias}.deadline`)}) AT TIME ZONE '${HO_CHI_MINH_TIME_ZONE}')`;
  const passedToday = calendar.isWorkingDay(today) ? ` OR (${localDate} > :lastWorkingDay AND ${localDate} <= :today AND ${effectiveToday} < :now)` : '';
  const withOfficial = withOfficialSql(alias);
  return {
    sql: `(${withOfficial.sql} AND (${localDate} <= :lastWorkingDay${passedToday}))`,
    params: { ...withOfficial.params, lastWorkingDay: calendar.previousWorkingDay(today), today, now },
  };
}
