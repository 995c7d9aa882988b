import { Injectable } from '@nestjs/common';
import { assertVersion, AuditService, AuthUser, BadInputError, ConnectionShape, keysetPage, PageArgs, PositionEntity, UnitEntity } from '@ketqua/api/core';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { duplicateCatalogueCode, invalidReference, notFound, WHAT } from '../work.errors';
import { WorkAccess } from '../shared/work-access';
import { CatalogueItemEntity } from './catalogue-item.entity';
import { CatalogueFilter, CreateCatalogueItemInput, UpdateCatalogueItemInput } from './dto/catalogue.inputs';
import { CatalogueItem } from './models/catalogue-item.model';

@Injectable()
export class CatalogueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: WorkAccess,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser, filter: CatalogueFilter | undefined, page: PageArgs): Promise<ConnectionShape<CatalogueItem>> {
    if (!filter?.unitId)
      throw new BadInputError('UNIT_REQUIRED', { vi: 'Hãy chọn đơn vị.', en: 'Choose a unit.' }, [{ field: 'filter.unitId', message: { vi: 'bắt buộc', en: 'required' } }]);
    await this.access.assertCanSeeUnit(user, filter.unitId);
    const qb = this.dataSource.getRepository(CatalogueItemEntity).createQueryBuilder('c').where('c.unitId = :unitId', { unitId: filter.unitId });
    if (filter.positionId) qb.andWhere(new Brackets((w) => w.where('c.positionId = :positionId', { positionId: filter.positionId }).orWhere('c.positionId IS NULL')));
    if (!filter.includeInactive) qb.andWhere('c.active = true');
    return keysetPage(qb, page, { columns: ['c.code', 'c.id'], values: (c) => [c.code, c.id] }, CatalogueItem.from);
  }

  async create(user: AuthUser, input: CreateCatalogueItemInput): Promise<CatalogueItem> {
    return this.dataSource.transaction(async (tx) => {
      await this.checkUnitAndPosition(tx, user, input.unitId, input.positionId ?? null);
      if (await tx.existsBy(CatalogueItemEntity, { unitId: input.unitId, code: input.code })) throw duplicateCatalogueCode(input.code);
      const saved = await tx.save(tx.create(CatalogueItemEntity, { ...input, positionId: input.positionId ?? null, active: true }));
      await this.audit.record(tx, { actorId: user.id, action: 'work.catalogue.created', entityType: 'work_catalogue_item', entityId: saved.id, data: input });
      return CatalogueItem.from(saved);
    });
  }

  async update(user: AuthUser, input: UpdateCatalogueItemInput): Promise<CatalogueItem> {
    const { id, version, ...fields } = input;
    return this.dataSource.transaction(async (tx) => {
      const item = await tx.findOne(CatalogueItemEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!item) throw notFound('catalogueItem', id);
      await this.checkUnitAndPosition(tx, user, item.unitId, fields.positionId === undefined ? item.positionId : fields.positionId);
      assertVersion(WHAT.catalogueItem, version, item.version);
      const before = { ...item };
      Object.assign(item, Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)));
      const saved = await tx.save(item);
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'work.catalogue.updated',
        entityType: 'work_catalogue_item',
        entityId: id,
        data: { from: pick(before, Object.keys(fields)), to: fields },
      });
      return CatalogueItem.from(saved);
    });
  }

  private async checkUnitAndPosition(tx: EntityManager, user: AuthUser, unitId: string, positionId: string | null): Promise<void> {
    const unit = await tx.findOneBy(UnitEntity, { id: unitId });
    if (!unit) throw invalidReference('input.unitId', 'đơn vị không tồn tại', 'no such unit');
    await this.access.assertCanSeeUnit(user, unitId);
    if (positionId) {
      const position = await tx.findOneBy(PositionEntity, { id: positionId });
      if (!position || position.agencyId !== unit.agencyId) {
        throw invalidReference('input.positionId', 'vị trí việc làm phải thuộc cơ quan của đơn vị', "the position must belong to the unit's agency");
      }
    }
  }
}

function pick(source: object, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, (source as Record<string, unknown>)[k]]));
}
