import { Injectable } from '@nestjs/common';
import { AccessService, AuthUser, outOfScope, Role, UserEntity } from '@ketqua/api/core';
import { LocalDate } from '@ketqua/domain';
import { Brackets, DataSource, EntityManager, IsNull, LessThanOrEqual, MoreThanOrEqual, SelectQueryBuilder } from 'typeorm';
import { ActingEvaluatorEntity } from '../acting-evaluator/acting-evaluator.entity';
import { EvaluationEntity } from '../evaluation/evaluation.entity';
import { forbidden, selfEvaluation } from '../evaluation.errors';

type EvaluationRef = Pick<EvaluationEntity, 'officialId' | 'unitId' | 'agencyId' | 'evaluatorId' | 'evaluatorLevel'>;

/** How the caller may act on an evaluation as its evaluator: in person, as the named acting evaluator, or as HR. */
export type EvaluatorCapacity = 'EVALUATOR' | 'ACTING_EVALUATOR' | 'HR';

/**
 * The evaluation module's use of AccessService (the one place scope is decided), and the one place
 * that decides who evaluates (PRODUCT.md 4.4): the recorded evaluator, the acting evaluator named
 * for the evaluatee's unit on that day, or HR of the agency for the level "HR" — never the evaluatee.
 */
@Injectable()
export class EvaluationAccess {
  constructor(
    private readonly access: AccessService,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * Read: the official's own record; the evaluator and acting evaluator; heads, HR and inspectors whose
   * scope holds the unit the evaluation was made in (a transferred official's old records stay with
   * that unit's scope, and the new unit's head reads them through `canReadOfficialHistory`).
   */
  async canRead(user: AuthUser, e: EvaluationRef, today?: LocalDate): Promise<boolean> {
    if (e.officialId === user.id || e.evaluatorId === user.id) return true;
    const scope = await this.access.scopeOf(user);
    if (!scope.ownRecordsOnly && AccessService.includes(scope.units, e.unitId)) return true;
    if (today !== undefined && (await this.actingUnits(user, today)).includes(e.unitId)) return true;
    // Transfers: the official's periods travel with them; the new unit's head reads them (never changes them).
    return this.canSeeOfficialNow(user, e.officialId);
  }

  /** Whether `user` may see the official where they are now (their current unit in scope). */
  async canSeeOfficialNow(user: AuthUser, officialId: string): Promise<boolean> {
    const scope = await this.access.scopeOf(user);
    if (scope.ownRecordsOnly) return false;
    const official = await this.dataSource.getRepository(UserEntity).findOne({ where: { id: officialId }, select: { id: true, unitId: true } });
    return !!official && (await this.access.canSeeOfficial(user, official));
  }

  async assertCanRead(user: AuthUser, e: EvaluationRef, today?: LocalDate): Promise<void> {
    if (!(await this.canRead(user, e, today))) throw outOfScope('phiếu đánh giá này', 'this evaluation');
  }

  /** The units `user` is acting evaluator of on `today`. */
  async actingUnits(user: AuthUser, today: LocalDate, tx?: EntityManager): Promise<string[]> {
    const rows = await (tx ?? this.dataSource.manager).find(ActingEvaluatorEntity, {
      where: { actingUserId: user.id, startsOn: LessThanOrEqual(today), endsOn: MoreThanOrEqual(today), revokedAt: IsNull() },
      select: { unitId: true },
    });
    return rows.map((r) => r.unitId);
  }

  /**
   * Restricts a list of evaluations (alias `e`) to what `user` may read: their own, those they
   * evaluate, those of the units in their scope (not for officials), and those of the units they are
   * acting evaluator of today.
   */
  async restrict<T extends object>(qb: SelectQueryBuilder<T>, user: AuthUser, today: LocalDate): Promise<void> {
    const scope = await this.access.scopeOf(user);
    const acting = await this.actingUnits(user, today);
    if (!scope.ownRecordsOnly && scope.units.all) return;
    const units = [...(scope.ownRecordsOnly || scope.units.all ? [] : scope.units.ids), ...acting];
    qb.andWhere(
      new Brackets((w) => {
        w.where('e.officialId = :me').orWhere('e.evaluatorId = :me');
        if (units.length) w.orWhere('e.unitId IN (:...scopeUnits)', { scopeUnits: units });
      }),
    ).setParameter('me', user.id);
  }

  /**
   * The capacity in which `user` may score, return, approve or publish `e` on `today`, or FORBIDDEN.
   * Nobody evaluates themselves (SELF_EVALUATION), not even as HR or acting evaluator.
   */
  async assertEvaluator(tx: EntityManager, user: AuthUser, e: EvaluationRef, today: LocalDate): Promise<EvaluatorCapacity> {
    if (e.officialId === user.id) throw selfEvaluation();
    if (e.evaluatorId !== null && e.evaluatorId === user.id) return 'EVALUATOR';
    if (e.evaluatorLevel === 'HR' && user.role === Role.HR && (await this.access.canSeeAgency(user, e.agencyId))) return 'HR';
    const acting = await tx.findOne(ActingEvaluatorEntity, {
      where: { unitId: e.unitId, actingUserId: user.id, startsOn: LessThanOrEqual(today), endsOn: MoreThanOrEqual(today), revokedAt: IsNull() },
    });
    if (acting && e.evaluatorLevel === 'UNIT_HEAD') return 'ACTING_EVALUATOR';
    throw forbidden(
      'NOT_THE_EVALUATOR',
      'Bạn không phải người đánh giá phiếu này (hoặc thời hạn được giao đánh giá thay đã hết)',
      'You are not the evaluator of this evaluation (or your acting period has ended)',
    );
  }

  /**
   * HR (of the agency) or the level above the evaluator may reopen a published evaluation: the head
   * of a unit above the one the evaluator heads for it (the parent of the evaluation's unit for a
   * unit head's evaluation, the grandparent for a level-above one). Never the evaluatee or the evaluator.
   */
  async canReopen(tx: EntityManager, user: AuthUser, e: EvaluationRef): Promise<boolean> {
    if (e.officialId === user.id || e.evaluatorId === user.id) return false;
    if (user.role === Role.HR || user.role === Role.ADMIN) return this.access.canSeeAgency(user, e.agencyId);
    if (user.role !== Role.UNIT_HEAD || e.evaluatorLevel === 'HR') return false;
    const chain: Array<{ id: string; head_id: string | null; depth: number }> = await tx.query(
      `WITH RECURSIVE up AS (SELECT id, parent_id, head_id, 0 AS depth FROM unit WHERE id = $1
         UNION ALL SELECT u.id, u.parent_id, u.head_id, up.depth + 1 FROM unit u JOIN up ON u.id = up.parent_id WHERE up.depth < 20)
       SELECT id, head_id, depth FROM up`,
      [e.unitId],
    );
    const evaluatorDepth = e.evaluatorLevel === 'UNIT_HEAD' ? 0 : 1;
    return chain.some((u) => u.depth > evaluatorDepth && u.head_id === user.id);
  }

  scopeOf(user: AuthUser) {
    return this.access.scopeOf(user);
  }

  canSeeUnit(user: AuthUser, unitId: string): Promise<boolean> {
    return this.access.canSeeUnit(user, unitId);
  }

  canSeeAgency(user: AuthUser, agencyId: string): Promise<boolean> {
    return this.access.canSeeAgency(user, agencyId);
  }

  assertCanSeeAgency(user: AuthUser, agencyId: string): Promise<void> {
    return this.access.assertCanSeeAgency(user, agencyId);
  }

  assertCanSeeUnit(user: AuthUser, unitId: string): Promise<void> {
    return this.access.assertCanSeeUnit(user, unitId);
  }

  subtreeOf(unitId: string): Promise<string[]> {
    return this.access.subtreeOf(unitId);
  }
}
