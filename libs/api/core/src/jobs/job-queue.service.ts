import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { HO_CHI_MINH_TIME_ZONE } from '@ketqua/domain';
import PgBoss from 'pg-boss';
import { AppConfig } from '../config/app-config';
import { DatabaseInfo } from '../database/database-info';
import { pgErrorCode } from '../database/helpers/pg-errors';

/** How long SIGTERM lets running jobs finish. */
export const JOBS_STOP_TIMEOUT_MS = 7_000;

export type JobHandler<T> = (data: T) => Promise<void>;

interface Registration {
  name: string;
  handler: JobHandler<never>;
  /** Cron in Asia/Ho_Chi_Minh, for recurring jobs (daily draws, overdue sweeps). */
  cron?: string;
  /** Queue one run as soon as the queue starts: the catch-up after a restart, not a minute later. */
  atStart?: boolean;
}

/**
 * Background work on a PostgreSQL-backed queue (pg-boss, ENGINEERING.md): jobs survive restarts,
 * and with several API instances each job runs once. pg-boss keeps its own tables in the `pgboss`
 * schema, which it creates and migrates itself.
 *
 * pg-boss only prevents duplicates while a job is queued or active: work that must happen once per
 * key (e.g. per unit and day) also needs its own unique row written in the job's transaction.
 *
 * Modules register handlers in onModuleInit; the queue starts after bootstrap. With
 * JOBS_ENABLED=false (tests) nothing is polled: tests call the services directly with a moved clock.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly registrations: Registration[] = [];
  private boss: PgBoss | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly database: DatabaseInfo,
  ) {}

  get enabled(): boolean {
    return this.config.JOBS_ENABLED;
  }

  register<T>(name: string, handler: JobHandler<T>, options: { cron?: string; atStart?: boolean } = {}): void {
    this.registrations.push({ name, handler: handler as JobHandler<never>, cron: options.cron, atStart: options.atStart });
  }

  /** Queues a job; with `singletonKey` a second one with the same key is dropped while the first waits. */
  async send<T extends object>(name: string, data: T, options: PgBoss.SendOptions = {}): Promise<string | null> {
    if (!this.boss) {
      this.logger.debug(`jobs disabled: ${name} not queued`);
      return null;
    }
    return this.boss.send(name, data, options);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.enabled) return;
    const boss = new PgBoss({
      connectionString: this.database.url,
      schema: 'pgboss',
      max: 3,
      application_name: 'ketqua-jobs',
      pollingIntervalSeconds: 2,
    });
    boss.on('error', (error: Error) => this.logger.error(`job queue: ${error.message}`));
    await boss.start();
    // Usable at once: a handler started below (a start-up sweep) may queue follow-up jobs while the
    // remaining queues are still being set up; with no boss yet, send() would drop them.
    this.boss = boss;
    for (const r of this.registrations) {
      await createQueueRetrying(boss, r.name);
      await boss.work<never>(r.name, async (jobs) => {
        for (const job of jobs) await r.handler(job.data);
      });
      if (r.cron) await boss.schedule(r.name, r.cron, {}, { tz: HO_CHI_MINH_TIME_ZONE });
      if (r.atStart) await boss.send(r.name, {});
    }
    this.logger.log(`job queue started: ${this.registrations.map((r) => r.name).join(', ') || 'no jobs'}`);
  }

  async onApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    // Running jobs may finish (graceful) within a budget that keeps the whole shutdown under 10 s
    // (graceful-shutdown.ts); a job cut off is retried by pg-boss on the next start.
    if (boss) await boss.stop({ graceful: true, wait: true, timeout: JOBS_STOP_TIMEOUT_MS });
  }
}

/**
 * Instances starting together race in pg-boss's createQueue (PostgreSQL reports a deadlock and
 * rolls one back): the queue then exists, so trying again a moment later succeeds.
 */
async function createQueueRetrying(boss: PgBoss, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await boss.createQueue(name);
      return;
    } catch (error) {
      const code = pgErrorCode(error);
      if (attempt >= 5 || (code !== '40P01' && code !== '23505')) throw error;
      await new Promise((r) => setTimeout(r, 100 * attempt + Math.floor(Math.random() * 100)));
    }
  }
}
