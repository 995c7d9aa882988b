// npm run bench:work-lists -- [--city tmp/city.json] [--requests 200] [--warmup 20] [--clients 1,10] [--explain] [--only board,queue,mine,bell]
// On a generated city (npm run generate:city -- --officials 2000 --months 3 --reset --out tmp/city.json, same
// DATABASE_URL), boots the API over HTTP and sends the dashboard's own documents (from
// @ketqua/dashboard/data-access, so the bench measures exactly what the pages ask):
//   board — the head's team board (Assignments, no filter, first 50) as the 60-official unit's head;
//   queue — the review queue tab (Assignments, statuses [SUBMITTED], first 50) as that head;
//   mine  — an official's "my work" (Assignments, mine + open statuses, first 50);
//   bell  — the header bell (MyNotifications: unread count and the latest 10) as that head.
// For each, at 1 and 10 concurrent clients: p50/p95/max, and the SQL statements per request (counted
// on pg's Client.query in this process). --explain prints EXPLAIN ANALYZE of each list's SQL.
// A small bench for issue 13's slow queries; the big load runner lives beside it (fix/scale-bench).
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ensureJwtSecret, loadAppConfig, loadDotEnv, openDatabase } from '@ketqua/api/core';
import { configureHttp, KetquaApiModule } from '@ketqua/api/shell';
import { OPEN_ASSIGNMENT_STATUSES } from '@ketqua/domain';
import { print } from 'graphql';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
// The documents the dashboard sends, generated from its .ts files.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { AssignmentsDocument, MyNotificationsDocument } from '../../libs/dashboard/data-access/src/gql/graphql';
import { benchClient, benchSignIn } from './bench-client';

loadDotEnv();

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (n: number) => `${n.toFixed(1)} ms`;

interface City {
  password: string;
  ids: { unit60Id: string; unit60HeadId: string; unit60HeadEmail: string; unit60OfficialId: string; unit60OfficialEmail: string };
}

