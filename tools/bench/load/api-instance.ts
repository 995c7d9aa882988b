// One API instance for the load runner (tools/bench/load.ts), started as a child process with an IPC
// channel: boots the same composition as apps/api/src/main.ts on a free port against DATABASE_URL
// (the environment the parent passes), then answers the parent's `stats` messages with the SQL
// statements sent so far (every query on a pg client of this process: the app's pool, the
// replica's, pg-boss's), its RSS and heap, and how many times each background job ran here.
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ensureJwtSecret, JobQueue, loadAppConfig, openDatabase, runMigrations } from '@ketqua/api/core';
import { configureHttp, KetquaApiModule, seedDemo } from '@ketqua/api/shell';
import { Client } from 'pg';

export interface InstanceStats {
  statements: number;
  rss: number;
  heapUsed: number;
  jobRuns: Record<string, number>;
}

let statements = 0;
const countQuery = Client.prototype.query;
// Counts statements at the driver: whatever TypeORM, DataLoaders or pg-boss do, each query is one.
Client.prototype.query = function (this: Client, ...args: unknown[]) {
  statements++;
  return (countQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof Client.prototype.query;

const jobRuns: Record<string, number> = {};
const register = JobQueue.prototype.register;
JobQueue.prototype.register = function <T>(this: JobQueue, name: string, handler: (data: T) => Promise<void>, options?: { cron?: string; atStart?: boolean }) {
  const counted = async (data: T) => {
    jobRuns[name] = (jobRuns[name] ?? 0) + 1;
    await handler(data);
  };
  return register.call(this, name, counted as (data: unknown) => Promise<void>, options);
};

async function main(): Promise<void> {
  const send = (message: unknown) => process.send?.(message);
  const config = ensureJwtSecret(loadAppConfig());
  const database = await openDatabase(config);
  // bench:load --embedded: a fresh data directory, prepared as npm start does (migrations, the whole demo).
  if (process.env['BENCH_PREPARE'] === 'true') {
    await runMigrations(database.settings);
    await seedDemo({ config, database: database.settings }, ['error', 'warn']);
  }
  const app = await NestFactory.create<NestExpressApplication>(KetquaApiModule.forRoot({ config, database: database.settings }), { logger: ['error', 'warn'] });
  configureHttp(app, config);
  await app.listen(0, '127.0.0.1');
  const port = (app.getHttpServer().address() as AddressInfo).port;
  process.on('message', (message: { type: string }) => {
    if (message.type === 'stats') {
      const memory = process.memoryUsage();
      send({ type: 'stats', stats: { statements, rss: memory.rss, heapUsed: memory.heapUsed, jobRuns: { ...jobRuns } } satisfies InstanceStats });
    } else if (message.type === 'stop') {
      void app
        .close()
        .then(() => database.close())
        .then(() => process.exit(0));
    }
  });
  send({ type: 'ready', port });
}

main().catch((error: unknown) => {
  process.stderr.write(`api instance failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
