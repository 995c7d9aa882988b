// npm run bench:personal-data-log -- [--requests 200] [--warmup 20]
// The access log's cost on a list (docs/PERFORMANCE.md, docs/SECURITY.md "Dữ liệu cá nhân"): on the
// demo city with every feature's data (seeded when the database is empty; DATABASE_URL or the
// embedded one), HR asks for a page of 50 evaluations of 50 other officials (status, name, score and
// grade: the list every HR screen shows), one request at a time, first with the access log on (each
// request writes one bulk INSERT of one row per person read), then with the same API booted without
// the @PersonalRecord wrapping (nothing noted, nothing written). Prints p50/p95 of both and the
// rows written per request.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ensureJwtSecret, loadAppConfig, loadDotEnv, openDatabase, personalRecordTypes, runMigrations, type AppConfig, type PersonalRecordSpec } from '@ketqua/api/core';
import { DEMO_PASSWORD } from '@ketqua/api/demo';
import { configureHttp, KetquaApiModule, seedDemo } from '@ketqua/api/shell';
import { DataSource } from 'typeorm';
import { benchClient, benchSignIn } from './bench-client';

loadDotEnv();

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const LIST = `query { evaluations(first: 50) { edges { node { id status official { id fullName } record { score grade } } } } }`;

async function run(config: AppConfig, settings: Awaited<ReturnType<typeof openDatabase>>['settings'], requests: number, warmup: number) {
  const app = await NestFactory.create<NestExpressApplication>(KetquaApiModule.forRoot({ config, database: settings }), { logger: ['error', 'warn'] });
  configureHttp(app, config);
  await app.listen(0, '127.0.0.1');
  try {
    const ds = app.get(DataSource);
    const { url, post } = benchClient(app);
    const token = await benchSignIn(url, 'hr@demo.ketqua.vn', DEMO_PASSWORD);
    const first = await post({ query: LIST }, token);
    const rows = (first.data?.['evaluations'] as { edges: unknown[] } | undefined)?.edges.length;
    if (first.errors || rows !== 50) throw new Error(`the list answered ${rows} rows: ${JSON.stringify(first.errors)}`);
    for (let i = 0; i < warmup; i++) await post({ query: LIST }, token);
    const count = async () => Number((await ds.query(`SELECT count(*)::int AS n FROM personal_data_access`))[0].n);
    const before = await count();
    const times: number[] = [];
    for (let i = 0; i < requests; i++) {
      const started = performance.now();
      await post({ query: LIST }, token);
      times.push(performance.now() - started);
    }
    const written = (await count()) - before;
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 50), p95: percentile(times, 95), rowsPerRequest: written / requests };
  } finally {
    await app.close();
  }
}

async function main() {
  const requests = Number(arg('requests', '200'));
  const warmup = Number(arg('warmup', '20'));
  const config = ensureJwtSecret(loadAppConfig());
  config.JOBS_ENABLED = false;
  const database = await openDatabase(config, { shareRunning: true });
  try {
    await runMigrations(database.settings);
    await seedDemo({ config, database: database.settings }, ['error', 'warn']);
    // Off: the same API without the wrapping of Evaluation and SpotCheck fields (the registry is read when the schema is built).
    // Off first, then on: a second boot of the same process runs warmer, which would flatter the log, not hide its cost.
    const registry = personalRecordTypes() as Map<string, PersonalRecordSpec>;
    const saved = [...registry];
    registry.clear();
    const off = await run(config, database.settings, requests, warmup);
    for (const [k, v] of saved) registry.set(k, v);
    const on = await run(config, database.settings, requests, warmup);
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    process.stdout.write(
      `list of 50 evaluations (HR, ${requests} requests after ${warmup} warm-up):\n` +
        `  access log on : p50 ${ms(on.p50)}, p95 ${ms(on.p95)}, ${on.rowsPerRequest.toFixed(1)} rows written per request (one INSERT)\n` +
        `  access log off: p50 ${ms(off.p50)}, p95 ${ms(off.p95)}, ${off.rowsPerRequest.toFixed(1)} rows written per request\n` +
        `  difference    : p50 ${ms(on.p50 - off.p50)}, p95 ${ms(on.p95 - off.p95)}\n`,
    );
  } finally {
    await database.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
