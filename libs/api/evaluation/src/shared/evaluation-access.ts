import { Injectable } from '@nestjs/common';
import { AccessService, AuthUser, outOfScope, Role } from '@ketqua/api/core';
import { LocalDate } from '@ketqua/domain';
import { EntityManager, IsNull, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
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
  constructor(private readonly access: AccessService) {}

  /**
   * Read: the official's own record; the evaluator and acting evaluator; heads, HR and inspectors whose
   * scope holds the unit the evaluation was made in (a transferred official's old records stay with
   * that unit's scope, and the new unit's head reads them through `canReadOfficialHistory`).
   */
  async canRead(user: AuthUser, e: EvaluationRef): Promise<boolean> {
    if (e.officialId === user.id || e.evaluatorId === user.id) return true;
    const scope = await this.access.scopeOf(user);
    return !scope.ownRecordsOnly && AccessService.includes(scope.units, e.unitId);
  }

  async assertCanRead(user: AuthUser, e: EvaluationRef): Promise<void> {
    if (!(await this.canRead(user, e))) throw outOfScope('phiếu đánh giá này', 'this evaluation');
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

  /** HR (of the agency) or the level above the evaluator may reopen a published evaluation. */
  async canReopen(user: AuthUser, e: EvaluationRef): Promise<boolean> {
    if (e.officialId === user.id) return false;
    if (user.role === Role.HR || user.role === Role.ADMIN) return this.access.canSeeAgency(user, e.agencyId);
    return false;
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
