import { Injectable, Logger } from '@nestjs/common';
import {
  AccessService,
  AfterCommit,
  AppConfig,
  AuditService,
  AuthUser,
  Clock,
  ConnectionShape,
  JobQueue,
  keysetPage,
  NotificationSender,
  PageArgs,
  RealtimeBus,
  UserEntity,
} from '@ketqua/api/core';
import { classifySpotCheckResponse, DEFAULT_RULE_SET, formatLocalTime, localMinuteOfDay, toLocalDate } from '@ketqua/domain';
import { DataSource, EntityManager, LessThan, LessThanOrEqual } from 'typeorm';
import { AbsenceEntity } from '../absence/absence.entity';
import { EnrollmentEntity } from '../enrollment/enrollment.entity';
import { notFound } from '../pilot.errors';
import { PilotService } from '../pilot/pilot.service';
import { SpotCheckFlagService } from '../spot-check-flag/spot-check-flag.service';
import { AnswerSpotCheckInput, SpotCheckFilter, SpotCheckNoteInput } from './dto/spot-check.inputs';
import { SpotCheck, SpotCheckFollowUp } from './models/spot-check.model';
import { alreadyAnswered, cannotExcuse, checkCancelled, checkClosed, notPromptedYet, notYourCheck, officialInactive, ownCheck, testChecksDisabled } from './spot-check.errors';
import { CancelReasonValue, SpotCheckEntity, SpotCheckFollowUpEntity } from './spot-check.entity';
import { delaySeconds, PROMPT_JOB } from './spot-check.jobs';

/** A prompt that could not go out within this long after its time is cancelled, never sprung late on anyone. */
export const PROMPT_GRACE_MS = 2 * 60_000;

export const promptTopic = (officialId: string) => `spot-check-prompted:${officialId}`;

/** What travels on the bus: ids and times only (NOTIFY carries at most 8000 bytes). */
export interface SpotCheckPromptEvent {
  id: string;
  officialId: string;
}

/**
 * Prompts, answers and outcomes of spot checks (PRODUCT.md 4.6). Every time-based step reads the
 * Clock and is a method the jobs call, so tests move time instead of waiting. Outcomes come from
 * libs/domain (classifySpotCheckResponse).
 */
