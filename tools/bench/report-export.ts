// npm run bench:report-export -- [--city tmp/city.json] [--formats XLSX,PDF,CSV]
// On a generated city (npm run generate:city, same DATABASE_URL): boots the API, signs in as
// city-wide HR, starts each export through the real mutation (startReportExport) of the
// whole-city pilot report (the pilot's months since its start, the months before it as the
// baseline: the same input as bench:pilot-report), runs the job in this process as pg-boss would
// (ReportExportRunner.run), then downloads the file over HTTP and checks its SHA-256 against the
// manifest. Prints per format: wall time of the job (the report's own computation included), the
// CPU time, the file size and rows, and the process's RSS before and at its peak (sampled every
// 20 ms while the job runs): issue 12's "XLSX ≤ 30 s with the API's peak RSS growing by no more
// than 150 MB; PDF ≤ 10 s". The load average is printed beside the figures (shared machine).
import 'reflect-metadata';
import { benchSignIn } from './bench-client';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ensureJwtSecret, loadAppConfig, loadDotEnv, openDatabase } from '@ketqua/api/core';
import { ReportExportRunner } from '@ketqua/api/reports';
import { configureHttp, KetquaApiModule } from '@ketqua/api/shell';

loadDotEnv();

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};

interface City {
  today: string;
  from: string;
  months: number;
  officials: number;
  password: string;
  ids: { hrEmail: string; pilotId: string; pilotStartDate: string };
}

const month = (d: string) => d.slice(0, 7);
const previousMonth = (m: string) => {
  const [y, mm] = m.split('-').map(Number);
  return mm === 1 ? `${y - 1}-12` : `${y}-${String(mm - 1).padStart(2, '0')}`;
};
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main(): Promise<void> {
  if (process.env['NODE_ENV'] === 'production') throw new Error('the bench refuses to run when NODE_ENV=production');
  const city = JSON.parse(readFileSync(resolve(arg('city', 'tmp/city.json')), 'utf8')) as City;
  const formats = arg('formats', 'XLSX,PDF,CSV').split(',');
  const input = {
    pilotId: city.ids.pilotId,
    period: { from: month(city.ids.pilotStartDate), to: previousMonth(month(city.today)) },
    baseline: { from: month(city.from), to: previousMonth(month(city.ids.pilotStartDate)) },
  };
  const config = ensureJwtSecret(loadAppConfig());
  config.JOBS_ENABLED = false;
  const database = await openDatabase(config, { shareRunning: true });
  const app = await NestFactory.create<NestExpressApplication>(KetquaApiModule.forRoot({ config, database: database.settings }), { logger: ['error', 'warn'] });
  configureHttp(app, config);
  await app.listen(0, '127.0.0.1');
  const runner = app.get(ReportExportRunner);
  try {
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const post = async <T>(query: string, variables: unknown, token?: string): Promise<T> => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const json = (await res.json()) as { data?: T; errors?: unknown[] };
      if (json.errors || !json.data) throw new Error(JSON.stringify(json.errors));
      return json.data;
    };
    const token = await benchSignIn(`${base}/graphql`, city.ids.hrEmail, city.password);
    process.stdout.write(`city: ${city.officials} officials, ${city.months} months; export of ${JSON.stringify(input)}; ${cpus().length} cores, load ${load()}\n`);
    for (const format of formats) {
      const { startReportExport } = await post<{ startReportExport: { id: string } }>(
        'mutation($input: StartReportExportInput!) { startReportExport(input: $input) { id } }',
        { input: { format, pilotReport: input } },
        token,
      );
      global.gc?.();
      const before = process.memoryUsage().rss;
      let peak = before;
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
      }, 20);
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const done = await runner.run(startReportExport.id);
      const wall = performance.now() - t0;
      const cpu = process.cpuUsage(c0);
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage().rss);
      if (!done || done.status !== 'DONE') throw new Error(`${format} export ended ${done?.status}: ${done?.error}`);
      const res = await fetch(`${base}/report-exports/${done.id}/file`, { headers: { authorization: `Bearer ${token}` } });
      const body = Buffer.from(await res.arrayBuffer());
      const sha = createHash('sha256').update(body).digest('hex');
      if (sha !== done.sha256) throw new Error(`${format}: the downloaded file's SHA-256 is not the manifest's`);
      const rows = done.rowCounts.map((r) => `${r.key} ${r.rows}`).join(', ');
      process.stdout.write(
        `${format}: ${(wall / 1000).toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU; ${mb(body.length)}; RSS ${mb(before)} before, peak ${mb(peak)} (+${mb(peak - before)}); load ${load()}\n  rows: ${rows}\n`,
      );
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
