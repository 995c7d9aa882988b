import { Injectable } from '@nestjs/common';
import { AccessService, assertVersion, AuditService, AuthUser, changes as fieldChanges, Clock, ConnectionShape, keysetPage, PageArgs, UnitEntity } from '@ketqua/api/core';
import { DEFAULT_RULE_SET_VERSION, drawParameters, getRuleSet, homeWorkLimits, parseCoreHours, promptMinutes, RuleSet } from '@ketqua/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { badField, domain, invalidState, notFound, WHAT } from '../pilot.errors';
import { CreatePilotInput, PilotFilter, UpdatePilotInput } from './dto/pilot.inputs';
import { Pilot, PilotPhase } from './models/pilot.model';
import { PilotEntity, PilotUnitEntity } from './pilot.entity';

/** A pilot row with its participating units: what every other concept of the pilot reads. */
export interface PilotWithUnits {
  pilot: PilotEntity;
  unitIds: string[];
}

@Injectable()
export class PilotService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  static ruleSetOf(pilot: PilotEntity): RuleSet {
    return getRuleSet(pilot.ruleSetVersion);
  }

  /** The pilot's own limits for checkHomeWorkCaps. */
  static limitsOf(pilot: PilotEntity) {
    return { maxHomeSharePercent: pilot.maxHomeSharePercent, minOnSite: pilot.minOnSite, maxHomeDaysPerWeek: pilot.maxHomeDaysPerWeek };
  }

  /** The pilot's parameters for drawSpotChecks. */
  static drawParametersOf(pilot: PilotEntity) {
    return drawParameters(PilotService.ruleSetOf(pilot), {
      sampleRateBasisPoints: pilot.sampleRateBasisPoints,
      coreHours: pilot.coreHours,
      answerWindowMinutes: pilot.answerWindowMinutes,
    });
  }

  phaseOf(pilot: { startDate: string; endDate: string }): PilotPhase {
    const today = this.clock.today();
    if (today < pilot.startDate) return PilotPhase.UPCOMING;
    return today > pilot.endDate ? PilotPhase.ENDED : PilotPhase.RUNNING;
  }

  async list(user: AuthUser, filter: PilotFilter = {}, page: PageArgs): Promise<ConnectionShape<Pilot>> {
    const scope = await this.access.scopeOf(user);
    const qb = this.dataSource.getRepository(PilotEntity).createQueryBuilder('p');
    if (!scope.units.all) {
      const ids = scope.units.ids.length ? scope.units.ids : [null];
      qb.andWhere('EXISTS (SELECT 1 FROM pilot_unit pu WHERE pu.pilot_id = p.id AND pu.unit_id IN (:...scopeUnits))', { scopeUnits: ids });
    }
    if (filter.unitId) qb.andWhere('EXISTS (SELECT 1 FROM pilot_unit pu2 WHERE pu2.pilot_id = p.id AND pu2.unit_id = :unitId)', { unitId: filter.unitId });
    const connection = await keysetPage(qb, page, { columns: ['p.startDate', 'p.id'], values: (p) => [p.startDate, p.id], descending: true }, (p) => Pilot.from(p, []));
    const units = await this.unitIdsOf(connection.edges.map((e) => e.node.id));
    for (const edge of connection.edges) edge.node.unitIds = units.get(edge.node.id) ?? [];
    return connection;
  }

  async get(user: AuthUser, id: string): Promise<Pilot> {
    const { pilot, unitIds } = await this.load(this.dataSource.manager, id);
    await this.assertCanSee(user, unitIds);
    return Pilot.from(pilot, unitIds);
  }

  /** Visible when any of its units is in the caller's scope (an official: their own unit). */
  async assertCanSee(user: AuthUser, unitIds: string[]): Promise<void> {
    const scope = await this.access.scopeOf(user);
    if (scope.units.all || unitIds.some((id) => AccessService.includes(scope.units, id))) return;
    await this.access.assertCanSeeUnit(user, unitIds[0] ?? '');
  }

  async load(manager: EntityManager, id: string, lock = false): Promise<PilotWithUnits> {
    const pilot = await manager.findOne(PilotEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!pilot) throw notFound('pilot', id);
    const rows = await manager.findBy(PilotUnitEntity, { pilotId: id });
    return { pilot, unitIds: rows.map((r) => r.unitId) };
  }

  async unitIdsOf(pilotIds: string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (!pilotIds.length) return out;
    for (const row of await this.dataSource.getRepository(PilotUnitEntity).findBy({ pilotId: In(pilotIds) })) {
      out.set(row.pilotId, [...(out.get(row.pilotId) ?? []), row.unitId]);
    }
    return out;
  }

  /** The pilot a unit takes part in on a date (pilots of one unit never overlap). */
  async pilotOfUnit(manager: EntityManager, unitId: string, date: string): Promise<PilotEntity | null> {
    return manager
      .getRepository(PilotEntity)
      .createQueryBuilder('p')
      .innerJoin(PilotUnitEntity, 'pu', 'pu.pilotId = p.id AND pu.unitId = :unitId', { unitId })
      .where('p.startDate <= :date AND p.endDate >= :date', { date })
      .getOne();
  }

  /** Pilots running on a date with their units (the daily draw walks these). */
  async runningOn(date: string): Promise<PilotWithUnits[]> {
    const pilots = await this.dataSource.getRepository(PilotEntity).createQueryBuilder('p').where('p.startDate <= :date AND p.endDate >= :date', { date }).getMany();
    const units = await this.unitIdsOf(pilots.map((p) => p.id));
    return pilots.map((pilot) => ({ pilot, unitIds: units.get(pilot.id) ?? [] }));
  }

  async create(user: AuthUser, input: CreatePilotInput): Promise<Pilot> {
    const ruleSet = getRuleSet(DEFAULT_RULE_SET_VERSION);
    const entity = new PilotEntity();
    Object.assign(entity, {
      name: input.name,
      decisionNumber: input.decisionNumber,
      startDate: input.startDate,
      endDate: input.endDate,
      maxHomeSharePercent: input.maxHomeSharePercent ?? ruleSet.homeWork.maxHomeSharePercent,
      minOnSite: input.minOnSite ?? ruleSet.homeWork.minOnSite,
      maxHomeDaysPerWeek: input.maxHomeDaysPerWeek ?? ruleSet.homeWork.maxHomeDaysPerWeek,
      coreHours: (input.coreHours ?? ruleSet.coreHours).map((w) => ({ start: w.start, end: w.end })),
      sampleRateBasisPoints: input.sampleRatePercent === undefined ? ruleSet.spotChecks.sampleRateBasisPoints : Math.round(input.sampleRatePercent * 100),
      answerWindowMinutes: input.answerWindowMinutes ?? ruleSet.spotChecks.answerWindowMinutes,
      ruleSetVersion: ruleSet.version,
      createdById: user.id,
    });
    this.validateRules(entity);
    const unitIds = [...new Set(input.unitIds)];
    return this.dataSource.transaction(async (tx) => {
      await this.checkUnits(tx, user, unitIds, entity, null);
      const saved = await tx.save(entity);
      await tx.insert(
        PilotUnitEntity,
        unitIds.map((unitId) => ({ pilotId: saved.id, unitId })),
      );
      await this.audit.record(tx, { actorId: user.id, action: 'pilot.created', entityType: 'pilot', entityId: saved.id, data: { ...input, unitIds } });
      return Pilot.from(saved, unitIds);
    });
  }

  async update(user: AuthUser, input: UpdatePilotInput): Promise<Pilot> {
    const { id, version, unitIds: newUnits, sampleRatePercent, ...fields } = input;
    return this.dataSource.transaction(async (tx) => {
      const { pilot, unitIds } = await this.load(tx, id, true);
      await this.assertCanAdminister(tx, user, unitIds);
      assertVersion(WHAT.pilot, version, pilot.version);
      const before = { ...pilot, coreHours: pilot.coreHours };
      Object.assign(pilot, Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)));
      if (fields.coreHours) pilot.coreHours = fields.coreHours.map((w) => ({ start: w.start, end: w.end }));
      if (sampleRatePercent !== undefined) pilot.sampleRateBasisPoints = Math.round(sampleRatePercent * 100);
      this.validateRules(pilot);
      const units = newUnits ? [...new Set(newUnits)] : unitIds;
      await this.checkUnits(tx, user, units, pilot, id);
      await this.checkOpenEnrollmentsFit(tx, pilot, units);
      const saved = await tx.save(pilot);
      if (newUnits) {
        await tx.delete(PilotUnitEntity, { pilotId: id });
        await tx.insert(
          PilotUnitEntity,
          units.map((unitId) => ({ pilotId: id, unitId })),
        );
      }
      const edited = Object.fromEntries(Object.keys(fields).map((key) => [key, (saved as unknown as Record<string, unknown>)[key]]));
      const changes = fieldChanges(before as Record<string, unknown>, edited);
      if (sampleRatePercent !== undefined && before.sampleRateBasisPoints !== saved.sampleRateBasisPoints) {
        changes['sampleRateBasisPoints'] = { from: before.sampleRateBasisPoints, to: saved.sampleRateBasisPoints };
      }
      if (newUnits && JSON.stringify([...unitIds].sort()) !== JSON.stringify([...units].sort())) changes['unitIds'] = { from: unitIds, to: units };
      await this.audit.record(tx, { actorId: user.id, action: 'pilot.updated', entityType: 'pilot', entityId: id, data: { changes } });
      return Pilot.from(saved, units);
    });
  }

  /** HR edits a pilot only when they administer every agency taking part. */
  async assertCanAdminister(manager: EntityManager, user: AuthUser, unitIds: string[]): Promise<void> {
    const units = unitIds.length ? await manager.findBy(UnitEntity, { id: In(unitIds) }) : [];
    for (const agencyId of new Set(units.map((u) => u.agencyId))) await this.access.assertCanAdministerAgency(user, agencyId);
  }

  private validateRules(pilot: PilotEntity): void {
    if (pilot.endDate < pilot.startDate) throw badField('INVALID_DATES', 'input.endDate', { vi: 'ngày kết thúc phải sau ngày bắt đầu', en: 'must not be before startDate' });
    const ruleSet = PilotService.ruleSetOf(pilot);
    domain(() => homeWorkLimits(ruleSet, PilotService.limitsOf(pilot)));
    domain(() => parseCoreHours(pilot.coreHours));
    if (promptMinutes(pilot.coreHours, pilot.answerWindowMinutes).length === 0) {
      throw badField('ANSWER_WINDOW_TOO_LONG', 'input.answerWindowMinutes', {
        vi: 'thời hạn trả lời dài hơn mọi khung giờ làm việc chính',
        en: 'longer than every core-hours window',
      });
    }
  }

  /** Units exist, are active, administered by the caller, and in no other pilot with overlapping dates. */
  private async checkUnits(tx: EntityManager, user: AuthUser, unitIds: string[], pilot: PilotEntity, pilotId: string | null): Promise<void> {
    const units = await tx.findBy(UnitEntity, { id: In(unitIds) });
    const missing = unitIds.filter((id) => !units.some((u) => u.id === id && u.active));
    if (missing.length) {
      throw badField('INVALID_REFERENCE', 'input.unitIds', {
        vi: `đơn vị không tồn tại hoặc đã ngừng hoạt động (${missing.join(', ')})`,
        en: `no such active unit (${missing.join(', ')})`,
      });
    }
    for (const agencyId of new Set(units.map((u) => u.agencyId))) await this.access.assertCanAdministerAgency(user, agencyId);
    const clash = await tx
      .getRepository(PilotUnitEntity)
      .createQueryBuilder('pu')
      .innerJoinAndSelect('pu.pilot', 'p')
      .innerJoinAndSelect('pu.unit', 'u')
      .where('pu.unitId IN (:...unitIds)', { unitIds })
      .andWhere('p.startDate <= :end AND p.endDate >= :start', { start: pilot.startDate, end: pilot.endDate })
      .andWhere(pilotId ? 'p.id <> :pilotId' : '1 = 1', { pilotId })
      .getOne();
    if (clash) {
      throw invalidState(
        'UNIT_IN_OTHER_PILOT',
        {
          vi: `${clash.unit?.name} đã tham gia đề án "${clash.pilot?.name}" trong cùng thời gian; một đơn vị chỉ thuộc một đề án tại một thời điểm.`,
          en: `${clash.unit?.name} already takes part in the pilot "${clash.pilot?.name}" at the same time; a unit belongs to one pilot at a time.`,
        },
        { unitId: clash.unitId, pilotId: clash.pilotId },
      );
    }
  }

  /** Open enrollments keep their unit in the pilot and their dates inside it. */
  private async checkOpenEnrollmentsFit(tx: EntityManager, pilot: PilotEntity, unitIds: string[]): Promise<void> {
    const rows: Array<{ unit_id: string; first: string; last: string }> = await tx.query(
      `SELECT unit_id, min(start_date)::text AS first, max(end_date)::text AS last FROM enrollment
        WHERE pilot_id = $1 AND status IN ('PENDING', 'APPROVED', 'SUSPENDED') GROUP BY unit_id`,
      [pilot.id],
    );
    const dropped = rows.filter((r) => !unitIds.includes(r.unit_id));
    if (dropped.length) {
      throw invalidState(
        'UNIT_HAS_ENROLLMENTS',
        {
          vi: 'Không thể bỏ đơn vị khỏi đề án khi còn đăng ký làm việc tại nhà đang chờ duyệt, đang hiệu lực hoặc tạm dừng. Hãy kết thúc các đăng ký đó trước.',
          en: 'A unit cannot leave the pilot while it has pending, approved or suspended enrollments. End them first.',
        },
        { unitIds: dropped.map((r) => r.unit_id) },
      );
    }
    if (rows.some((r) => r.first < pilot.startDate || r.last > pilot.endDate)) {
      throw invalidState('ENROLLMENTS_OUTSIDE_DATES', {
        vi: 'Thời gian đề án mới không bao trùm các đăng ký làm việc tại nhà đang mở. Hãy điều chỉnh hoặc kết thúc các đăng ký đó trước.',
        en: 'The new pilot dates do not cover the open enrollments. Adjust or end them first.',
      });
    }
  }
}
