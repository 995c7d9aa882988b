import { Injectable } from '@nestjs/common';
import {
  AccessService,
  assertVersion,
  AuditService,
  AuthUser,
  Clock,
  ConnectionShape,
  ConflictError,
  ForbiddenError,
  keysetPage,
  NotificationSender,
  PageArgs,
  UnitEntity,
  UserEntity,
} from '@ketqua/api/core';
import { DEFAULT_RULE_SET, reviewMissedChecks, SpotCheckOutcome } from '@ketqua/domain';
import { DataSource, EntityManager } from 'typeorm';
import { EnrollmentService } from '../enrollment/enrollment.service';
import { notFound, WHAT } from '../pilot.errors';
import { SpotCheckEntity } from '../spot-check/spot-check.entity';
import { DecideSpotCheckFlagInput, SpotCheckFlagFilter } from './dto/spot-check-flag.inputs';
import { FlagDecision, SpotCheckFlag } from './models/spot-check-flag.model';
import { SpotCheckFlagEntity } from './spot-check-flag.entity';

@Injectable()
export class SpotCheckFlagService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly enrollments: EnrollmentService,
    private readonly notifications: NotificationSender,
  ) {}

  /**
   * After a MISSED check: libs/domain's review of the enrollment's month decides; the unique
   * (enrollment, month) row makes it one flag however many more checks are missed.
   */
  async raiseIfDue(tx: EntityManager, check: SpotCheckEntity, now: Date): Promise<void> {
    if (!check.enrollmentId) return;
    const month = check.date.slice(0, 7);
    const rows = await tx
      .getRepository(SpotCheckEntity)
      .createQueryBuilder('c')
      .select(['c.date', 'c.outcome'])
      .where('c.enrollmentId = :id AND c.manual = false AND c.status = :closed', { id: check.enrollmentId, closed: 'CLOSED' })
      .andWhere('c.date >= :from AND c.date < :next', { from: `${month}-01`, next: nextMonth(month) })
      .getMany();
    const review = reviewMissedChecks(
      rows.map((r) => ({ date: r.date, outcome: r.outcome as SpotCheckOutcome })),
      month,
      DEFAULT_RULE_SET,
    );
    if (!review.flagForReview) return;
    const inserted = await tx
      .createQueryBuilder()
      .insert()
      .into(SpotCheckFlagEntity)
      .values({
        enrollmentId: check.enrollmentId,
        officialId: check.officialId,
        unitId: check.unitId,
        month,
        missedCount: review.missed,
        raisedAt: now,
        decision: null,
        decidedById: null,
        decidedAt: null,
        decisionReason: null,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (inserted.raw as Array<{ id: string }>)[0]?.id;
    if (id) {
      await this.audit.record(tx, {
        actorId: null,
        action: 'pilot.spot_check.flag_raised',
        entityType: 'spot_check_flag',
        entityId: id,
        data: { enrollmentId: check.enrollmentId, officialId: check.officialId, month, missed: review.missed, threshold: review.threshold },
      });
      await this.notifyHead(tx, check, id, month, review.missed);
    } else {
      await tx.update(SpotCheckFlagEntity, { enrollmentId: check.enrollmentId, month }, { missedCount: review.missed });
    }
  }

  /** The unit's head is told in the app: the flag waits for their decision (keep or suspend). */
  private async notifyHead(tx: EntityManager, check: SpotCheckEntity, flagId: string, month: string, missed: number): Promise<void> {
    const unit = await tx.findOneBy(UnitEntity, { id: check.unitId });
    if (!unit?.headId || unit.headId === check.officialId) return;
    const official = await tx.findOneBy(UserEntity, { id: check.officialId });
    const name = official?.fullName ?? '';
    const shownMonth = `${month.slice(5)}/${month.slice(0, 4)}`;
    await this.notifications.send(tx, {
      recipientId: unit.headId,
      kind: 'SPOT_CHECK_FLAGGED',
      title: { vi: `${name} không trả lời ${missed} lượt kiểm tra trong tháng ${shownMonth}`, en: `${name} missed ${missed} spot checks in ${month}` },
      body: { vi: 'Anh/chị quyết định giữ hoặc tạm dừng việc làm việc tại nhà.', en: 'Decide whether to keep or suspend their home work.' },
      subject: { kind: 'SPOT_CHECK_FLAG', id: flagId },
      data: { flagId, enrollmentId: check.enrollmentId, officialId: check.officialId },
    });
  }

  async list(user: AuthUser, filter: SpotCheckFlagFilter = {}, page: PageArgs): Promise<ConnectionShape<SpotCheckFlag>> {
    const qb = this.dataSource.getRepository(SpotCheckFlagEntity).createQueryBuilder('f');
    await this.access.restrictToScope(qb, user, { unit: 'f.unitId', own: ['f.officialId'] });
    if (filter.unitId) qb.andWhere('f.unitId = :unitId', { unitId: filter.unitId });
    if (filter.undecidedOnly) qb.andWhere('f.decision IS NULL');
    return keysetPage(qb, page, { columns: ['f.raisedAt', 'f.id'], values: (f) => [f.raisedAt.toISOString(), f.id], descending: true }, SpotCheckFlag.from);
  }

  /** The head keeps the enrollment or suspends it; decided once, audited. */
  async decide(user: AuthUser, input: DecideSpotCheckFlagInput): Promise<SpotCheckFlag> {
    return this.dataSource.transaction(async (tx) => {
      const flag = await tx.findOne(SpotCheckFlagEntity, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!flag) throw notFound('flag', input.id);
      if (flag.officialId === user.id) throw new ForbiddenError('OWN_FLAG', { vi: 'Bạn không thể tự quyết định cảnh báo của chính mình.', en: 'You cannot decide your own flag.' });
      await this.access.assertCanSeeUnit(user, flag.unitId);
      assertVersion(WHAT.flag, input.version, flag.version);
      if (flag.decision) {
        throw new ConflictError('FLAG_DECIDED', { vi: 'Cảnh báo này đã được quyết định.', en: 'This flag has already been decided.' });
      }
      if (input.decision === FlagDecision.SUSPEND) await this.enrollments.suspendInTransaction(tx, user, flag.enrollmentId, input.reason);
      Object.assign(flag, { decision: input.decision, decidedById: user.id, decidedAt: this.clock.now(), decisionReason: input.reason });
      const saved = await tx.save(flag);
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'pilot.spot_check.flag_decided',
        entityType: 'spot_check_flag',
        entityId: flag.id,
        data: { decision: input.decision, reason: input.reason },
      });
      await this.notifications.settle(tx, { kinds: ['SPOT_CHECK_FLAGGED'], data: { flagId: flag.id } });
      return SpotCheckFlag.from(saved);
    });
  }
}

/** YYYY-MM → the first day of the following month, YYYY-MM-DD. */
function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}
