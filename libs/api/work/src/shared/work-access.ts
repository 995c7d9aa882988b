import { Injectable } from '@nestjs/common';
import { AccessService, AuthUser, isUnitWithin, NotFoundError, outOfScope, UserEntity } from '@ketqua/api/core';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { AssignmentEntity } from '../assignment/assignment.entity';
import { notTheAssignee } from '../work.errors';

/**
 * The work module's use of AccessService (the one place scope is decided): who may read an
 * assignment and what hangs off it (deliverables, files, logs), and who may manage it.
 */
@Injectable()
export class WorkAccess {
  constructor(
    private readonly access: AccessService,
    private readonly dataSource: DataSource,
  ) {}

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

  /** Restricts a query on an assignment, or a row with unit/official columns, to the caller's scope. */
  restrict<T extends object>(qb: SelectQueryBuilder<T>, user: AuthUser, columns: { unit: string; own: string[] }): Promise<void> {
    return this.access.restrictToScope(qb, user, columns);
  }

  /** FORBIDDEN when asking for the records of an official outside your scope. */
  async assertCanSeeOfficialId(user: AuthUser, officialId: string): Promise<void> {
    const official = await this.dataSource.getRepository(UserEntity).findOneBy({ id: officialId });
    if (!official) throw new NotFoundError({ vi: 'công chức', en: 'official' }, officialId);
    await this.access.assertCanSeeOfficial(user, official);
  }

  /** Whether `unitId` is `ancestorId` or below it, read through the transaction `tx`. */
  isWithin(tx: EntityManager, unitId: string, ancestorId: string): Promise<boolean> {
    return isUnitWithin(tx, unitId, ancestorId);
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
