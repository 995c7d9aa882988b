import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, SelectQueryBuilder, WhereExpressionBuilder } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { ForbiddenError } from '../errors/app-error';
import { headedUnitSubtree, unitSubtree } from '../database/helpers/unit-tree';
import { Role } from '../org-model/org.enums';

/**
 * What a caller may see: `all`, or the explicit ids. For officials the list is their own id.
 * Every module filters lists and checks single reads and writes through this one service
 * (PRODUCT.md 1: every access rule is enforced in the API).
 */
export type IdScope = { all: true } | { all: false; ids: string[] };

export interface Scope {
  agencies: IdScope;
  units: IdScope;
  /** For OFFICIAL: only themselves. Otherwise officials are visible through `units`, plus self. */
  ownRecordsOnly: boolean;
}

const ALL: IdScope = { all: true };
const only = (ids: string[]): IdScope => ({ all: false, ids });

@Injectable()
export class AccessService {
  /** One scope computation per request: the guard builds a fresh AuthUser object per request. */
  private readonly cache = new WeakMap<AuthUser, Promise<Scope>>();

  constructor(private readonly dataSource: DataSource) {}

  scopeOf(user: AuthUser): Promise<Scope> {
    let scope = this.cache.get(user);
    if (!scope) {
      scope = this.computeScope(user);
      this.cache.set(user, scope);
    }
    return scope;
  }

  private async computeScope(user: AuthUser): Promise<Scope> {
    switch (user.role) {
      case Role.ADMIN:
        return { agencies: ALL, units: ALL, ownRecordsOnly: false };
      case Role.HR:
      case Role.INSPECTOR:
        if (user.cityScope) return { agencies: ALL, units: ALL, ownRecordsOnly: false };
        return { agencies: only([user.agencyId]), units: only(await this.unitsOfAgency(user.agencyId)), ownRecordsOnly: false };
      case Role.UNIT_HEAD:
        return { agencies: only([user.agencyId]), units: only(await this.headedSubtree(user.id)), ownRecordsOnly: false };
      default:
        return { agencies: only([user.agencyId]), units: only([user.unitId]), ownRecordsOnly: true };
    }
  }

  /** The units a person heads and every unit below them. */
  headedSubtree(userId: string): Promise<string[]> {
    return headedUnitSubtree(this.dataSource, userId);
  }

  /** A unit and every unit below it. */
  subtreeOf(unitId: string): Promise<string[]> {
    return unitSubtree(this.dataSource, unitId);
  }

  private async unitsOfAgency(agencyId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query('SELECT id FROM unit WHERE agency_id = $1', [agencyId]);
    return rows.map((r) => r.id);
  }

  /**
   * Restricts a list query to the caller's scope: an official gets the rows whose `own` columns are
   * them; others the rows of the units in their scope, plus their own.
   */
  async restrictToScope<T extends object>(qb: SelectQueryBuilder<T>, user: AuthUser, columns: { unit: string; own: string[] }): Promise<void> {
    const scope = await this.scopeOf(user);
    const mine = (w: WhereExpressionBuilder) => columns.own.forEach((c, i) => (i === 0 ? w.where(`${c} = :me`) : w.orWhere(`${c} = :me`)));
    if (scope.ownRecordsOnly) {
      qb.andWhere(new Brackets(mine)).setParameter('me', user.id);
    } else if (!scope.units.all) {
      const scopeUnits = scope.units.ids.length ? scope.units.ids : [null];
      qb.andWhere(
        new Brackets((w) => {
          w.where(`${columns.unit} IN (:...scopeUnits)`, { scopeUnits });
          columns.own.forEach((c) => w.orWhere(`${c} = :me`));
        }),
      ).setParameter('me', user.id);
    }
  }

  static includes(scope: IdScope, id: string): boolean {
    return scope.all || scope.ids.includes(id);
  }

  async canSeeAgency(user: AuthUser, agencyId: string): Promise<boolean> {
    return AccessService.includes((await this.scopeOf(user)).agencies, agencyId);
  }

  async canSeeUnit(user: AuthUser, unitId: string): Promise<boolean> {
    return AccessService.includes((await this.scopeOf(user)).units, unitId);
  }

  /** Own record always; others when their unit is in scope (never for OFFICIAL). */
  async canSeeOfficial(user: AuthUser, official: { id: string; unitId: string }): Promise<boolean> {
    if (official.id === user.id) return true;
    const scope = await this.scopeOf(user);
    return !scope.ownRecordsOnly && AccessService.includes(scope.units, official.unitId);
  }

  async assertCanSeeUnit(user: AuthUser, unitId: string): Promise<void> {
    if (!(await this.canSeeUnit(user, unitId))) throw outOfScope('đơn vị này', 'this unit');
  }

  async assertCanSeeAgency(user: AuthUser, agencyId: string): Promise<void> {
    if (!(await this.canSeeAgency(user, agencyId))) throw outOfScope('cơ quan này', 'this agency');
  }

  async assertCanSeeOfficial(user: AuthUser, official: { id: string; unitId: string }): Promise<void> {
    if (!(await this.canSeeOfficial(user, official))) throw outOfScope('hồ sơ của công chức này', "this official's records");
  }

  /**
   * Managing people and units (HR, ADMIN): ADMIN and city-scope HR everywhere, HR inside their
   * agency. Unit heads manage work in their subtree, which later modules check with canSeeUnit.
   */
  async assertCanAdministerAgency(user: AuthUser, agencyId: string): Promise<void> {
    const allowed = user.role === Role.ADMIN || (user.role === Role.HR && (user.cityScope || user.agencyId === agencyId));
    if (!allowed) throw outOfScope('cơ quan này', 'this agency');
  }

  /**
   * What the whole city shares (agencies, the working calendar, the commitment text, the national
   * catalogue of ranks): ADMIN or city-scope HR only, never an agency's HR.
   */
  assertCityWide(user: AuthUser, what: { vi: string; en: string } = { vi: 'thêm hoặc đóng cơ quan', en: 'add or close agencies' }): void {
    if (!(user.role === Role.ADMIN || (user.role === Role.HR && user.cityScope))) {
      throw new ForbiddenError('CITY_SCOPE_REQUIRED', {
        vi: `Chỉ quản trị hoặc Sở Nội vụ (phạm vi toàn thành phố) được ${what.vi}.`,
        en: `Only an administrator or city-wide HR may ${what.en}.`,
      });
    }
  }
}

export function outOfScope(vi: string, en: string): ForbiddenError {
  return new ForbiddenError('OUT_OF_SCOPE', {
    vi: `Bạn không có quyền với ${vi} (ngoài phạm vi quản lý của bạn).`,
    en: `You have no access to ${en} (outside your scope).`,
  });
}
