import { Injectable } from '@nestjs/common';
import { AccessService, Agency, AgencyEntity, AuditService, AuthUser, BadInputError, Clock, ConnectionShape, keysetPage, PageArgs } from '@ketqua/api/core';
import { DataSource } from 'typeorm';
import { duplicateCode, notFound, WHAT } from '../org.errors';
import { assertVersion, changes, isUniqueViolation } from '@ketqua/api/core';
import { AgencyFilter, CreateAgencyInput, UpdateAgencyInput } from './dto/agency.inputs';

@Injectable()
export class AgencyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthUser, filter: AgencyFilter = {}, page: PageArgs): Promise<ConnectionShape<Agency>> {
    const scope = (await this.access.scopeOf(user)).agencies;
    const qb = this.dataSource.getRepository(AgencyEntity).createQueryBuilder('a');
    if (!scope.all) qb.andWhere('a.id IN (:...ids)', { ids: scope.ids.length ? scope.ids : [null] });
    if (filter.kind) qb.andWhere('a.kind = :kind', { kind: filter.kind });
    if (filter.existingOn) {
      qb.andWhere('a.validFrom <= :d AND (a.validTo IS NULL OR a.validTo >= :d)', { d: filter.existingOn });
    }
    if (filter.search) qb.andWhere('(a.name ILIKE :s OR a.code ILIKE :s)', { s: `%${escapeLike(filter.search)}%` });
    return keysetPage(qb, page, { columns: ['a.name', 'a.id'], values: (a) => [a.name, a.id] }, Agency.from);
  }

  async get(user: AuthUser, id: string): Promise<Agency> {
    const agency = await this.dataSource.getRepository(AgencyEntity).findOneBy({ id });
    if (!agency) throw notFound('agency', id);
    await this.access.assertCanSeeAgency(user, id);
    return Agency.from(agency);
  }

  async create(user: AuthUser, input: CreateAgencyInput): Promise<Agency> {
    this.access.assertCityWide(user);
    assertDates(input.validFrom, input.validTo ?? null);
    return this.dataSource.transaction(async (tx) => {
      if (await tx.existsBy(AgencyEntity, { code: input.code })) throw duplicateCode('agency', input.code);
      const saved = await tx.save(tx.create(AgencyEntity, { ...input, validTo: input.validTo ?? null })).catch((e) => {
        throw isUniqueViolation(e) ? duplicateCode('agency', input.code) : e;
      });
      await this.audit.record(tx, { actorId: user.id, action: 'org.agency.created', entityType: 'agency', entityId: saved.id, data: input });
      return Agency.from(saved);
    });
  }

  async update(user: AuthUser, input: UpdateAgencyInput): Promise<Agency> {
    const { id, version, ...fields } = input;
    return this.dataSource.transaction(async (tx) => {
      const agency = await tx.findOne(AgencyEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!agency) throw notFound('agency', id);
      await this.access.assertCanAdministerAgency(user, id);
      assertVersion(WHAT.agency, version, agency.version);
      assertDates(fields.validFrom ?? agency.validFrom, fields.validTo === undefined ? agency.validTo : fields.validTo);
      if (fields.code && fields.code !== agency.code && (await tx.existsBy(AgencyEntity, { code: fields.code }))) {
        throw duplicateCode('agency', fields.code);
      }
      const diff = changes(agency, fields);
      Object.assign(agency, fields);
      const saved = await tx.save(agency).catch((e: unknown) => {
        // A code taken at the same moment by another request: the unique index decides.
        throw isUniqueViolation(e) && fields.code ? duplicateCode('agency', fields.code) : e;
      });
      await this.audit.record(tx, { actorId: user.id, action: 'org.agency.updated', entityType: 'agency', entityId: id, data: { changes: diff } });
      return Agency.from(saved);
    });
  }

  /** Closing an agency (e.g. merged in a reorganisation): it exists until lastDay, its history stays. */
  async close(user: AuthUser, id: string, lastDay: string = this.clock.today()): Promise<Agency> {
    this.access.assertCityWide(user);
    return this.dataSource.transaction(async (tx) => {
      const agency = await tx.findOne(AgencyEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!agency) throw notFound('agency', id);
      assertDates(agency.validFrom, lastDay);
      const before = agency.validTo;
      agency.validTo = lastDay;
      const saved = await tx.save(agency);
      await this.audit.record(tx, { actorId: user.id, action: 'org.agency.closed', entityType: 'agency', entityId: id, data: { validTo: { from: before, to: lastDay } } });
      return Agency.from(saved);
    });
  }
}

function assertDates(validFrom: string, validTo: string | null) {
  if (validTo && validTo < validFrom) {
    throw new BadInputError('INVALID_DATES', { vi: 'Ngày kết thúc phải sau ngày bắt đầu.', en: 'The end date must not be before the start date.' }, [
      { field: 'input.validTo', message: { vi: 'phải sau hoặc bằng ngày bắt đầu', en: 'must be on or after validFrom' } },
    ]);
  }
}

/** % and _ typed by a user are literal characters, not wildcards. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
