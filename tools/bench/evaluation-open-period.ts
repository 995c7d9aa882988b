// npm run bench:evaluation-open-period -- [--year 2026] [--month 3]
// On a generated city (npm run generate:city -- --officials 25000 --months 12 --reset, same DATABASE_URL),
// opens one month for every agency — every active công chức and viên chức of the city — through the
// opening job's own code (EvaluationPeriodJobs.runOpening, batches of 1,000, multi-row inserts,
// facts through AssignmentFactsSource, notifications in bulk) and prints the wall time. Target:
// 25,000 officials in under 2 minutes on the 2-core machine (docs/PERFORMANCE.md).
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AfterCommit, ensureJwtSecret, loadAppConfig, loadDotEnv, openDatabase } from '@ketqua/api/core';
import { EvaluationPeriodJobs } from '@ketqua/api/evaluation';
import { KetquaApiModule } from '@ketqua/api/shell';
import { periodDates } from '@ketqua/domain';
import { loadavg } from 'node:os';
import { DataSource } from 'typeorm';

loadDotEnv();

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

async function main(): Promise<void> {
  if (process.env['NODE_ENV'] === 'production') throw new Error('the bench refuses to run when NODE_ENV=production');
  const year = arg('year', 2026);
  const month = arg('month', 3);
  const config = ensureJwtSecret(loadAppConfig());
  config.JOBS_ENABLED = false;
  const database = await openDatabase(config, { shareRunning: true });
  try {
    const app = await NestFactory.createApplicationContext(KetquaApiModule.forRoot({ config, database: database.settings }), { logger: ['error', 'warn'] });
    try {
      const ds = app.get(DataSource);
      const jobs = app.get(EvaluationPeriodJobs);
      const { startsOn, endsOn } = periodDates('MONTH', year, month);
      // Earlier runs of the bench leave their periods: remove them (and their evaluations, facts, notices).
      const old: Array<{ id: string }> = await ds.query(`SELECT id FROM evaluation_period WHERE name LIKE '[bench]%'`);
      if (old.length) {
        const ids = old.map((o) => o.id);
        await ds.query(`DELETE FROM notification WHERE kind = 'EVALUATION_PERIOD_OPENED' AND data->>'periodId' = ANY($1::text[])`, [ids]);
        await ds.query(`DELETE FROM evaluation_fact WHERE evaluation_id IN (SELECT id FROM evaluation WHERE period_id = ANY($1::uuid[]))`, [ids]);
        await ds.query(`DELETE FROM evaluation WHERE period_id = ANY($1::uuid[])`, [ids]);
        await ds.query(`DELETE FROM evaluation_period WHERE id = ANY($1::uuid[])`, [ids]);
      }
      const after = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
      const periods: Array<{ id: string; agency_id: string }> = await ds.query(
        `INSERT INTO evaluation_period (kind, year, number, starts_on, ends_on, agency_id, name, status, self_assessment_until, head_scoring_until, publish_until,
                                        cut_off_at, job_status, version)
         SELECT 'MONTH', $1, $2, $3, $4, a.id, '[bench] ' || a.name, 'OPENING', $5, $6, $7, $8, 'QUEUED', 1 FROM agency a
         RETURNING id, agency_id`,
        [year, month, startsOn, endsOn, after(endsOn, 7), after(endsOn, 14), after(endsOn, 21), `${after(endsOn, 2)}T10:00:00Z`],
      );
      const [{ officials }] = await ds.query(`SELECT count(*)::int AS officials FROM app_user WHERE active AND staff_category IN ('CONG_CHUC', 'VIEN_CHUC')`);
      const [{ facts: assignments }] = await ds.query(`SELECT count(*)::int AS facts FROM assignment`);
      process.stdout.write(`city: ${officials} officials to evaluate in ${periods.length} agencies, ${assignments} assignments; opening ${startsOn} – ${endsOn}\n`);
      const load = () =>
        loadavg()
          .map((l) => l.toFixed(2))
          .join(' ');
      const loadBefore = load();
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      let created = 0;
      for (const p of periods) {
        const report = await jobs.runOpening(p.id);
        if (report.status !== 'OPEN') throw new Error(`period ${p.id} ended ${report.status}`);
        created += report.created;
      }
      await app.get(AfterCommit).drain();
      const seconds = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpuBefore);
      const [{ facts }] = await ds.query(
        `SELECT count(*)::int AS facts FROM evaluation_fact f JOIN evaluation e ON e.id = f.evaluation_id JOIN evaluation_period p ON p.id = e.period_id WHERE p.name LIKE '[bench]%'`,
      );
      process.stdout.write(`opened: ${created} evaluations, ${facts} facts captured, in ${seconds.toFixed(1)} s (${Math.round(created / seconds)} officials/s; target < 120 s)\n`);
      // The machine is shared: the wall time depends on the load, the process's CPU time much less.
      process.stdout.write(
        `load average (1, 5, 15 min): ${loadBefore} before, ${load()} after; this process's CPU during the opening: ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (user ${(cpu.user / 1e6).toFixed(1)}, system ${(cpu.system / 1e6).toFixed(1)})\n`,
      );
      // The plan of the job's batch query (the biggest agency).
      const [big] = await ds.query(`SELECT u.agency_id, count(*) FROM app_user a JOIN unit u ON u.id = a.unit_id GROUP BY u.agency_id ORDER BY 2 DESC LIMIT 1`);
      const units: Array<{ id: string }> = await ds.query(`SELECT id FROM unit WHERE agency_id = $1`, [big.agency_id]);
      const plan: Array<{ 'QUERY PLAN': string }> = await ds.query(
        `EXPLAIN ANALYZE SELECT u.id, u.unit_id, un.agency_id, u.position_id, u.staff_category, u.is_leader, un.head_id, pu.head_id AS parent_head_id
           FROM app_user u JOIN unit un ON un.id = u.unit_id LEFT JOIN unit pu ON pu.id = un.parent_id
          WHERE u.active AND u.unit_id = ANY($1::uuid[]) AND u.staff_category = ANY($2::text[]) AND u.id > $3
            AND NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.period_id = $4 AND e.official_id = u.id)
          ORDER BY u.id LIMIT 1000`,
        [units.map((u) => u.id), ['CONG_CHUC', 'VIEN_CHUC'], '00000000-0000-0000-0000-000000000000', periods.find((p) => p.agency_id === big.agency_id)?.id],
      );
      process.stdout.write(`EXPLAIN ANALYZE of the batch query:\n${plan.map((r) => `  ${r['QUERY PLAN']}`).join('\n')}\n`);
    } finally {
      await app.close();
    }
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
