import { Injectable } from '@nestjs/common';
import { AccessService, AuditService, AuthUser, Clock, Role, UnitEntity, UserEntity } from '@ketqua/api/core';
import { DataSource } from 'typeorm';
import { badField, forbidden, notFound } from '../evaluation.errors';
import { ActingEvaluatorEntity } from './acting-evaluator.entity';
import { ActingEvaluator, SetActingEvaluatorInput } from './acting-evaluator.model';

/**
 * Acting evaluators (PRODUCT.md 4.4): HR of the agency, or the head of the unit or of a unit above,
 * names someone to evaluate for a unit over a date range with the deciding document. Audited; what
 * the acting person then does is audited under their own name (EvaluationAccess.assertEvaluator).
 */
@Injectable()
export class ActingEvaluatorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private async assertMayAppoint(user: AuthUser, unit: UnitEntity): Promise<void> {
    const hr = (user.role === Role.HR || user.role === Role.ADMIN) && (await this.access.canSeeAgency(user, unit.agencyId));
    const head = user.role === Role.UNIT_HEAD && (await this.access.canSeeUnit(user, unit.id));
    if (!hr && !head)
      throw forbidden(
        'NOT_ALLOWED_TO_APPOINT',
        'Chỉ tổ chức cán bộ hoặc trưởng đơn vị (hoặc cấp trên) được giao người đánh giá thay',
        'Only HR or the head of the unit (or above) may name an acting evaluator',
      );
  }

  async list(user: AuthUser, unitId: string): Promise<ActingEvaluator[]> {
    await this.access.assertCanSeeUnit(user, unitId);
    const rows = await this.dataSource.getRepository(ActingEvaluatorEntity).find({ where: { unitId }, order: { startsOn: 'DESC', id: 'ASC' }, take: 200 });
    return rows.map(ActingEvaluator.from);
  }

  async set(user: AuthUser, input: SetActingEvaluatorInput): Promise<ActingEvaluator> {
    if (input.endsOn < input.startsOn)
      throw badField('DATES_ORDER', 'input.endsOn', { vi: 'ngày kết thúc phải từ ngày bắt đầu trở đi', en: 'the end date must be on or after the start date' });
    return this.dataSource.transaction(async (tx) => {
      const unit = await tx.findOneBy(UnitEntity, { id: input.unitId });
      if (!unit) throw notFound('unit', input.unitId);
      await this.assertMayAppoint(user, unit);
      const acting = await tx.findOneBy(UserEntity, { id: input.actingUserId });
      if (!acting || !acting.active)
        throw badField('INVALID_REFERENCE', 'input.actingUserId', { vi: 'không có công chức đang hoạt động với mã này', en: 'no active official with this id' });
      const actingUnit = await tx.findOneByOrFail(UnitEntity, { id: acting.unitId });
      if (actingUnit.agencyId !== unit.agencyId)
        throw badField('OTHER_AGENCY', 'input.actingUserId', { vi: 'người được giao phải thuộc cùng cơ quan', en: 'the acting evaluator must be of the same agency' });
      if (unit.headId === acting.id) throw badField('ALREADY_HEAD', 'input.actingUserId', { vi: 'người này đã là trưởng đơn vị', en: 'this person already heads the unit' });
      const saved = await tx.save(
        tx.create(ActingEvaluatorEntity, {
          unitId: unit.id,
          actingUserId: acting.id,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          decisionDocument: input.decisionDocument,
          appointedById: user.id,
          revokedAt: null,
        }),
      );
      await this.audit.record(tx, { actorId: user.id, action: 'acting-evaluator.set', entityType: 'acting_evaluator', entityId: saved.id, data: { ...input } });
      return ActingEvaluator.from(saved);
    });
  }

  async revoke(user: AuthUser, id: string): Promise<ActingEvaluator> {
    return this.dataSource.transaction(async (tx) => {
      const row = await tx.findOne(ActingEvaluatorEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw notFound('actingEvaluator', id);
      const unit = await tx.findOneByOrFail(UnitEntity, { id: row.unitId });
      await this.assertMayAppoint(user, unit);
      if (!row.revokedAt) {
        row.revokedAt = this.clock.now();
        await tx.save(row);
        await this.audit.record(tx, { actorId: user.id, action: 'acting-evaluator.revoked', entityType: 'acting_evaluator', entityId: row.id });
      }
      return ActingEvaluator.from(row);
    });
  }
}
