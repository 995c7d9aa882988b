// npm run bench:unit-overview -- [--requests 500] [--clients 10] [--warmup 30] [--city tmp/city.json] [--cold] [--explain] [--all-windows]
// On a generated city (npm run generate:city -- --officials 2000 --months 3 --reset --out tmp/city.json,
// same DATABASE_URL), boots the API over HTTP and sends, as the head of the city's 60-official unit
// (tmp/city.json's unit60HeadEmail), the dashboard's own UnitOverview document (Tổng quan đơn vị: today,
// week/month/open period per official and unit, the 6-month trend, overdue work, the review queue)
// from `--clients` concurrent clients,
// with the page's first window (WEEK: only its per-official rows travel; --all-windows: every window's). Prints p50/p95/max and the load average. Target p95 ≤ 50 ms
// at 10 clients (docs/PERFORMANCE.md). The API reuses a unit's computed overview for its readers for
// 15 s unless the unit's work changes; --cold drops it before every request, so each one computes.
// --explain prints EXPLAIN ANALYZE of the overview's SQL.
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ensureJwtSecret, loadAppConfig, loadDotEnv, openDatabase } from '@ketqua/api/core';
import { UnitOverviewService } from '@ketqua/api/reports';
import { configureHttp, KetquaApiModule } from '@ketqua/api/shell';
import { HO_CHI_MINH_TIME_ZONE, lastMonths, toLocalDate, weekAndMonthOf } from '@ketqua/domain';
import { print } from 'graphql';
import { DataSource } from 'typeorm';
// The document the dashboard's overview sends, generated from its .ts file (the bench measures exactly that request).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { UnitOverviewDocument } from '../../libs/dashboard/data-access/src/gql/graphql';
import { benchClient, benchSignIn } from './bench-client';

loadDotEnv();

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

interface City {
  today: string;
  password: string;
  ids: { unit60Id: string; unit60HeadEmail: string };
}

