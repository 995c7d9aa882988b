import { Injectable, OnModuleInit } from '@nestjs/common';
import { AgencyEntity, AuditService, CalendarDayEntity, CalendarService, Clock, DemoContributions, UnitEntity, UserEntity } from '@ketqua/api/core';
import { addDays, classifySpotCheckResponse, DEFAULT_RULE_SET, getRuleSet, OFFICIAL_TABLES } from '@ketqua/domain';
import { Between, DataSource, In } from 'typeorm';
import { CommitmentTextEntity } from '../commitment/commitment-text.entity';
import { EnrollmentEntity } from '../enrollment/enrollment.entity';
import { PilotEntity, PilotUnitEntity } from '../pilot/pilot.entity';
import { coreHoursEnd, drawDueAt } from '../spot-check-draw/draw-times';
import { SpotCheckDrawService } from '../spot-check-draw/spot-check-draw.service';
import { SpotCheckEntity } from '../spot-check/spot-check.entity';
import { DEMO_ANSWERS, DEMO_COMMITMENT, DEMO_ENROLLMENTS, DEMO_PAST_DAYS, DEMO_PILOT } from './demo-pilot-data';

/** Layers the running pilot on the demo city (idempotent: nothing happens once the pilot exists). */
@Injectable()
export class PilotDemo implements OnModuleInit {
  constructor(
    private readonly contributions: DemoContributions,
    private readonly dataSource: DataSource,
    private readonly calendars: CalendarService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly draws: SpotCheckDrawService,
  ) {}

  onModuleInit(): void {
    this.contributions.register({ name: 'pilot: running pilot, enrollments, 2026 calendar, past spot checks', order: 20, seed: () => this.seed() });
  }