// Every statement this process sends, whichever pool or connection sends it.
let statements = 0;
const clientQuery = Client.prototype.query;
Client.prototype.query = function (this: Client, ...args: unknown[]) {
  statements++;
  return (clientQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof Client.prototype.query;

async function main(): Promise<void> {
  if (process.env['NODE_ENV'] === 'production') throw new Error('the bench refuses to run when NODE_ENV=production');
  const city = JSON.parse(readFileSync(resolve(arg('city', 'tmp/city.json')), 'utf8')) as City;
  const requests = Number(arg('requests', '200'));
  const warmup = Number(arg('warmup', '20'));
  const clientCounts = arg('clients', '1,10').split(',').map(Number);
  const only = arg('only', 'board,queue,mine,bell').split(',');
  const config = ensureJwtSecret(loadAppConfig());
  config.JOBS_ENABLED = false;
  const database = await openDatabase(config, { shareRunning: true });
  const app = await NestFactory.create<NestExpressApplication>(KetquaApiModule.forRoot({ config, database: database.settings }), { logger: ['error', 'warn'] });
  configureHttp(app, config);
  await app.listen(0, '127.0.0.1');
  try {
    const ds = app.get(DataSource);
    const { url, post } = benchClient(app);
    const signIn = async (email: string) => {
      return benchSignIn(url, email, city.password);
    };
    const head = await signIn(city.ids.unit60HeadEmail);
    // "my work" of the unit's official with the most assignments (the generator gives a few four times the usual).
    const [busiest] = await ds.query(
      `SELECT u.email, count(*)::int AS n FROM assignment a JOIN app_user u ON u.id = a.assignee_id WHERE u.unit_id = $1 AND u.id <> $2 GROUP BY u.email ORDER BY n DESC LIMIT 1`,
      [city.ids.unit60Id, city.ids.unit60HeadId],
    );
    const official = await signIn(busiest.email);
    const assignments = print(AssignmentsDocument);
    const operations: Array<{ name: string; what: string; token: string; body: { query: string; variables: Record<string, unknown> } }> = [
      { name: 'board', what: "head's team board (first 50)", token: head, body: { query: assignments, variables: { filter: {}, first: 50 } } },
      { name: 'queue', what: 'review queue (SUBMITTED, first 50)', token: head, body: { query: assignments, variables: { filter: { statuses: ['SUBMITTED'] }, first: 50 } } },
      {
        name: 'mine',
        what: `"my work" (${busiest.n} assignments, open, first 50)`,
        token: official,
        body: { query: assignments, variables: { filter: { mine: true, statuses: [...OPEN_ASSIGNMENT_STATUSES] }, first: 50 } },
      },
      { name: 'bell', what: 'bell (unread count + latest 10)', token: head, body: { query: print(MyNotificationsDocument), variables: { first: 10 } } },
    ];
    for (const op of operations.filter((o) => only.includes(o.name))) {
      const answer = await post(op.body, op.token);
      if (answer.errors) throw new Error(`${op.name}: ${JSON.stringify(answer.errors)}`);
      const list = answer.data?.['assignments'] as { totalCount: number; edges: unknown[] } | undefined;
      const shape = list ? `${list.edges.length} rows of ${list.totalCount}` : `unread ${String(answer.data?.['unreadNotificationCount'])}`;
      for (let i = 0; i < warmup; i++) await post(op.body, op.token);
      const before = statements;
      await post(op.body, op.token);
      const perRequest = statements - before;
      const figures: string[] = [];
      for (const clients of clientCounts) {
        const times: number[] = [];
        let next = 0;
        await Promise.all(
          Array.from({ length: clients }, async () => {
            while (next++ < requests) {
              const started = performance.now();
              const r = await post(op.body, op.token);
              if (r.errors) throw new Error(`${op.name}: ${JSON.stringify(r.errors)}`);
              times.push(performance.now() - started);
            }
          }),
        );
        times.sort((a, b) => a - b);
        figures.push(`${clients} client${clients > 1 ? 's' : ''}: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(times[times.length - 1])}`);
      }
      process.stdout.write(`${op.what} — ${shape}, ${perRequest} SQL statements per request\n  ${figures.join('\n  ')}\n`);
    }
    if (process.argv.includes('--explain')) {
      const scope: Array<{ id: string }> = await ds.query(
        `WITH RECURSIVE t AS (SELECT id FROM unit WHERE head_id = $1 UNION SELECT u.id FROM unit u JOIN t ON u.parent_id = t.id) SELECT id FROM t`,
        [city.ids.unit60HeadId],
      );
      const units = scope.map((s) => s.id);
      const plans: Array<[string, string, unknown[]]> = [
        [
          "head's team board: the scope filter, first page",
          `SELECT a.* FROM assignment a WHERE (a.unit_id = ANY($1::uuid[]) OR a.assignee_id = $2 OR a.assigned_by_id = $2) ORDER BY a.deadline, a.id LIMIT 51`,
          [units, city.ids.unit60HeadId],
        ],
        [
          "head's team board: totalCount",
          `SELECT count(*) FROM assignment a WHERE (a.unit_id = ANY($1::uuid[]) OR a.assignee_id = $2 OR a.assigned_by_id = $2)`,
          [units, city.ids.unit60HeadId],
        ],
        [
          'review queue, first page',
          `SELECT a.* FROM assignment a WHERE (a.unit_id = ANY($1::uuid[]) OR a.assignee_id = $2 OR a.assigned_by_id = $2) AND a.status IN ('SUBMITTED') ORDER BY a.deadline, a.id LIMIT 51`,
          [units, city.ids.unit60HeadId],
        ],
        [
          '"my work", first page',
          `SELECT a.* FROM assignment a WHERE (a.assignee_id = $1 OR a.assigned_by_id = $1) AND a.assignee_id = $1 AND a.status IN ('ASSIGNED','IN_PROGRESS','SUBMITTED','RETURNED') ORDER BY a.deadline, a.id LIMIT 51`,
          [(await ds.query(`SELECT id FROM app_user WHERE email = $1`, [busiest.email]))[0].id],
        ],
      ];
      for (const [what, sql, params] of plans) {
        const plan: Array<{ 'QUERY PLAN': string }> = await ds.query(`EXPLAIN (ANALYZE, BUFFERS OFF) ${sql}`, params);
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