async function main(): Promise<void> {
  if (process.env['NODE_ENV'] === 'production') throw new Error('the bench refuses to run when NODE_ENV=production');
  const city = JSON.parse(readFileSync(resolve(arg('city', 'tmp/city.json')), 'utf8')) as City;
  const requests = Number(arg('requests', '500'));
  const clients = Number(arg('clients', '10'));
  const warmup = Number(arg('warmup', '30'));
  const config = ensureJwtSecret(loadAppConfig());
  config.JOBS_ENABLED = false;
  const database = await openDatabase(config, { shareRunning: true });
  const app = await NestFactory.create<NestExpressApplication>(KetquaApiModule.forRoot({ config, database: database.settings }), { logger: ['error', 'warn'] });
  configureHttp(app, config);
  await app.listen(0, '127.0.0.1');
  try {
    const ds = app.get(DataSource);
    const { url, post } = benchClient(app);
    const token = await benchSignIn(url, city.ids.unit60HeadEmail, city.password);
    // The page's first request: the week's per-official rows (--all-windows: every window's, as the API answers without `window`).
    const overview = { query: print(UnitOverviewDocument), variables: process.argv.includes('--all-windows') ? {} : { window: 'WEEK' } };
    const first = await post(overview, token);
    const answer = first.data?.['unitOverview'] as { unitId: string; windows: Array<{ kind: string; officials: unknown[]; unit: { assigned: number } }> } | undefined;
    if (first.errors || !answer) throw new Error(`overview failed: ${JSON.stringify(first.errors)}`);
    const [{ n: assignments }] = await ds.query('SELECT count(*)::int AS n FROM assignment');
    process.stdout.write(
      `overview of ${answer.unitId === city.ids.unit60Id ? 'the 60-official unit' : answer.unitId}: ${Math.max(...answer.windows.map((w) => w.officials.length))} officials, ` +
        `windows ${answer.windows.map((w) => `${w.kind} ${w.unit.assigned} assignments`).join(', ')}; ${assignments} assignments in the city; ${JSON.stringify(first).length} bytes per answer\n`,
    );
    const cold = process.argv.includes('--cold');
    const overviews = app.get(UnitOverviewService);
    for (let i = 0; i < warmup; i++) {
      if (cold) overviews.forget();
      await post(overview, token);
    }
    const times: number[] = [];
    let sent = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (sent < requests) {
          sent += 1;
          if (cold) overviews.forget();
          const t0 = performance.now();
          const r = await post(overview, token);
          if (r.errors) throw new Error(JSON.stringify(r.errors));
          times.push(performance.now() - t0);
        }
      }),
    );
    const wall = performance.now() - started;
    times.sort((a, b) => a - b);
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    process.stdout.write(
      `${requests} requests from ${clients} concurrent clients after ${warmup} warm-up${cold ? ', each computed (--cold)' : ''}: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, ` +
        `max ${ms(times[times.length - 1])}, ${((requests / wall) * 1000).toFixed(0)} req/s (target p95 ≤ 50 ms); load average ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}\n`,
    );
    if (process.argv.includes('--baseline')) {
      // The same clients sending the smallest signed-in query: what the machine's load costs any request.
      const tiny: number[] = [];
      let n = 0;
      await Promise.all(
        Array.from({ length: clients }, async () => {
          while (n < requests) {
            n += 1;
            const t0 = performance.now();
            await post({ query: 'query { me { id } }' }, token);
            tiny.push(performance.now() - t0);
          }
        }),
      );
      tiny.sort((a, b) => a - b);
      process.stdout.write(`baseline (query { me { id } }, same clients): p50 ${ms(percentile(tiny, 50))}, p95 ${ms(percentile(tiny, 95))}\n`);
    }
    if (process.argv.includes('--explain')) {
      const today = toLocalDate(new Date());
      const { month } = weekAndMonthOf(today);
      const from = lastMonths(today, 6)[0].from;
      const units: Array<{ id: string }> = await ds.query(
        `WITH RECURSIVE s AS (SELECT id FROM unit WHERE id = $1 UNION SELECT u.id FROM unit u JOIN s ON u.parent_id = s.id) SELECT id FROM s`,
        [city.ids.unit60Id],
      );
      const ids = units.map((u) => u.id);
      const plans: Array<[string, string, unknown[]]> = [
        [
          'assignments of the subtree over the trend (the counts query scans this range per window)',
          `SELECT a.assignee_id, count(*) FROM assignment a LEFT JOIN deliverable d ON d.assignment_id = a.id AND d.decision = 'ACCEPTED'
            WHERE a.unit_id = ANY($1::uuid[]) AND a.deadline >= ($2::date::timestamp AT TIME ZONE '${HO_CHI_MINH_TIME_ZONE}') AND a.status <> 'CANCELLED' GROUP BY a.assignee_id`,
          [ids, from],
        ],
        [
          'open work of the subtree (overdue, review queue)',
          `SELECT a.assignee_id, count(*) FROM assignment a WHERE a.unit_id = ANY($1::uuid[]) AND a.status IN ('ASSIGNED', 'IN_PROGRESS', 'RETURNED', 'SUBMITTED') GROUP BY ROLLUP(a.assignee_id)`,
          [ids],
        ],
        [
          'closed spot checks of the month',
          `SELECT s.official_id, count(*) FROM spot_check s WHERE s.unit_id = ANY($1::uuid[]) AND s.date BETWEEN $2 AND $3 AND s.outcome IS NOT NULL GROUP BY s.official_id`,
          [ids, month.from, month.to],
        ],
      ];
      for (const [what, sql, params] of plans) {
        const plan: Array<{ 'QUERY PLAN': string }> = await ds.query(`EXPLAIN ANALYZE ${sql}`, params);
        process.stdout.write(`\n-- ${what}\n${plan.map((p) => p['QUERY PLAN']).join('\n')}\n`);
      }
    }
  } finally {
    await app.close();
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
