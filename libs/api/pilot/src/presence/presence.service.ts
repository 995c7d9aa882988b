import { Injectable } from '@nestjs/common';
import { AccessService, AuthUser, Clock, OfficialSummary, UserEntity } from '@ketqua/api/core';
import { DataSource } from 'typeorm';
import { AbsenceKind } from '../absence/dto/absence.inputs';
import { PilotService } from '../pilot/pilot.service';
import { HomeRosterService, UnitSituation } from './home-roster.service';
import { PresenceEntry, PresenceStatus, UnitPresence } from './models/presence.model';
import { WorkingCalendar } from '@ketqua/domain';

@Injectable()
export class PresenceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
    private readonly roster: HomeRosterService,
    private readonly pilots: PilotService,
  ) {}

  async unitPresence(user: AuthUser, unitId: string, date = this.clock.today()): Promise<UnitPresence> {
    await this.access.assertCanSeeUnit(user, unitId);
    const manager = this.dataSource.manager;
    const [calendar, situation, pilot] = await Promise.all([
      this.roster.calendar(),
      this.roster.situation(manager, unitId, date, date),
      this.pilots.pilotOfUnit(manager, unitId, date),
    ]);
    const entries = situation.members.map((m) => entryOf(m, date, calendar, situation)).sort((a, b) => a.official.fullName.localeCompare(b.official.fullName, 'vi'));
    const count = (status: PresenceStatus) => entries.filter((e) => e.status === status).length;
    return {
      unitId,
      date,
      workingDay: calendar.isWorkingDay(date),
      holidayName: holidayName(calendar, date),
      pilotId: pilot?.id ?? null,
      entries,
      homeCount: count(PresenceStatus.HOME),
      officeCount: count(PresenceStatus.OFFICE),
      awayCount: count(PresenceStatus.AWAY),
      total: entries.length,
      capPercent: pilot?.maxHomeSharePercent ?? null,
    };
  }

  /** The caller's own day: a home day, an office day, away or a holiday. */
  async myPresence(user: AuthUser, date = this.clock.today()): Promise<PresenceEntry> {
    const me = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.id });
    const [calendar, situation] = await Promise.all([this.roster.calendar(), this.roster.situation(this.dataSource.manager, me.unitId, date, date)]);
    return entryOf(me, date, calendar, situation);
  }
}

function holidayName(calendar: WorkingCalendar, date: string): string | null {
  return calendar.isWorkingDay(date) ? null : (calendar.entryOn(date)?.name ?? null);
}

function entryOf(member: UserEntity, date: string, calendar: WorkingCalendar, situation: UnitSituation): PresenceEntry {
  const day = HomeRosterService.statusOn(date, calendar, member.id, situation);
  return {
    official: OfficialSummary.from(member),
    date,
    status: day.status as PresenceStatus,
    absenceKind: (day.absence?.kind as AbsenceKind | undefined) ?? null,
    enrollmentId: day.enrollment?.id ?? null,
    holidayName: day.status === 'HOLIDAY' ? holidayName(calendar, date) : null,
  };
}
