import { Injectable } from '@nestjs/common';
import { AccessService, AuthUser, NotFoundError, outOfScope, UnitEntity, UserEntity } from '@ketqua/api/core';
import { Brackets, DataSource, EntityManager, SelectQueryBuilder, WhereExpressionBuilder } from 'typeorm';
import { AssignmentEntity } from '../assignment/assignment.entity';
import { notTheAssignee } from '../work.errors';

/**
 * The work module's use of AccessService (the one place scope is decided): who may read an
 * assignment and what hangs off it (deliverables, files, logs), and who may manage it.
 */
@Injectable()
export class WorkAccess {
  constructor(private readonly access: AccessService, private readonly dataSource: DataSource) {}

  /** Own work, work you gave, or (not for officials) work in a unit of your scope. */
  async canRead(user: AuthUser, a: Pick<AssignmentEntity, 'assigneeId' | 'assignedById' | 'unitId'>): Promise<boolean> {
    if (a.assigneeId === user.id || a.assignedById === user.id) return true;
    const scope = await this.access.scopeOf(user);
    return !scope.ownRecordsOnly && AccessService.includes(scope.units, a.unitId);
  }

  async assertCanRead(user: AuthUser, a: Pick<AssignmentEntity, 'assigneeId' | 'assignedById' | 'unitId'>): Promise<void> {
    if (!(await this.canRead(user, a))) throw outOfScope('nhiệm vụ này', 'this assignment');
  }

  /** Heads manage work in the units they head (and below); never their own assignment. */
  async assertCanManage(user: AuthUser, a: Pick<AssignmentEntity, 'assigneeId' | 'unitId'>): Promise<void> {
    if (a.assigneeId === user.id || !(await this.access.canSeeUnit(user, a.unitId))) throw outOfScope('nhiệm vụ này', 'this assignment');
  }

  assertAssignee(user: AuthUser, a: Pick<AssignmentEntity, 'assigneeId'>): void {
    if (a.assigneeId !== user.id) throw notTheAssignee();
  }

  /** Restricts a query on `alias` (an assignment, or a row with unit/official columns) to the caller's scope. */
  async restrict<T extends object>(qb: SelectQueryBuilder<T>, user: AuthUser, columns: { unit: string; own: string[] }): Promise<void> {
    const scope = await this.access.scopeOf(user);
    const mine = (w: WhereExpressionBuilder) => columns.own.forEach((c, i) => (i === 0 ? w.where(`${c} = :me`) : w.orWhere(`${c} = :me`)));
    if (scope.ownRecordsOnly) {
      qb.andWhere(new Brackets(mine)).setParameter('me', user.id);
    } else if (!scope.units.all) {
      const scopeUnits = scope.units.ids.length ? scope.units.ids : [null];
      qb.andWhere(new Brackets((w) => {
        w.where(`${columns.unit} IN (:...scopeUnits)`, { scopeUnits });
        columns.own.forEach((c) => w.orWhere(`${c} = :me`));
      })).setParameter('me', user.id);
    }
  }

  /** FORBIDDEN when asking for the records of an official outside your scope. */
  async assertCanSeeOfficialId(user: AuthUser, officialId: string): Promise<void> {
    const official = await this.dataSource.getRepository(UserEntity).findOneBy({ id: officialId });
    if (!official) throw new NotFoundError({ vi: 'công chức', en: 'official' }, officialId);
    await this.access.assertCanSeeOfficial(user, official);
  }

  /**
   * A transaction for a change by `user`, with their scope computed first: on the embedded database
   * a transaction holds the whole database, so a scope query on another connection inside it would
   * wait for it forever.
   */
  async transaction<T>(user: AuthUser, work: (tx: EntityManager) => Promise<T>): Promise<T> {
    await this.access.scopeOf(user);
    return this.dataSource.transaction(work);
  }

  /** Whether `unitId` is `ancestorId` or below it, read through the transaction `tx`. */
  async isWithin(tx: EntityManager, unitId: string, ancestorId: string): Promise<boolean> {
    for (let id: string | null = unitId, depth = 0; id && depth < 50; depth++) {
      if (id === ancestorId) return true;
      id = (await tx.findOneBy(UnitEntity, { id }))?.parentId ?? null;
    }
    return false;
  }

  subtreeOf(unitId: string): Promise<string[]> {
    return this.access.subtreeOf(unitId);
  }

  canSeeUnit(user: AuthUser, unitId: string): Promise<boolean> {
    return this.access.canSeeUnit(user, unitId);
  }

  assertCanSeeUnit(user: AuthUser, unitId: string): Promise<void> {
    return this.access.assertCanSeeUnit(user, unitId);
  }
}

