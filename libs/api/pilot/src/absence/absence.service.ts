import { Injectable } from '@nestjs/common';
import { AccessService, AuditService, AuthUser, Clock, ConnectionShape, keysetPage, PageArgs, Role, UnitEntity, UserEntity } from '@ketqua/api/core';
import { formatLocalDate } from '@ketqua/domain';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { badField, invalidState, notFound } from '../pilot.errors';
import { AbsenceEntity } from './absence.entity';
import { AbsenceFilter, RecordAbsenceInput } from './dto/absence.inputs';
import { Absence } from './models/absence.model';

/** Absences recorded by the head (or HR): away days count for neither the home share nor a spot check. */
@Injectable()
export class AbsenceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthUser, filter: AbsenceFilter = {}, page: PageArgs): Promise<ConnectionShape<Absence>> {
    const qb = this.dataSource.getRepository(AbsenceEntity).createQueryBuilder('a').where('a.cancelledAt IS NULL');
    await this.access.restrictToScope(qb, user, { unit: 'a.unitId', own: ['a.officialId'] });
    if (filter.unitId) qb.andWhere('a.unitId = :unitId', { unitId: filter.unitId });
    if (filter.officialId) qb.andWhere('a.officialId = :officialId', { officialId: filter.officialId });
    if (filter.from) qb.andWhere('a.endDate >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('a.startDate <= :to', { to: filter.to });
    return keysetPage(qb, page, { columns: ['a.startDate', 'a.id'], values: (a) => [a.startDate, a.id], descending: true }, Absence.from);
  }

  async record(user: AuthUser, input: RecordAbsenceInput): Promise<Absence> {
    if (input.endDate < input.startDate) throw badField('INVALID_DATES', 'input.endDate', { vi: 'trước ngày bắt đầu', en: 'before the start date' });
    return this.dataSource.transaction(async (tx) => {
      const official = await tx.findOneBy(UserEntity, { id: input.officialId });
      if (!official) throw notFound('official', input.officialId);
      await this.assertCanRecord(tx, user, official);
      const overlap = await tx
        .getRepository(AbsenceEntity)
        .createQueryBuilder('a')
        .where({ officialId: official.id, cancelledAt: IsNull() })
        .andWhere('a.startDate <= :end AND a.endDate >= :start', { start: input.startDate, end: input.endDate })
        .getOne();
      if (overlap) {
        throw invalidState(
          'ABSENCE_OVERLAPS',
          {
            vi: `${official.fullName} đã có lịch vắng mặt từ ${formatLocalDate(overlap.startDate)} đến ${formatLocalDate(overlap.endDate)} trùng với khoảng này.`,
            en: `${official.fullName} already has an absence from ${formatLocalDate(overlap.startDate)} to ${formatLocalDate(overlap.endDate)} overlapping these dates.`,
          },
          { absenceId: overlap.id },
        );
      }
      const saved = await tx.save(
        tx.create(AbsenceEntity, {
          officialId: official.id,
          unitId: official.unitId,
          kind: input.kind,
          startDate: input.startDate,
          endDate: input.endDate,
          note: input.note ?? null,
          recordedById: user.id,
          cancelledAt: null,
          cancelledById: null,
        }),
      );
      await this.audit.record(tx, { actorId: user.id, action: 'pilot.absence.recorded', entityType: 'absence', entityId: saved.id, data: { ...input } });
      return Absence.from(saved);
    });
  }

  async cancel(user: AuthUser, id: string): Promise<Absence> {
    return this.dataSource.transaction(async (tx) => {
      const absence = await tx.findOne(AbsenceEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!absence || absence.cancelledAt) throw notFound('absence', id);
      const official = await tx.findOneByOrFail(UserEntity, { id: absence.officialId });
      await this.assertCanRecord(tx, user, official);
      Object.assign(absence, { cancelledAt: this.clock.now(), cancelledById: user.id });
      const saved = await tx.save(absence);
      await this.audit.record(tx, { actorId: user.id, action: 'pilot.absence.cancelled', entityType: 'absence', entityId: id, data: {} });
      return Absence.from(saved);
    });
  }

  /** The head for the units they head; HR and ADMIN for agencies they administer. */
  private async assertCanRecord(tx: EntityManager, user: AuthUser, official: UserEntity): Promise<void> {
    if (user.role === Role.UNIT_HEAD) return this.access.assertCanSeeUnit(user, official.unitId);
    const unit = await tx.findOneByOrFail(UnitEntity, { id: official.unitId });
    await this.access.assertCanAdministerAgency(user, unit.agencyId);
  }
}
