import { Injectable } from '@nestjs/common';
import { CalendarService, UserEntity, withoutSecrets } from '@ketqua/api/core';
import { Absence, addDays, Enrollment, isoWeekday, IsoWeekday, toLocalDate, WorkingCalendar } from '@ketqua/domain';
import { Brackets, DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AbsenceEntity } from '../absence/absence.entity';
import { EnrollmentEntity } from '../enrollment/enrollment.entity';

export type PresenceStatusValue = 'HOME' | 'OFFICE' | 'AWAY' | 'HOLIDAY';

/** Everything the cap check, the presence board and the daily draw need about one unit over a period. */
export interface UnitSituation {
  /** Active officials whose unit this is, by id. */
  members: UserEntity[];
  /**
   * The unit's enrollments that put someone at home during the period: approved ones, and the days
   * before a suspension or an end of the others (their endDate cut to the day before), so a past
   * day reads as it was and an inspector finds the roster of that day's draw.
   */
  approved: EnrollmentEntity[];
  /** Absences of the members overlapping the period (cancelled ones left out). */
  absences: AbsenceEntity[];
}

export interface DayStatus {
  status: PresenceStatusValue;
  enrollment: EnrollmentEntity | null;
  absence: AbsenceEntity | null;
}

export const toDomainEnrollment = (e: Pick<EnrollmentEntity, 'id' | 'officialId' | 'weekdays' | 'startDate' | 'endDate'>): Enrollment => ({
  id: e.id,
  officialId: e.officialId,
  weekdays: e.weekdays as IsoWeekday[],
  startDate: e.startDate,
  endDate: e.endDate,
});

/**
 * The stretch an enrollment actually kept its official at home: all of it while approved; up to the
 * day before it was suspended or ended otherwise (that day's draw had already run or was not due,
 * and from then on they are in the office). null when that stretch is empty. A copy: never saved.
 */
function asAtHome(e: EnrollmentEntity): EnrollmentEntity | null {
  if (e.status === 'APPROVED') return e;
  const stops = [e.suspendedAt, e.status === 'ENDED' ? e.endedAt : null].filter((d): d is Date => !!d).map((d) => addDays(toLocalDate(d), -1));
  if (!stops.length) return null;
  const last = stops.reduce((min, d) => (d < min ? d : min));
  const endDate = last < e.endDate ? last : e.endDate;
  return endDate >= e.startDate ? Object.assign(Object.create(Object.getPrototypeOf(e)) as EnrollmentEntity, e, { endDate }) : null;
}

export const toDomainAbsence = (a: AbsenceEntity): Absence => ({ officialId: a.officialId, startDate: a.startDate, endDate: a.endDate });

/**
 * Who is where on a day (PRODUCT.md 4.1, 4.6): at home on an approved enrollment's weekday, away on
 * a recorded absence, nobody on a day off, in the office otherwise. One place, so the cap check,
 * "Hôm nay" and the spot-check roster can never disagree.
 */
@Injectable()
export class HomeRosterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendars: CalendarService,
  ) {}

  calendar(): Promise<WorkingCalendar> {
    return this.calendars.calendar();
  }

  async situation(manager: EntityManager, unitId: string, from: string, to: string): Promise<UnitSituation> {
    return (await this.situations(manager, [{ unitId, from, to }]))[0];
  }

  /**
   * The situations of several units, each over its own period, in three queries whatever the number
   * of units (a page of enrollments spans many units: never a query per unit). Enrollments and
   * absences are read over the union of the periods and then cut to each unit's.
   */
  async situations(manager: EntityManager, requests: ReadonlyArray<{ unitId: string; from: string; to: string }>): Promise<UnitSituation[]> {
    if (!requests.length) return [];
    const unitIds = [...new Set(requests.map((r) => r.unitId))];
    const from = requests.reduce((min, r) => (r.from < min ? r.from : min), requests[0].from);
    const to = requests.reduce((max, r) => (r.to > max ? r.to : max), requests[0].to);
    const members = await manager.find(UserEntity, {
      select: withoutSecrets(manager.getRepository(UserEntity)),
      where: { unitId: In(unitIds), active: true },
      order: { id: 'ASC' },
    });
    // One after the other: the manager may be a transaction's (an approval checks the caps under its lock),
    // one connection, which runs one query at a time.
    const enrollments = await manager
      .getRepository(EnrollmentEntity)
      .createQueryBuilder('e')
      .where('e.unitId IN (:...unitIds) AND e.status IN (:...statuses) AND e.decidedAt IS NOT NULL', { unitIds, statuses: ['APPROVED', 'SUSPENDED', 'ENDED'] })
      .andWhere('e.startDate <= :to AND e.endDate >= :from', { from, to })
      .getMany();
    const absences = await this.absencesOf(
      manager,
      members.map((m) => m.id),
      from,
      to,
    );
    return requests.map((r) => {
      const ofUnit = members.filter((m) => m.unitId === r.unitId);
      const ids = new Set(ofUnit.map((m) => m.id));
      const approved = enrollments
        .filter((e) => e.unitId === r.unitId && e.startDate <= r.to && e.endDate >= r.from)
        .map(asAtHome)
        .filter((e): e is EnrollmentEntity => !!e && e.endDate >= r.from);
      return { members: ofUnit, approved, absences: absences.filter((a) => ids.has(a.officialId) && a.startDate <= r.to && a.endDate >= r.from) };
    });
  }

  async absencesOf(manager: EntityManager, officialIds: string[], from: string, to: string): Promise<AbsenceEntity[]> {
    if (!officialIds.length) return [];
    return manager
      .getRepository(AbsenceEntity)
      .createQueryBuilder('a')
      .where({ officialId: In(officialIds), cancelledAt: IsNull() })
      .andWhere(new Brackets((w) => w.where('a.startDate <= :to AND a.endDate >= :from', { from, to })))
      .getMany();
  }

  /** One official's day, from the unit's situation. */
  static statusOn(date: string, calendar: WorkingCalendar, officialId: string, situation: Pick<UnitSituation, 'approved' | 'absences'>): DayStatus {
    if (!calendar.isWorkingDay(date)) return { status: 'HOLIDAY', enrollment: null, absence: null };
    const absence = situation.absences.find((a) => a.officialId === officialId && a.startDate <= date && date <= a.endDate) ?? null;
    if (absence) return { status: 'AWAY', enrollment: null, absence };
    const weekday = isoWeekday(date);
    const enrollment = situation.approved.find((e) => e.officialId === officialId && e.startDate <= date && date <= e.endDate && e.weekdays.includes(weekday)) ?? null;
    return { status: enrollment ? 'HOME' : 'OFFICE', enrollment, absence: null };
  }

  /** The officials of a unit at home on a date: the spot-check roster of that day. */
  async homeOn(manager: EntityManager, unitId: string, date: string): Promise<Array<{ officialId: string; enrollmentId: string }>> {
    const [calendar, situation] = await Promise.all([this.calendar(), this.situation(manager, unitId, date, date)]);
    return situation.members.flatMap((member) => {
      const day = HomeRosterService.statusOn(date, calendar, member.id, situation);
      return day.status === 'HOME' && day.enrollment ? [{ officialId: member.id, enrollmentId: day.enrollment.id }] : [];
    });
  }
}
