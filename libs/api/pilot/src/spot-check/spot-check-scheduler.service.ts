import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { CalendarService, Clock, JobQueue } from '@ketqua/api/core';
import { toLocalDate } from '@ketqua/domain';
import { PilotService } from '../pilot/pilot.service';
import { coreHoursEnd, drawDueAt } from '../spot-check-draw/draw-times';
import { SpotCheckDrawService } from '../spot-check-draw/spot-check-draw.service';
import { PROMPT_JOB, SWEEP_JOB } from './spot-check.jobs';
import { SpotCheckService } from './spot-check.service';

export interface SweepReport {
  drawn: number;
  prompted: number;
  cancelled: number;
  missed: number;
  revealed: number;
}

/**
 * The background side of spot checks on the PostgreSQL queue: a sweep every minute (draw the day
 * once it is due, prompt what is due, close what is over, reveal finished days) and one job per
 * prompt at its time. The sweep is also the catch-up: a server started at 10:00 draws that day
 * from the remaining core hours and prompts what is left; nothing waits on a timer in memory.
 */
@Injectable()
export class SpotCheckScheduler implements OnModuleInit {
  private readonly logger = new Logger(SpotCheckScheduler.name);

  constructor(
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly calendars: CalendarService,
    private readonly pilots: PilotService,
    private readonly draws: SpotCheckDrawService,
    private readonly checks: SpotCheckService,
  ) {}

  onModuleInit(): void {
    // atStart: a server started at 10:00 sweeps at once (draws the day, prompts what is left).
    this.jobs.register(SWEEP_JOB, () => this.sweep().then((report) => this.log(report)), { cron: '* * * * *', atStart: true });
    this.jobs.register<{ spotCheckId: string }>(PROMPT_JOB, async ({ spotCheckId }) => {
      const result = await this.checks.promptOne(spotCheckId);
      // Woken a little early (the database's clock runs ahead of ours): wait for the prompt time again.
      if (result === 'NOT_DUE') await this.checks.queuePrompt(spotCheckId);
    });
  }

  async sweep(now = this.clock.now()): Promise<SweepReport> {
    const drawn = await this.drawToday(now);
    const { prompted, cancelled } = await this.checks.promptDue(now);
    const missed = await this.checks.closeDue(now);
    const revealed = await this.draws.revealDue(now);
    return { drawn, prompted, cancelled, missed, revealed };
  }

  /** Draws for every unit of every running pilot once the day's draw is due and core hours are not over. */
  async drawToday(now = this.clock.now()): Promise<number> {
    const date = toLocalDate(now);
    if (!(await this.calendars.calendar()).isWorkingDay(date)) return 0;
    let drawn = 0;
    for (const { pilot, unitIds } of await this.pilots.runningOn(date)) {
      if (now < drawDueAt(date, pilot.coreHours) || now >= coreHoursEnd(date, pilot.coreHours)) continue;
      for (const unitId of unitIds) if (await this.draws.drawUnit(pilot, unitId, date, now)) drawn++;
    }
    return drawn;
  }

  private log(report: SweepReport): void {
    if (Object.values(report).some((n) => n > 0)) this.logger.log(`spot-check sweep: ${JSON.stringify(report)}`);
  }
}
