import { Injectable } from '@nestjs/common';
import { AccessService, AgencyEntity, AuditService, AuthUser, ConnectionShape, keysetPage, PageArgs, Unit, UnitEntity, UserEntity } from '@ketqua/api/core';
import { DataSource, EntityManager } from 'typeorm';
import { escapeLike } from '../agency/agency.service';
import { duplicateCode, invalidReference, notFound, unitCycle, unitHasMembers, WHAT } from '../org.errors';
import { assertVersion, changes, isUniqueViolation, isUnitWithin } from '@ketqua/api/core';
import { CreateUnitInput, UnitFilter, UpdateUnitInput } from './dto/unit.inputs';

@Injectable()
export class UnitService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser, filter: UnitFilter = {}, page: PageArgs): Promise<ConnectionShape<Unit>> {
    const scope = (await this.access.scopeOf(user)).units;
    const qb = this.dataSource.getRepository(UnitEntity).createQueryBuilder('u');
    if (!scope.all) qb.andWhere('u.id IN (:...ids)', { ids: scope.ids.length ? scope.ids : [null] });
    if (filter.agencyId) qb.andWhere('u.agencyId = :agencyId', { agencyId: filter.agencyId });
    if (filter.parentId) qb.andWhere('u.parentId = :parentId', { parentId: filter.parentId });
    if (filter.topLevelOnly) qb.andWhere('u.parentId IS NULL');
    if (!filter.includeInactive) qb.andWhere('u.active = true');
    if (filter.search) qb.andWhere('(u.name ILIKE :s OR u.code ILIKE :s)', { s: `%${escapeLike(filter.search)}%` });
    return keysetPage(qb, page, { columns: ['u.name', 'u.id'], values: (u) => [u.name, u.id] }, Unit.from);
  }

  async get(user: AuthUser, id: string): Promise<Unit> {
    const unit = await this.dataSource.getRepository(UnitEntity).findOneBy({ id });
    if (!unit) throw notFound('unit', id);
    await this.access.assertCanSeeUnit(user, id);
    return Unit.from(unit);
  }

  /** The units of a list the caller may see. */
  async visible(user: AuthUser, units: UnitEntity[]): Promise<Unit[]> {
    const scope = (await this.access.scopeOf(user)).units;
    return units.filter((u) => AccessService.includes(scope, u.id)).map(Unit.from);
  }

  async create(user: AuthUser, input: CreateUnitInput): Promise<Unit> {
    await this.access.assertCanAdministerAgency(user, input.agencyId);
    return this.dataSource.transaction(async (tx) => {
      if (!(await tx.existsBy(AgencyEntity, { id: input.agencyId }))) throw notFound('agency', input.agencyId);
      await this.checkReferences(tx, input.agencyId, null, input.parentId ?? null, input.headId ?? null);
      if (await tx.existsBy(UnitEntity, { agencyId: input.agencyId, code: input.code })) throw duplicateCode('unit', input.code);
      const saved = await tx.save(tx.create(UnitEntity, { ...input, parentId: input.parentId ?? null, headId: input.headId ?? null, active: true })).catch((e) => {
        throw isUniqueViolation(e) ? duplicateCode('unit', input.code) : e;
      });
      await this.audit.record(tx, { actorId: user.id, action: 'org.unit.created', entityType: 'unit', entityId: saved.id, data: input });
      return Unit.from(saved);
    });
  }

  async update(user: AuthUser, input: UpdateUnitInput): Promise<Unit> {
    const { id, version, ...fields } = input;
    return this.dataSource.transaction(async (tx) => {
      const unit = await tx.findOne(UnitEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!unit) throw notFound('unit', id);
      await this.access.assertCanAdministerAgency(user, unit.agencyId);
      assertVersion(WHAT.unit, version, unit.version);
      await this.checkReferences(
        tx,
        unit.agencyId,
        unit.id,
        fields.parentId === undefined ? unit.parentId : fields.parentId,
        fields.headId === undefined ? unit.headId : fields.headId,
      );
      if (fields.code && fields.code !== unit.code && (await tx.existsBy(UnitEntity, { agencyId: unit.agencyId, code: fields.code }))) {
        throw duplicateCode('unit', fields.code);
      }
      const diff = changes(unit, fields);
      Object.assign(unit, fields);
      const saved = await tx.save(unit).catch((e: unknown) => {
        // A code taken at the same moment by another request: the unique index decides.
        throw isUniqueViolation(e) && fields.code ? duplicateCode('unit', fields.code) : e;
      });
      await this.audit.record(tx, { actorId: user.id, action: 'org.unit.updated', entityType: 'unit', entityId: id, data: { changes: diff } });
      return Unit.from(saved);
    });
  }

  /** Refused while active officials or sub-units remain: people are never left without a unit. */
  async deactivate(user: AuthUser, id: string): Promise<Unit> {
    return this.dataSource.transaction(async (tx) => {
      const unit = await tx.findOne(UnitEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!unit) throw notFound('unit', id);
      await this.access.assertCanAdministerAgency(user, unit.agencyId);
      const officials = await tx.countBy(UserEntity, { unitId: id, active: true });
      const children = await tx.countBy(UnitEntity, { parentId: id, active: true });
      if (officials || children) throw unitHasMembers(officials, children);
      unit.active = false;
      const saved = await tx.save(unit);
      await this.audit.record(tx, { actorId: user.id, action: 'org.unit.deactivated', entityType: 'unit', entityId: id });
      return Unit.from(saved);
    });
  }

  /** Parent in the same agency and not below the unit itself; head an active official of the agency. */
  private async checkReferences(tx: EntityManager, agencyId: string, unitId: string | null, parentId: string | null, headId: string | null) {
    if (parentId) {
      const parent = await tx.findOneBy(UnitEntity, { id: parentId });
      if (!parent || parent.agencyId !== agencyId) {
        throw invalidReference('input.parentId', 'đơn vị cấp trên phải thuộc cùng cơ quan', 'the parent unit must belong to the same agency');
      }
      if (unitId) {
        if (await isUnitWithin(tx, parentId, unitId)) throw unitCycle();
      }
    }
    if (headId) {
      const head = await tx.findOne(UserEntity, { where: { id: headId }, relations: { unit: true } });
      if (!head || !head.active || head.unit?.agencyId !== agencyId) {
        throw invalidReference('input.headId', 'người đứng đầu phải là công chức đang làm việc tại cơ quan này', 'the head must be an active official of this agency');
      }
    }
  }
}
