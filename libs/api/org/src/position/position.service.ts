import { Injectable } from '@nestjs/common';
import { AccessService, AgencyEntity, AuditService, AuthUser, ConnectionShape, keysetPage, PageArgs, Position, PositionEntity } from '@ketqua/api/core';
import { DataSource } from 'typeorm';
import { escapeLike } from '../agency/agency.service';
import { duplicateCode, notFound, WHAT } from '../org.errors';
import { assertVersion, changes, isUniqueViolation } from '@ketqua/api/core';
import { CreatePositionInput, PositionFilter, UpdatePositionInput } from './dto/position.inputs';

@Injectable()
export class PositionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser, filter: PositionFilter = {}, page: PageArgs): Promise<ConnectionShape<Position>> {
    const scope = (await this.access.scopeOf(user)).agencies;
    const qb = this.dataSource.getRepository(PositionEntity).createQueryBuilder('p');
    if (!scope.all) qb.andWhere('p.agencyId IN (:...ids)', { ids: scope.ids.length ? scope.ids : [null] });
    if (filter.agencyId) qb.andWhere('p.agencyId = :agencyId', { agencyId: filter.agencyId });
    if (!filter.includeInactive) qb.andWhere('p.active = true');
    if (filter.search) qb.andWhere('(p.name ILIKE :s OR p.code ILIKE :s)', { s: `%${escapeLike(filter.search)}%` });
    return keysetPage(qb, page, { columns: ['p.name', 'p.id'], values: (p) => [p.name, p.id] }, Position.from);
  }

  async create(user: AuthUser, input: CreatePositionInput): Promise<Position> {
    await this.access.assertCanAdministerAgency(user, input.agencyId);
    return this.dataSource.transaction(async (tx) => {
      // An ADMIN may name any agency: one that does not exist is NOT_FOUND, not a foreign-key failure (found by the fuzzer).
      if (!(await tx.existsBy(AgencyEntity, { id: input.agencyId }))) throw notFound('agency', input.agencyId);
      if (await tx.existsBy(PositionEntity, { agencyId: input.agencyId, code: input.code })) throw duplicateCode('position', input.code);
      const saved = await tx.save(tx.create(PositionEntity, { ...input, active: true })).catch((e) => {
        throw isUniqueViolation(e) ? duplicateCode('position', input.code) : e;
      });
      await this.audit.record(tx, { actorId: user.id, action: 'org.position.created', entityType: 'position', entityId: saved.id, data: input });
      return Position.from(saved);
    });
  }

  async update(user: AuthUser, input: UpdatePositionInput): Promise<Position> {
    const { id, version, ...fields } = input;
    return this.dataSource.transaction(async (tx) => {
      const position = await tx.findOne(PositionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!position) throw notFound('position', id);
      await this.access.assertCanAdministerAgency(user, position.agencyId);
      assertVersion(WHAT.position, version, position.version);
      if (fields.code && fields.code !== position.code && (await tx.existsBy(PositionEntity, { agencyId: position.agencyId, code: fields.code }))) {
        throw duplicateCode('position', fields.code);
      }
      const diff = changes(position, fields);
      // Only what the caller sent: an omitted field stays as it is.
      Object.assign(position, Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)));
      const saved = await tx.save(position).catch((e: unknown) => {
        // A code taken at the same moment by another request: the unique index decides.
        throw isUniqueViolation(e) && fields.code ? duplicateCode('position', fields.code) : e;
      });
      await this.audit.record(tx, { actorId: user.id, action: 'org.position.updated', entityType: 'position', entityId: id, data: { changes: diff } });
      return Position.from(saved);
    });
  }
}