@Injectable()
export class SpotCheckService {
  private readonly logger = new Logger(SpotCheckService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly afterCommit: AfterCommit,
    private readonly bus: RealtimeBus,
    private readonly flags: SpotCheckFlagService,
    private readonly notifications: NotificationSender,
    private readonly pilots: PilotService,
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {}

  /** Prompts every check whose time has come (the periodic sweep behind the per-check jobs). */
  async promptDue(now = this.clock.now()): Promise<{ prompted: number; cancelled: number }> {
    const due = await this.dataSource.getRepository(SpotCheckEntity).find({ where: { status: 'SCHEDULED', promptAt: LessThanOrEqual(now) }, select: { id: true } });
    let prompted = 0;
    let cancelled = 0;
    for (const { id } of due) {
      const result = await this.promptOne(id, now);
      if (result === 'PROMPTED') prompted++;
      else if (result === 'CANCELLED') cancelled++;
    }
    return { prompted, cancelled };
  }

  /**
   * Sends one prompt, once: the row is locked and must still be SCHEDULED. A check whose time
   * passed while no server was running, whose official is now away, or whose enrollment no longer
   * runs is cancelled with the reason instead (and counts in no statistic).
   */
  async promptOne(id: string, now = this.clock.now()): Promise<'PROMPTED' | 'CANCELLED' | 'NOT_DUE' | null> {
    return this.dataSource.transaction(async (tx) => {
      const check = await tx.findOne(SpotCheckEntity, { where: { id }, lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' } });
      if (!check || check.status !== 'SCHEDULED') return null;
      if (now.getTime() < check.promptAt.getTime()) return 'NOT_DUE';
      const cancel = await this.cancelReason(tx, check, now);
      if (cancel) {
        Object.assign(check, { status: 'CANCELLED', cancelReason: cancel });
        await tx.save(check);
        await this.audit.record(tx, { actorId: null, action: 'pilot.spot_check.cancelled', entityType: 'spot_check', entityId: id, data: { reason: cancel } });
        return 'CANCELLED';
      }
      const window = check.answerBy.getTime() - check.promptAt.getTime();
      // A prompt a little late (the sweep runs each minute) still gives the whole answer window.
      const answerBy = new Date(Math.max(check.answerBy.getTime(), now.getTime() + window));
      Object.assign(check, { status: 'PROMPTED', promptedAt: now, answerBy: answerBy.getTime() > check.closesAt.getTime() ? check.closesAt : answerBy });
      const saved = await tx.save(check);
      await this.audit.record(tx, {
        actorId: null,
        action: 'pilot.spot_check.prompted',
        entityType: 'spot_check',
        entityId: id,
        data: { officialId: check.officialId, promptedAt: now.toISOString(), answerBy: saved.answerBy.toISOString(), manual: check.manual },
      });
      await this.notify(tx, saved);
      const event: SpotCheckPromptEvent = { id: saved.id, officialId: saved.officialId };
      this.afterCommit.run(tx, () => this.bus.publish(promptTopic(saved.officialId), event));
      return 'PROMPTED';
    });
  }

  /**
   * Queues the prompt job of a check for its time. The delay is counted on the Clock, not the
   * database's: pg-boss would otherwise wake a job early when the clocks differ (or a test moved ours).
   */
  async queuePrompt(id: string): Promise<void> {
    const check = await this.dataSource.getRepository(SpotCheckEntity).findOneBy({ id });
    if (!check || check.status !== 'SCHEDULED') return;
    await this.jobs.send(PROMPT_JOB, { spotCheckId: id }, { startAfter: delaySeconds(check.promptAt, this.clock.now()) });
  }

  /** Checks nobody answered by the end of the day's core hours become MISSED; three in a month raise a flag. */
  async closeDue(now = this.clock.now()): Promise<number> {
    const due = await this.dataSource.getRepository(SpotCheckEntity).find({ where: { status: 'PROMPTED', closesAt: LessThan(now) }, select: { id: true } });
    let missed = 0;
    for (const { id } of due) {
      const closed = await this.dataSource.transaction(async (tx) => {
        const check = await tx.findOne(SpotCheckEntity, { where: { id }, lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' } });
        if (!check || check.status !== 'PROMPTED' || now.getTime() <= check.closesAt.getTime()) return false;
        const { outcome } = classifySpotCheckResponse({ promptAt: check.promptAt, answerBy: check.answerBy, closesAt: check.closesAt, respondedAt: null }, DEFAULT_RULE_SET);
        Object.assign(check, { status: 'CLOSED', outcome });
        await tx.save(check);
        await this.audit.record(tx, {
          actorId: null,
          action: 'pilot.spot_check.missed',
          entityType: 'spot_check',
          entityId: id,
          data: { officialId: check.officialId, date: check.date },
        });
        if (!check.manual) await this.flags.raiseIfDue(tx, check, now);
        return true;
      });
      if (closed) missed++;
    }
    return missed;
  }

  async answer(user: AuthUser, input: AnswerSpotCheckInput): Promise<SpotCheck> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      const check = await this.lock(tx, input.id);
      if (check.officialId !== user.id) throw notYourCheck();
      if (check.status === 'SCHEDULED') throw notPromptedYet();
      if (check.status === 'CANCELLED') throw checkCancelled();
      if (check.respondedAt) throw alreadyAnswered();
      if (check.status === 'CLOSED' || now.getTime() > check.closesAt.getTime()) throw checkClosed();
      const { outcome } = classifySpotCheckResponse({ promptAt: check.promptAt, answerBy: check.answerBy, closesAt: check.closesAt, respondedAt: now }, DEFAULT_RULE_SET);
      Object.assign(check, { status: 'CLOSED', outcome, respondedAt: now, responseNote: input.note });
      const saved = await tx.save(check);
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'pilot.spot_check.answered',
        entityType: 'spot_check',
        entityId: check.id,
        data: { outcome, respondedAt: now.toISOString(), note: input.note },
      });
      await this.notifications.settle(tx, { kinds: ['SPOT_CHECK_PROMPTED'], data: { spotCheckId: check.id } });
      return SpotCheck.from(saved);
    });
  }

