// npm run bench:pilot-report -- [--city tmp/city.json] [--runs 5] [--explain]
// On a generated city (npm run generate:city -- --officials 25000 --months 12, same DATABASE_URL),
// boots the API over HTTP and asks, as city-wide HR, for the whole-city pilot report (PRODUCT.md
// 4.7: every field of PilotReport, the same document as apps/api-e2e/src/reports) over the pilot's
// months since its start and the months before it as the baseline. One warm-up, then --runs
// requests one at a time; prints each time, the median and the max. Target ≤ 5 s
// (docs/PERFORMANCE.md). --explain prints EXPLAIN ANALYZE of each statement of the report.
import 'reflect-metadata';
import { benchSignIn } from './bench-client';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ensureJwtSecret, loadAppConfig, loadDotEnv, openDatabase } from '@ketqua/api/core';
import { reportStatements } from '@ketqua/api/reports';
import { configureHttp, KetquaApiModule } from '@ketqua/api/shell';
import { validateReportRanges } from '@ketqua/domain';
import { DataSource } from 'typeorm';

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

const METRICS = `cohort phase headcount assignments completed completionRatePercent onTime onTimeRatePercent evaluations meanQualityPercent meanScore spotChecks spotCheckCompliancePercent assignedUnits workloadPerOfficial`;
const REPORT = `query($input: PilotReportInput!) { pilotReport(input: $input) {
  pilot { id name } period { from to months } baseline { from to months } asOf dataCutOff ruleSetVersions
  summary { ${METRICS} }
  did { estimate lower upper confidenceLevel resamples seed clusters observations homeBaseline homePilot officeBaseline officePilot unavailableReason }
  byAgency { id name agencyName cells { ${METRICS} } }
  byUnit { id name agencyName unitId cells { ${METRICS} } }
  byPosition { id name agencyName cells { ${METRICS} } }
  gradeDistribution { cohort phase grade count percent }
  preTrend { month homeMean officeMean homeCount officeCount }
  balance { dimension key label homeCount homeSharePercent officeCount officeSharePercent }
  dataQuality { missingEvaluations { count items { officialId month } } movedCohort { count items { officialId reasons } } }
  methodNote { vi en } } }`;

const month = (d: string) => d.slice(0, 7);
const previousMonth = (m: string) => {
  const [y, mm] = m.split('-').map(Number);
  return mm === 1 ? `${y - 1}-12` : `${y}-${String(mm - 1).padStart(2, '0')}`;
};

async function main(): Promise<void> {
  if (process.env['NODE_ENV'] === 'production') throw new Error('the bench refuses to run when NODE_ENV=production');
  const city = JSON.parse(readFileSync(resolve(arg('city', 'tmp/city.json')), 'utf8')) as City;
  const runs = Number(arg('runs', '5'));
  // The months that have ended: from the pilot's first month to the month before today; the baseline: every generated month before the pilot.
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
  try {
    const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
    const post = async (body: unknown, token?: string) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
      const text = await res.text();
      return { bytes: text.length, json: JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] } };
    };
    const token = await benchSignIn(url, city.ids.hrEmail, city.password);
    const body = { query: REPORT, variables: { input } };
    const first = await post(body, token);
    if (first.json.errors) throw new Error(JSON.stringify(first.json.errors));
    const report = first.json.data?.['pilotReport'] as {
      summary: Array<{ cohort: string; phase: string; headcount: number; evaluations: number; meanScore: number }>;
      did: Record<string, unknown>;
      byUnit: unknown[];
      dataQuality: { missingEvaluations: { count: number }; movedCohort: { count: number } };
    };
    process.stdout.write(`city: ${city.officials} officials, ${city.months} months; report ${JSON.stringify(input)}\n`);
    process.stdout.write(
      `answer: ${first.bytes} bytes, ${report.byUnit.length} unit rows; missing ${report.dataQuality.missingEvaluations.count}, moved ${report.dataQuality.movedCohort.count}\n`,
    );
    for (const c of report.summary) process.stdout.write(`  ${c.cohort} ${c.phase}: ${c.headcount} officials, ${c.evaluations} evaluations, mean ${c.meanScore}\n`);
    process.stdout.write(`  DiD ${JSON.stringify(report.did)}\n`);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const r = await post(body, token);
      if (r.json.errors) throw new Error(JSON.stringify(r.json.errors));
      times.push(performance.now() - started);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const s = (n: number) => `${(n / 1000).toFixed(2)} s`;
    process.stdout.write(
      `${runs} requests after 1 warm-up: ${times.map(s).join(', ')}; median ${s(sorted[Math.floor(sorted.length / 2)])}, max ${s(sorted[sorted.length - 1])} (target ≤ 5 s)\n`,
    );

    if (process.argv.includes('--explain')) {
      const ds = app.get(DataSource);
      const [pilot] = await ds.query(`SELECT start_date::text AS start FROM pilot WHERE id = $1`, [input.pilotId]);
      const units = (await ds.query(`SELECT unit_id FROM pilot_unit WHERE pilot_id = $1`, [input.pilotId])).map((r: { unit_id: string }) => r.unit_id);
      const statements = reportStatements({ pilotId: input.pilotId, ranges: validateReportRanges({ ...input, pilotStartDate: pilot.start }), unitIds: units });
      await ds.transaction(async (tx) => {
        await tx.query(`SET LOCAL jit = off`);
        for (const [name, st] of Object.entries(statements)) {
          const plan: Array<{ 'QUERY PLAN': string }> = await tx.query(`EXPLAIN (ANALYZE, BUFFERS) ${st.sql}`, st.params);
          process.stdout.write(`\n-- ${name}\n${plan.map((p) => p['QUERY PLAN']).join('\n')}\n`);
          if (name === 'member') await tx.query('ANALYZE report_member');
          if (name === 'fact') await tx.query('ANALYZE report_fact');
        }
      });
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
