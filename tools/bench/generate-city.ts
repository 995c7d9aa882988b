// npm run generate:city -- --officials 25000 --months 12 [--seed 1] [--assignments-per-month 20] [--today 2026-12-01] [--connections 3] [--reset] [--out tmp/city.json]
// (--connections: extra connections the big tables load on at once, one each; 0 = all on one connection.)
// Fills the database of DATABASE_URL with a generated city (tools/bench/city/city-generator.ts) for
// the benchmarks. Refuses a database holding any organisation data unless --reset, which drops the
// public schema (and pg-boss's) and re-creates it through the migrations. Never in production.
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Client } from 'pg';
import { loadDotEnv, runMigrations } from '@ketqua/api/core';
import { CityOptions, CitySummary, generateCity } from './city/city-generator';

export interface CliOptions extends CityOptions {
  reset: boolean;
  out: string;
}

export function parseArgs(argv: readonly string[], today: string): CliOptions {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const int = (name: string, fallback: number, min: number): number => {
    const raw = value(name);
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min} (got ${raw})`);
    return n;
  };
  const day = value('today') ?? today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`--today must be YYYY-MM-DD (got ${day})`);
  return {
    officials: int('officials', 25000, 5),
    months: int('months', 12, 1),
    seed: value('seed') ?? '1',
    assignmentsPerMonth: int('assignments-per-month', 20, 1),
    today: day,
    connections: int('connections', 3, 0),
    reset: argv.includes('--reset'),
    out: value('out') ?? 'tmp/city.json',
  };
}

/** What a database holds that the generator must never overwrite: any agency, user or assignment. */
async function existingRows(client: Client): Promise<number> {
  const { rows } = await client.query<{ t: string | null }>(`SELECT to_regclass('public.app_user')::text AS t`);
  if (!rows[0].t) return 0;
  const counted = await client.query<{ n: string }>(`SELECT (SELECT count(*) FROM agency) + (SELECT count(*) FROM app_user) + (SELECT count(*) FROM assignment) AS n`);
  return Number(counted.rows[0].n);
}

/** Prepares the database (refuses real data; --reset re-creates it) and generates the city. */
export async function runGenerateCity(
  url: string,
  options: CliOptions,
  log: (line: string) => void = () => undefined,
  database: { embedded?: boolean } = {},
): Promise<CitySummary> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const existing = await existingRows(client);
    if (options.reset) {
      if (process.env['NODE_ENV'] === 'production') throw new Error('generate:city --reset refuses to run when NODE_ENV=production.');
      await client.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
      await client.query('DROP SCHEMA public CASCADE');
      await client.query('CREATE SCHEMA public');
      log(`reset: the public schema was dropped (${existing} organisation and assignment rows) and re-created`);
    } else if (existing > 0) {
      throw new Error(
        `generate:city refuses to write into a database that already holds data (${existing} agencies, users and assignments in ${redact(url)}). Use an empty database, or pass --reset to drop and re-create its schema.`,
      );
    }
    const applied = await runMigrations({ url, poolSize: 1, embedded: database.embedded ?? false });
    if (applied.length) log(`migrations applied: ${applied.length}`);
    const connect = async () => {
      const lane = new Client({ connectionString: url });
      await lane.connect();
      return lane;
    };
    return await generateCity(client, { ...options, log, connect: options.connections ? connect : undefined });
  } finally {
    await client.end();
  }
}

function redact(url: string): string {
  const u = new URL(url);
  u.password = u.password ? '***' : '';
  return u.toString();
}

async function main(): Promise<void> {
  loadDotEnv();
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('generate:city needs DATABASE_URL (a PostgreSQL server database, empty or with --reset); it never writes into the embedded database of npm start.');
  // Today in Asia/Ho_Chi_Minh (UTC+7, no daylight saving).
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const options = parseArgs(process.argv.slice(2), today);
  const say = (line: string) => process.stdout.write(`${line}\n`);
  say(`generating ${options.officials} officials × ${options.months} months (seed ${options.seed}, ${options.assignmentsPerMonth} assignments a month each) into ${redact(url)}`);
  const summary = await runGenerateCity(url, options, say);
  say('');
  say(`${'table'.padEnd(22)}${'rows'.padStart(12)}${'ms'.padStart(10)}`);
  for (const [table, n] of Object.entries(summary.counts)) say(`${table.padEnd(22)}${String(n).padStart(12)}${String(summary.millis[table] ?? '').padStart(10)}`);
  for (const step of ['indexes and foreign keys', 'analyze']) say(`${step.padEnd(22)}${''.padStart(12)}${String(summary.millis[step] ?? '').padStart(10)}`);
  say(`total ${(summary.elapsedMs / 1000).toFixed(1)} s (ms per table: time its COPY statements took on the database, overlapping generation and each other)`);
  const out = resolve(options.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`);
  say(`ids for the benches in ${options.out}: ${JSON.stringify(summary.ids)}`);
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`generate:city failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