  /** EXCUSED only by the head, with a reason (PRODUCT.md 4.6); the replaced outcome is kept. */
  async excuse(user: AuthUser, input: SpotCheckNoteInput): Promise<SpotCheck> {
    return this.dataSource.transaction(async (tx) => {
      const check = await this.lock(tx, input.id);
      await this.assertCanReview(user, check);
      if (check.status === 'SCHEDULED') throw notPromptedYet();
      if (check.status === 'CANCELLED') throw checkCancelled();
      if (check.outcome === 'ON_TIME' || check.outcome === 'EXCUSED') throw cannotExcuse(check.outcome);
      const { outcome } = classifySpotCheckResponse(
        { promptAt: check.promptAt, answerBy: check.answerBy, closesAt: check.closesAt, respondedAt: check.respondedAt, excuse: input.text },
        DEFAULT_RULE_SET,
      );
      const before = check.outcome;
      Object.assign(check, { status: 'CLOSED', outcomeBeforeExcuse: before, outcome, excuseReason: input.text, excusedById: user.id, excusedAt: this.clock.now() });
      const saved = await tx.save(check);
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'pilot.spot_check.excused',
        entityType: 'spot_check',
        entityId: check.id,
        data: { from: before, reason: input.text },
      });
      return SpotCheck.from(saved);
    });
  }

  async addFollowUp(user: AuthUser, input: SpotCheckNoteInput): Promise<SpotCheck> {
    return this.dataSource.transaction(async (tx) => {
      const check = await this.lock(tx, input.id);
      await this.assertCanReview(user, check);
      if (check.status === 'SCHEDULED') throw notPromptedYet();
      const note = await tx.save(tx.create(SpotCheckFollowUpEntity, { spotCheckId: check.id, authorId: user.id, note: input.text }));
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'pilot.spot_check.follow_up',
        entityType: 'spot_check',
        entityId: check.id,
        data: { followUpId: note.id, note: input.text },
      });
      return SpotCheck.from(check);
    });
  }

  /** Checks in scope; scheduled ones stay secret from everyone until their prompt. */
  async list(user: AuthUser, filter: SpotCheckFilter = {}, page: PageArgs): Promise<ConnectionShape<SpotCheck>> {
    const qb = this.dataSource.getRepository(SpotCheckEntity).createQueryBuilder('c').where(`c.status <> 'SCHEDULED'`);
    await this.access.restrictToScope(qb, user, { unit: 'c.unitId', own: ['c.officialId'] });
    if (filter.unitId) qb.andWhere('c.unitId = :unitId', { unitId: filter.unitId });
    if (filter.officialId) qb.andWhere('c.officialId = :officialId', { officialId: filter.officialId });
    if (filter.from) qb.andWhere('c.date >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('c.date <= :to', { to: filter.to });
    if (filter.statuses?.length) qb.andWhere('c.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.outcomes?.length) qb.andWhere('c.outcome IN (:...outcomes)', { outcomes: filter.outcomes });
    if (!filter.includeManual) qb.andWhere('c.manual = false');
    return keysetPage(qb, page, { columns: ['c.promptAt', 'c.id'], values: (c) => [c.promptAt.toISOString(), c.id], descending: true }, SpotCheck.from);
  }

  async mine(user: AuthUser, page: PageArgs): Promise<ConnectionShape<SpotCheck>> {
    const qb = this.dataSource.getRepository(SpotCheckEntity).createQueryBuilder('c').where(`c.status <> 'SCHEDULED'`).andWhere('c.officialId = :self', { self: user.id });
    return keysetPage(qb, page, { columns: ['c.promptAt', 'c.id'], values: (c) => [c.promptAt.toISOString(), c.id], descending: true }, SpotCheck.from);
  }

  /** The prompt as its official sees it (the subscription re-reads the row after the event). */
  async forOfficial(id: string, officialId: string): Promise<SpotCheck | null> {
    const check = await this.dataSource.getRepository(SpotCheckEntity).findOneBy({ id, officialId });
    return check ? SpotCheck.from(check) : null;
  }

  async followUps(ids: readonly string[]): Promise<SpotCheckFollowUp[][]> {
    const rows = ids.length
      ? await this.dataSource.getRepository(SpotCheckFollowUpEntity).createQueryBuilder('f').where('f.spotCheckId IN (:...ids)', { ids }).orderBy('f.createdAt', 'ASC').getMany()
      : [];
    return ids.map((id) => rows.filter((r) => r.spotCheckId === id).map(SpotCheckFollowUp.from));
  }

  /**
   * A manual test check for demos (`npm run demo:spot-check`): prompted by the next sweep, within a
   * minute, marked manual so no statistic counts it. Refused in production.
   */
  async createManual(email: string, production: boolean): Promise<SpotCheckEntity> {
    if (production) throw new Error('demo:spot-check refuses to run when NODE_ENV=production.');
    return this.dataSource.transaction(async (tx) => {
      const official = await tx.findOneBy(UserEntity, { email: email.trim().toLowerCase() });
      if (!official || !official.active) throw new Error(`no active account with the email ${email}`);
      return this.insertManual(tx, official, null);
    });
  }

  /**
   * "Gửi kiểm tra thử": what `npm run demo:spot-check` does, from the dashboard. Outside production
   * only; an administrator for anyone, a head for the officials of the units they head. The
   * official is prompted at once (live, through the bus) and the check counts in no statistic.
   */
  async sendTest(user: AuthUser, officialId: string): Promise<SpotCheck> {
    if (this.config.isProduction) throw testChecksDisabled();
    const check = await this.dataSource.transaction(async (tx) => {
      const official = await tx.findOneBy(UserEntity, { id: officialId });
      if (!official) throw notFound('official', officialId);
      await this.access.assertCanSeeOfficial(user, official);
      if (!official.active) throw officialInactive();
      return this.insertManual(tx, official, user.id);
    });
    await this.promptOne(check.id);
    return SpotCheck.from(await this.dataSource.getRepository(SpotCheckEntity).findOneByOrFail({ id: check.id }));
  }

  testChecksEnabled(): boolean {
    return !this.config.isProduction;
  }

  /** A manual check due now, with the answer window of the official's pilot (or the default rule set's). */
  private async insertManual(tx: EntityManager, official: UserEntity, actorId: string | null): Promise<SpotCheckEntity> {
    const now = this.clock.now();
    const date = toLocalDate(now);
    const pilot = await this.pilots.pilotOfUnit(tx, official.unitId, date);
    const windowMs = (pilot?.answerWindowMinutes ?? DEFAULT_RULE_SET.spotChecks.answerWindowMinutes) * 60_000;
    const saved = await tx.save(
      tx.create(SpotCheckEntity, {
        drawId: null,
        pilotId: pilot?.id ?? null,
        unitId: official.unitId,
        officialId: official.id,
        enrollmentId: null,
        date,
        pickOrder: 0,
        promptAt: now,
        answerBy: new Date(now.getTime() + windowMs),
        closesAt: new Date(now.getTime() + windowMs + 30 * 60_000),
        status: 'SCHEDULED',
        promptedAt: null,
        respondedAt: null,
        responseNote: null,
        outcome: null,
        outcomeBeforeExcuse: null,
        excuseReason: null,
        excusedById: null,
        excusedAt: null,
        cancelReason: null,
        manual: true,
      }),
    );
    await this.audit.record(tx, {
      actorId,
      action: 'pilot.spot_check.manual_created',
      entityType: 'spot_check',
      entityId: saved.id,
      data: { officialId: official.id, manual: true },
    });
    return saved;
  }

  private async lock(tx: EntityManager, id: string): Promise<SpotCheckEntity> {
    const check = await tx.findOne(SpotCheckEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!check) throw notFound('spotCheck', id);
    return check;
  }

  /** UNIT_HEAD of the check's unit (never for their own check). */
  private async assertCanReview(user: AuthUser, check: SpotCheckEntity): Promise<void> {
    if (check.officialId === user.id) throw ownCheck();
    await this.access.assertCanSeeUnit(user, check.unitId);
  }

  private async cancelReason(tx: EntityManager, check: SpotCheckEntity, now: Date): Promise<CancelReasonValue | null> {
    if (check.manual) return now.getTime() > check.closesAt.getTime() ? 'NOT_PROMPTED' : null;
    if (now.getTime() > check.promptAt.getTime() + PROMPT_GRACE_MS) return 'NOT_PROMPTED';
    const away = await tx
      .getRepository(AbsenceEntity)
      .createQueryBuilder('a')
      .where('a.officialId = :id AND a.cancelledAt IS NULL AND a.startDate <= :date AND a.endDate >= :date', { id: check.officialId, date: check.date })
      .getExists();
    if (away) return 'ABSENT';
    const enrollment = check.enrollmentId ? await tx.findOneBy(EnrollmentEntity, { id: check.enrollmentId }) : null;
    if (!enrollment || enrollment.status !== 'APPROVED') return 'ENROLLMENT_INACTIVE';
    return null;
  }

  /** The in-app notification, stored in the prompt's transaction (the notifications module pushes it after commit). */
  private async notify(tx: EntityManager, check: SpotCheckEntity): Promise<void> {
    const by = formatLocalTime(localMinuteOfDay(check.answerBy));
    await this.notifications.send(tx, {
      recipientId: check.officialId,
      kind: 'SPOT_CHECK_PROMPTED',
      title: { vi: `Kiểm tra ngẫu nhiên: hãy trả lời trước ${by}`, en: `Spot check: answer by ${by}` },
      body: {
        vi: `Hãy ghi ngắn gọn công việc bạn đang làm${check.manual ? ' (lượt kiểm tra thử, không tính vào thống kê)' : ''}.`,
        en: `Write a short note of the work you are doing${check.manual ? ' (a test check that counts in no statistic)' : ''}.`,
      },
      subject: { kind: 'SPOT_CHECK', id: check.id },
      data: { spotCheckId: check.id, answerBy: check.answerBy.toISOString(), manual: check.manual },
    });
  }
}
