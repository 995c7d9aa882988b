import { Injectable, Logger } from '@nestjs/common';
import { AccessService, AuditService, AuthUser, JobQueue, Role, UserEntity } from '@ketqua/api/core';
import { drawSpotChecks, localMinuteOfDay, toLocalDate } from '@ketqua/domain';
import { randomBytes } from 'node:crypto';
import { DataSource, In, IsNull, LessThanOrEqual } from 'typeorm';
import { notYours } from '../pilot.errors';
import { PilotEntity } from '../pilot/pilot.entity';
import { PilotService } from '../pilot/pilot.service';
import { HomeRosterService } from '../presence/home-roster.service';
import { SpotCheckEntity } from '../spot-check/spot-check.entity';
import { delaySeconds, PROMPT_JOB } from '../spot-check/spot-check.jobs';
import { coreHoursEnd, coreHoursStart, remainingCoreHours } from './draw-times';
import { publishedRecord } from './draw-record';
import { SpotCheckDrawRecord } from './models/spot-check-draw.model';
import { SpotCheckDrawEntity } from './spot-check-draw.entity';

/**
 * The daily draw and the reveal (docs/SPOT-CHECKS.md): a fresh seed from the operating system's
 * generator, its commitment published at once, the roster of the day frozen, picks and times from
 * libs/domain; the seed stays in this table until the reveal after core hours.
 */
@Injectable()
export class SpotCheckDrawService {
  private readonly logger = new Logger(SpotCheckDrawService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly roster: HomeRosterService,
    private readonly jobs: JobQueue,
  ) {}

