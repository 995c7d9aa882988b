import { Injectable } from '@nestjs/common';
import { AuditService, AuthUser, Clock, NotificationSender, Position, PositionEntity, UnitEntity } from '@ketqua/api/core';
import { Eligibility, positionEligibility, RuleSet } from '@ketqua/domain';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { EnrollmentEntity } from '../enrollment/enrollment.entity';
import { decisionNotice } from '../enrollment/enrollment.notifications';
import { badField, invalidState, notFound } from '../pilot.errors';
import { PilotEntity } from '../pilot/pilot.entity';
import { PilotService } from '../pilot/pilot.service';
import { SetPositionEligibilityInput } from './dto/set-position-eligibility.input';
import { EligibilityExceptionEntity } from './eligibility-exception.entity';
import { EligibilityException, IneligibilityReason, PilotPosition } from './models/pilot-position.model';

/** Which positions may work from home in a pilot: the flags by default, HR’s exceptions on top (PRODUCT.md 4.1). */
@Injectable()
export class EligibilityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pilots: PilotService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly notifications: NotificationSender,
  ) {}

  /** The decision of libs/domain for one position in one pilot; a missing position is never eligible. */
  async eligibilityOf(manager: EntityManager, pilot: PilotEntity, positionId: string | null): Promise<Eligibility | null> {
    if (!positionId) return null;
    const position = await manager.findOneBy(PositionEntity, { id: positionId });
    if (!position) return null;
    const exception = await manager.findOneBy(EligibilityExceptionEntity, { pilotId: pilot.id, positionId, withdrawnAt: IsNull() });
    return positionEligibility(position, exception ? { reason: exception.reason, grantedBy: exception.grantedById } : null, PilotService.ruleSetOf(pilot));
  }

  /** Every position held by active officials of the pilot’s units, with its eligibility. */
  async positionsOf(pilot: PilotEntity, unitIds: string[]): Promise<PilotPosition[]> {
    if (!unitIds.length) return [];
    const counts: Array<{ position_id: string; n: number }> = await this.dataSource.query(
      `SELECT position_id, count(*)::int AS n FROM app_user WHERE active AND position_id IS NOT NULL AND unit_id = ANY($1::uuid[]) GROUP BY position_id`,
      [unitIds],
    );
    const ids = counts.map((c) => c.position_id);
    if (!ids.length) return [];
    const [positions, exceptions] = await Promise.all([
      this.dataSource.getRepository(PositionEntity).findBy({ id: In(ids) }),
      this.dataSource.getRepository(EligibilityExceptionEntity).findBy({ pilotId: pilot.id, positionId: In(ids), withdrawnAt: IsNull() }),
    ]);
    const ruleSet = PilotService.ruleSetOf(pilot);
    return positions
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
      .map((position) =>
        toPilotPosition(position, exceptions.find((e) => e.positionId === position.id) ?? null, counts.find((c) => c.position_id === position.id)?.n ?? 0, ruleSet),
      );
  }

  async setPositionEligibility(user: AuthUser, input: SetPositionEligibilityInput): Promise<PilotPosition> {
    await this.dataSource.transaction(async (tx) => {
      const { pilot, unitIds } = await this.pilots.load(tx, input.pilotId, true);
      await this.pilots.assertCanAdminister(tx, user, unitIds);
      const position = await tx.findOneBy(PositionEntity, { id: input.positionId });
      if (!position) throw notFound('position', input.positionId);
      const agencies = (await tx.findBy(UnitEntity, { id: In(unitIds) })).map((u) => u.agencyId);
      if (!agencies.includes(position.agencyId)) {
        throw badField('POSITION_OUTSIDE_PILOT', 'input.positionId', { vi: 'vị trí không thuộc cơ quan nào tham gia đề án', en: 'the position belongs to no agency of the pilot' });
      }
      const flagged = position.handlesAdministrativeProcedures || position.receivesCitizens || position.issuesDecisions;
      const current = await tx.findOne(EligibilityExceptionEntity, {
        where: { pilotId: pilot.id, positionId: position.id, withdrawnAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (input.exception) {
        if (!flagged) {
          throw badField('ALREADY_ELIGIBLE', 'input.positionId', {
            vi: 'vị trí này đã đủ điều kiện làm việc tại nhà, không cần ngoại lệ',
            en: 'this position is already eligible; no exception is needed',
          });
        }
        if (current) {
          throw invalidState('EXCEPTION_EXISTS', { vi: `Vị trí "${position.name}" đã có ngoại lệ đang hiệu lực.`, en: `"${position.name}" already has an exception in force.` });
        }
        const saved = await tx.save(
          tx.create(EligibilityExceptionEntity, {
            pilotId: pilot.id,
            positionId: position.id,
            reason: input.reason,
            grantedById: user.id,
            grantedAt: this.clock.now(),
            withdrawnAt: null,
            withdrawnById: null,
            withdrawReason: null,
          }),
        );
        await this.audit.record(tx, {
          actorId: user.id,
          action: 'pilot.eligibility.exception_granted',
          entityType: 'position',
          entityId: position.id,
          data: { pilotId: pilot.id, exceptionId: saved.id, reason: input.reason },
        });
      } else {
        if (!current) {
          throw invalidState('NO_EXCEPTION', { vi: `Vị trí "${position.name}" không có ngoại lệ nào để thu hồi.`, en: `"${position.name}" has no exception to withdraw.` });
        }
        Object.assign(current, { withdrawnAt: this.clock.now(), withdrawnById: user.id, withdrawReason: input.reason });
        await tx.save(current);
        const closed = await this.closeOpenEnrollments(tx, user, pilot.id, position, input.reason);
        await this.audit.record(tx, {
          actorId: user.id,
          action: 'pilot.eligibility.exception_withdrawn',
          entityType: 'position',
          entityId: position.id,
          data: { pilotId: pilot.id, exceptionId: current.id, reason: input.reason, closedEnrollmentIds: closed },
        });
      }
    });
    const { pilot, unitIds } = await this.pilots.load(this.dataSource.manager, input.pilotId);
    const positions = await this.positionsOf(pilot, unitIds);
    const found = positions.find((p) => p.position.id === input.positionId);
    if (found) return found;
    // A position nobody in the pilot holds yet: answer with its own eligibility.
    const position = await this.dataSource.getRepository(PositionEntity).findOneByOrFail({ id: input.positionId });
    const exception = await this.dataSource.getRepository(EligibilityExceptionEntity).findOneBy({ pilotId: pilot.id, positionId: position.id, withdrawnAt: IsNull() });
    return toPilotPosition(position, exception, 0, PilotService.ruleSetOf(pilot));
  }

  /**
   * Without the exception the position is not eligible again, so nobody in it stays at home on it:
   * pending requests are refused and approved or suspended arrangements end, each with HR's reason
   * and its own audit event, in the withdrawal's transaction.
   */
  private async closeOpenEnrollments(tx: EntityManager, user: AuthUser, pilotId: string, position: PositionEntity, reason: string): Promise<string[]> {
    const open = await tx.find(EnrollmentEntity, {
      where: { pilotId, positionId: position.id, status: In(['PENDING', 'APPROVED', 'SUSPENDED']) },
      lock: { mode: 'pessimistic_write' },
    });
    const now = this.clock.now();
    const note = WITHDRAWN_NOTE(position.name, reason);
    for (const e of open) {
      const from = e.status;
      if (from === 'PENDING') Object.assign(e, { status: 'REJECTED', decidedAt: now, decidedById: user.id, decisionReason: note });
      else Object.assign(e, { status: 'ENDED', endedAt: now, endedById: user.id, endReason: note });
      await tx.save(e);
      await this.audit.record(tx, {
        actorId: user.id,
        action: from === 'PENDING' ? 'pilot.enrollment.rejected' : 'pilot.enrollment.ended',
        entityType: 'enrollment',
        entityId: e.id,
        data: { from, to: e.status, reason: note, cause: 'pilot.eligibility.exception_withdrawn' },
      });
      const notice = decisionNotice(from === 'PENDING' ? 'pilot.enrollment.rejected' : 'pilot.enrollment.ended', e, note);
      if (notice) await this.notifications.send(tx, notice);
    }
    return open.map((e) => e.id);
  }
}

const WITHDRAWN_NOTE = (position: string, reason: string) => `Sở Nội vụ đã thu hồi ngoại lệ cho vị trí "${position}": ${reason}`;

function toPilotPosition(position: PositionEntity, exception: EligibilityExceptionEntity | null, officialCount: number, ruleSet: RuleSet): PilotPosition {
  const result = positionEligibility(position, exception ? { reason: exception.reason, grantedBy: exception.grantedById } : null, ruleSet);
  return Object.assign(new PilotPosition(), {
    position: Position.from(position),
    officialCount,
    eligible: result.eligible,
    reasons: result.reasons as IneligibilityReason[],
    exception: exception ? EligibilityException.from(exception) : null,
  });
}