  async seed(): Promise<void> {
    if (await this.dataSource.getRepository(PilotEntity).existsBy({ name: DEMO_PILOT.name })) return;
    const agency = await this.dataSource.getRepository(AgencyEntity).findOneBy({ code: DEMO_PILOT.agency });
    if (!agency) return;
    const hr = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ email: 'hr@demo.ketqua.vn' });
    const today = this.clock.today();
    const year = Math.max(2026, Number(today.slice(0, 4)));
    const pilot = await this.dataSource.transaction(async (tx) => {
      const table = OFFICIAL_TABLES.find((t) => t.year === 2026);
      if (table && !(await tx.existsBy(CalendarDayEntity, { date: Between('2026-01-01', '2026-12-31') }))) {
        await tx.insert(
          CalendarDayEntity,
          table.entries.map((e) => ({ ...e, updatedById: hr.id })),
        );
        await this.audit.record(tx, {
          actorId: hr.id,
          action: 'pilot.calendar.year_loaded',
          entityType: 'calendar_year',
          entityId: null,
          data: { year: 2026, source: 'SHIPPED_TABLE', entries: table.entries.length },
        });
      }
      let commitment = await tx.findOne(CommitmentTextEntity, { where: {}, order: { version: 'DESC' } });
      if (!commitment) {
        commitment = await tx.save(
          tx.create(CommitmentTextEntity, { version: 1, ...DEMO_COMMITMENT, publishedAt: new Date(`${DEMO_PILOT.startDate}T00:00:00+07:00`), publishedById: hr.id }),
        );
        await this.audit.record(tx, {
          actorId: hr.id,
          action: 'pilot.commitment.published',
          entityType: 'commitment_text',
          entityId: commitment.id,
          data: { version: 1, title: commitment.title },
        });
      }
      const ruleSet = getRuleSet('v1');
      const pilot = await tx.save(
        tx.create(PilotEntity, {
          name: DEMO_PILOT.name,
          decisionNumber: DEMO_PILOT.decisionNumber,
          startDate: DEMO_PILOT.startDate,
          endDate: `${year}-12-31`,
          maxHomeSharePercent: ruleSet.homeWork.maxHomeSharePercent,
          minOnSite: ruleSet.homeWork.minOnSite,
          maxHomeDaysPerWeek: ruleSet.homeWork.maxHomeDaysPerWeek,
          coreHours: ruleSet.coreHours.map((w) => ({ start: w.start, end: w.end })),
          sampleRateBasisPoints: ruleSet.spotChecks.sampleRateBasisPoints,
          answerWindowMinutes: ruleSet.spotChecks.answerWindowMinutes,
          ruleSetVersion: ruleSet.version,
          createdById: hr.id,
        }),
      );
      const units = await tx.findBy(UnitEntity, { agencyId: agency.id, code: In(DEMO_PILOT.units) });
      await tx.insert(
        PilotUnitEntity,
        units.map((u) => ({ pilotId: pilot.id, unitId: u.id })),
      );
      await this.audit.record(tx, {
        actorId: hr.id,
        action: 'pilot.created',
        entityType: 'pilot',
        entityId: pilot.id,
        data: { name: pilot.name, units: DEMO_PILOT.units, demo: true },
      });

      const people = await tx.findBy(UserEntity, { email: In(DEMO_ENROLLMENTS.map(([email]) => email)) });
      for (const [email, weekdays, status] of DEMO_ENROLLMENTS) {
        const official = people.find((p) => p.email === email);
        if (!official) continue;
        const head = await tx.findOneByOrFail(UnitEntity, { id: official.unitId });
        const requestedAt = new Date(`${DEMO_PILOT.startDate}T09:00:00+07:00`);
        const decided = status === 'APPROVED';
        const saved = await tx.save(
          tx.create(EnrollmentEntity, {
            pilotId: pilot.id,
            officialId: official.id,
            unitId: official.unitId,
            positionId: official.positionId,
            weekdays,
            startDate: decided || today < DEMO_PILOT.startDate ? DEMO_PILOT.startDate : today,
            endDate: pilot.endDate,
            status,
            commitmentTextId: commitment.id,
            commitmentVersion: commitment.version,
            commitmentAcceptedAt: decided ? requestedAt : this.clock.now(),
            hasComputer: true,
            hasPhone: true,
            hasPrinter: true,
            hasInternet: true,
            note: null,
            requestedAt: decided ? requestedAt : this.clock.now(),
            decidedAt: decided ? requestedAt : null,
            decidedById: decided ? head.headId : null,
            decisionReason: null,
            suspendedAt: null,
            suspendedById: null,
            suspendReason: null,
            endedAt: null,
            endedById: null,
            endReason: null,
          }),
        );
        await this.audit.record(tx, {
          actorId: official.id,
          action: 'pilot.enrollment.requested',
          entityType: 'enrollment',
          entityId: saved.id,
          data: { weekdays, commitmentVersion: commitment.version, demo: true },
        });
        if (decided) await this.audit.record(tx, { actorId: head.headId, action: 'pilot.enrollment.approved', entityType: 'enrollment', entityId: saved.id, data: { demo: true } });
      }
      return pilot;
    });
    this.calendars.invalidate();
    await this.pastSpotChecks(pilot, today);
  }

  /** Finished, revealed days before today, through the real draw and reveal code. */
  private async pastSpotChecks(pilot: PilotEntity, today: string): Promise<void> {
    const calendar = await this.calendars.calendar();
    const unitIds = (await this.dataSource.getRepository(PilotUnitEntity).findBy({ pilotId: pilot.id })).map((u) => u.unitId);
    const days: string[] = [];
    for (let date = addDays(today, -1); days.length < DEMO_PAST_DAYS && date >= pilot.startDate; date = addDays(date, -1)) {
      if (calendar.isWorkingDay(date)) days.push(date);
    }
    let answer = 0;
    for (const date of days.reverse()) {
      for (const unitId of unitIds) {
        const draw = await this.draws.drawUnit(pilot, unitId, date, drawDueAt(date, pilot.coreHours), { schedulePrompts: false });
        if (!draw) continue;
        const checks = await this.dataSource.getRepository(SpotCheckEntity).findBy({ drawId: draw.id });
        for (const check of checks) {
          // One answer in seven comes after the window: the results page shows a LATE beside the ON_TIMEs.
          const late = answer % 7 === 3;
          const respondedAt = new Date(check.promptAt.getTime() + (late ? 22 : 2 + (answer % 9)) * 60_000);
          const { outcome } = classifySpotCheckResponse({ promptAt: check.promptAt, answerBy: check.answerBy, closesAt: check.closesAt, respondedAt }, DEFAULT_RULE_SET);
          await this.dataSource.transaction(async (tx) => {
            await tx.update(
              SpotCheckEntity,
              { id: check.id },
              {
                status: 'CLOSED',
                promptedAt: check.promptAt,
                respondedAt,
                responseNote: DEMO_ANSWERS[answer % DEMO_ANSWERS.length],
                outcome,
              },
            );
            await this.audit.record(tx, {
              actorId: check.officialId,
              action: 'pilot.spot_check.answered',
              entityType: 'spot_check',
              entityId: check.id,
              data: { outcome, demo: true },
            });
          });
          answer++;
        }
      }
      // A minute after core hours end: the reveal waits until the day's last answer could no longer come.
      await this.draws.revealDue(new Date(coreHoursEnd(date, pilot.coreHours).getTime() + 60_000));
    }
  }
}