  /**
   * Draws for one unit and day unless a draw exists. Exactly once even with several instances: the
   * unique (unit, date) row is inserted with ON CONFLICT DO NOTHING in the transaction that writes
   * the checks, so the instance that loses the race writes nothing. `schedulePrompts: false` is for
   * the demo's past days, whose checks it closes itself.
   */
  async drawUnit(pilot: PilotEntity, unitId: string, date: string, now: Date, options: { schedulePrompts?: boolean } = {}): Promise<SpotCheckDrawEntity | null> {
    const repo = this.dataSource.getRepository(SpotCheckDrawEntity);
    if (await repo.existsBy({ unitId, date })) return null;
    const home = await this.roster.homeOn(this.dataSource.manager, unitId, date);
    if (!home.length) return null;
    const base = PilotService.drawParametersOf(pilot);
    const coreHours =
      now.getTime() > coreHoursStart(date, base.coreHours).getTime()
        ? remainingCoreHours(base.coreHours, localMinuteOfDay(now), base.answerWindowMinutes)
        : base.coreHours.map((w) => ({ start: w.start, end: w.end }));
    if (!coreHours.length) return null;
    const seedHex = randomBytes(32).toString('hex');
    const draw = drawSpotChecks({ seedHex, unitId, date, roster: home.map((h) => h.officialId), ...base, coreHours, ruleSetVersion: pilot.ruleSetVersion });
    const closesAt = coreHoursEnd(date, base.coreHours);

    const created = await this.dataSource.transaction(async (tx) => {
      const inserted = await tx
        .createQueryBuilder()
        .insert()
        .into(SpotCheckDrawEntity)
        .values({
          pilotId: pilot.id,
          unitId,
          date,
          algorithm: draw.algorithm,
          commitment: draw.commitment,
          seedHex,
          roster: draw.roster,
          rosterHash: draw.rosterHash,
          parameters: draw.parameters,
          k: draw.k,
          picks: draw.picks,
          drawnAt: now,
          revealedAt: null,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const id = (inserted.raw as Array<{ id: string }>)[0]?.id;
      if (!id) return null;
      const enrollmentOf = new Map(home.map((h) => [h.officialId, h.enrollmentId]));
      const checks = await tx.save(
        draw.picks.map((pick) =>
          tx.create(SpotCheckEntity, {
            drawId: id,
            pilotId: pilot.id,
            unitId,
            officialId: pick.officialId,
            enrollmentId: enrollmentOf.get(pick.officialId) ?? null,
            date,
            pickOrder: pick.order,
            promptAt: new Date(pick.promptAt),
            answerBy: new Date(pick.answerBy),
            closesAt,
            status: 'SCHEDULED' as const,
            promptedAt: null,
            respondedAt: null,
            responseNote: null,
            outcome: null,
            outcomeBeforeExcuse: null,
            excuseReason: null,
            excusedById: null,
            excusedAt: null,
            cancelReason: null,
            manual: false,
          }),
        ),
      );
      // Neither the seed nor the picks go into the audit trail before the reveal: only what is public.
      await this.audit.record(tx, {
        actorId: null,
        action: 'pilot.spot_check.drawn',
        entityType: 'spot_check_draw',
        entityId: id,
        data: { unitId, date, commitment: draw.commitment, rosterHash: draw.rosterHash, rosterSize: draw.roster.length, k: draw.k, parameters: draw.parameters },
      });
      return { id, checks };
    });
    if (!created) return null;
    if (options.schedulePrompts ?? true) {
      for (const check of created.checks) {
        await this.jobs.send(PROMPT_JOB, { spotCheckId: check.id }, { startAfter: delaySeconds(check.promptAt, now), singletonKey: `prompt:${check.id}` });
      }
    }
    this.logger.log(`spot-check draw ${date} unit ${unitId}: ${draw.k} of ${draw.roster.length} at home, commitment ${draw.commitment}`);
    return repo.findOneByOrFail({ id: created.id });
  }

  /** Publishes the seed of every draw whose day's core hours are over, once (UPDATE … WHERE revealed_at IS NULL). */
  async revealDue(now: Date): Promise<number> {
    const candidates = await this.dataSource.getRepository(SpotCheckDrawEntity).find({ where: { revealedAt: IsNull(), date: LessThanOrEqual(toLocalDate(now)) } });
    let revealed = 0;
    for (const candidate of candidates) {
      // Strictly after: an answer at the last instant of core hours is still taken (LATE).
      if (now.getTime() <= coreHoursEnd(candidate.date, candidate.parameters.coreHours).getTime()) continue;
      const done = await this.dataSource.transaction(async (tx) => {
        const result = await tx.createQueryBuilder().update(SpotCheckDrawEntity).set({ revealedAt: now }).where('id = :id AND revealed_at IS NULL', { id: candidate.id }).execute();
        if (!result.affected) return false;
        await this.audit.record(tx, {
          actorId: null,
          action: 'pilot.spot_check.revealed',
          entityType: 'spot_check_draw',
          entityId: candidate.id,
          data: { unitId: candidate.unitId, date: candidate.date, commitment: candidate.commitment, seed: candidate.seedHex, picks: candidate.picks },
        });
        return true;
      });
      if (done) revealed++;
    }
    return revealed;
  }

  /**
   * What anyone in scope may see of a draw: the unit's head, HR, inspectors and administrators; an
   * official only a draw whose roster they were on. null when there was no draw that day.
   */
  async record(user: AuthUser, unitId: string, date: string): Promise<SpotCheckDrawRecord | null> {
    const draw = await this.dataSource.getRepository(SpotCheckDrawEntity).findOneBy({ unitId, date });
    if (user.role === Role.OFFICIAL) {
      if (!draw || !draw.roster.includes(user.id)) {
        if (draw || user.unitId !== unitId)
          throw notYours('Bạn chỉ xem được kết quả bốc thăm của ngày mình có tên trong danh sách.', 'You may only see draws whose roster you were on.');
        return null;
      }
    } else {
      await this.access.assertCanSeeUnit(user, unitId);
    }
    if (!draw) return null;
    const record = publishedRecord(draw);
    return {
      id: draw.id,
      unitId: draw.unitId,
      date: draw.date,
      algorithm: draw.algorithm,
      commitment: draw.commitment,
      seed: record.seed,
      revealedAt: draw.revealedAt,
      drawnAt: draw.drawnAt,
      roster: draw.roster,
      rosterHash: draw.rosterHash,
      parameters: { ...draw.parameters, coreHours: draw.parameters.coreHours.map((w) => ({ start: w.start, end: w.end })) },
      k: draw.k,
      picks: record.picks?.map((p) => ({ ...p, promptAt: new Date(p.promptAt), answerBy: new Date(p.answerBy) })) ?? null,
      json: JSON.stringify(record, null, 2),
    };
  }

  async rosterMembers(ids: string[]): Promise<Array<{ id: string; fullName: string }>> {
    if (!ids.length) return [];
    const users = await this.dataSource.getRepository(UserEntity).find({ where: { id: In(ids) }, select: { id: true, fullName: true } });
    return ids.map((id) => ({ id, fullName: users.find((u) => u.id === id)?.fullName ?? id }));
  }
}
