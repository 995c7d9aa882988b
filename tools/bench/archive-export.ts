// npm run bench:archive-export -- [--city tmp/city.json] [--period <id>]
// On a generated city (npm run generate:city, same DATABASE_URL): makes the electronic archive
// bundle of one closed period in this process, as `npm run archive:export` does
// (PeriodArchiveService.build, written to a file under tmp/), by default the closed period with the
// most published evaluations among the agencies in the pilot (so the bundle carries the pilot
// report too), as the city-wide HR. Prints the wall time, the bundle's size and entries, and the
// process's RSS and JS heap before and at their peak (sampled every 20 ms while the bundle is made,
// and the live heap after a full collection once a second: what the bundle holds on to): the bundle
// is written in constant memory (docs/ARCHIVE.md), so the peak must not grow with the bundle.
// A bundle of the smallest closed period is made first (warm-up, not measured). Then checks the
// measured bundle with archive:verify's check. The load average is printed beside the figures.
import 'reflect-metadata';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { ensureJwtSecret, loadActingUser, loadAppConfig, loadDotEnv, openDatabase, verifyArchive } from '@ketqua/api/core';
import { buildRecord, PeriodArchiveService } from '@ketqua/api/evaluation';
import { DEFAULT_RULE_SET, GeneralCriterionScore } from '@ketqua/domain';
import { KetquaApiModule } from '@ketqua/api/shell';
import { DataSource } from 'typeorm';

loadDotEnv();

const arg = <T extends string | null>(name: string, fallback: T): string | T => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/**
 * The generated city's published records are abbreviated (score, grade and three receipt lines:
 * what the reports read); the printed sheet needs the whole record. For the measured period only,
 * each record becomes the one publication writes (buildRecord) over three facts like its receipt's
 * lines, once (a record already whole is left alone).
 */
async function completeRecords(db: DataSource, periodId: string): Promise<void> {
  const general: GeneralCriterionScore[] = DEFAULT_RULE_SET.congChuc.generalCriteria.map((c) => ({ code: c.code, points: c.maxPoints }));
  const facts = [4, 2, 1].map((units, i) => ({
    assignmentId: `00000000-0000-4000-8000-00000000000${i + 1}`,
    title: `Nhiệm vụ ${i + 1} của tháng`,
    sourceDocument: `${100 + i}/UBND-VP`,
    status: 'ACCEPTED',
    deadlineDate: '2026-10-20',
    expectedUnits: units,
    deliveredUnits: units,
    majorErrorReturns: [],
    missedDeadlines: [],
  }));
  for (const regime of ['CONG_CHUC', 'VIEN_CHUC'] as const) {
    const record = buildRecord({
      regime,
      isLeader: false,
      ruleSet: DEFAULT_RULE_SET,
      facts,
      generalScores: regime === 'CONG_CHUC' ? general : null,
      overrides: null,
      scheduledWorkingDays: 22,
      workedDays: 22,
      decidedGrade: null,
      gradeChangeReason: null,
    });
    await db.query(
      `UPDATE evaluation_revision r SET record = $3 FROM evaluation e
        WHERE e.id = r.evaluation_id AND r.revision = e.revision AND e.period_id = $1 AND e.regime = $2 AND NOT (r.record ? 'overrideReasons')`,
      [periodId, regime, JSON.stringify(record)],
    );
  }
}

async function main(): Promise<void> {
  if (process.env['NODE_ENV'] === 'production') throw new Error('the bench refuses to run when NODE_ENV=production');
  const city = JSON.parse(readFileSync(resolve(arg('city', 'tmp/city.json')), 'utf8')) as { officials: number; months: number; ids: { hrEmail: string } };
  const config = ensureJwtSecret(loadAppConfig());
  config.JOBS_ENABLED = false;
  const database = await openDatabase(config, { shareRunning: true });
  const app = await NestFactory.createApplicationContext(KetquaApiModule.forRoot({ config, database: database.settings }), { logger: ['error', 'warn'] });
  const target = resolve(`tmp/archive-bench-${process.pid}.zip`);
  try {
    const db = app.get(DataSource);
    const periodId =
      arg('period', null) ??
      (
        (await db.query(
          `SELECT p.id FROM evaluation_period p JOIN evaluation e ON e.period_id = p.id AND e.status = 'PUBLISHED'
          WHERE p.status = 'CLOSED'
            AND EXISTS (SELECT 1 FROM pilot pi JOIN pilot_unit pu ON pu.pilot_id = pi.id JOIN unit u ON u.id = pu.unit_id WHERE u.agency_id = p.agency_id AND pi.start_date <= p.ends_on)
          GROUP BY p.id, p.ends_on ORDER BY count(*) DESC, p.ends_on DESC, p.id LIMIT 1`,
        )) as { id: string }[]
      )[0]?.id;
    if (!periodId) throw new Error('no closed period with published evaluations in a pilot agency: generate a city first');
    await completeRecords(db, periodId);
    const user = await loadActingUser(db, { email: city.ids.hrEmail }, 'bench');
    if (!user) throw new Error(`no active account ${city.ids.hrEmail}`);
    process.stdout.write(`city: ${city.officials} officials, ${city.months} months; period ${periodId}; load ${load()}\n`);

    // Warm-up: a bundle of the smallest closed period first, so what every process loads once (pdfkit,
    // the fonts, the compiled code) is not counted as the measured bundle's memory.
    const [small] = (await db.query(
      `SELECT p.id, count(*)::int AS n FROM evaluation_period p JOIN evaluation e ON e.period_id = p.id AND e.status = 'PUBLISHED'
        WHERE p.status = 'CLOSED' AND p.id <> $1 GROUP BY p.id ORDER BY count(*), p.id LIMIT 1`,
      [periodId],
    )) as { id: string; n: number }[];
    if (small) {
      await completeRecords(db, small.id);
      const warm = await app.get(PeriodArchiveService).build(user, small.id, target);
      rmSync(target, { force: true });
      process.stdout.write(`warm-up: period ${small.id}, ${warm.manifest.counts['records']} records, ${mb(warm.bytes)}\n`);
    }
    global.gc?.();
    const before = process.memoryUsage().rss;
    const heapBefore = process.memoryUsage().heapUsed;
    let heapPeak = heapBefore;
    let livePeak = heapBefore;
    let ticks = 0;
    let peak = before;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peak = Math.max(peak, m.rss);
      heapPeak = Math.max(heapPeak, m.heapUsed);
      // Once a second, what is still referenced: the heap right after a full collection.
      if (global.gc && ++ticks % 50 === 0) {
        global.gc();
        livePeak = Math.max(livePeak, process.memoryUsage().heapUsed);
      }
    }, 20);
    const t0 = performance.now();
    const archive = await app.get(PeriodArchiveService).build(user, periodId, target);
    const wall = performance.now() - t0;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const report = archive.manifest.files.filter((f) => f.path.startsWith('pilot-report/'));
    process.stdout.write(
      `bundle: ${mb(archive.bytes)} (${statSync(target).size} bytes on disk), ${archive.manifest.files.length} entries + manifest; counts ${JSON.stringify(archive.manifest.counts)}\n` +
        `  pilot report: ${report.map((f) => `${f.path} ${mb(f.size)}`).join(', ') || 'none'}\n` +
        `${(wall / 1000).toFixed(2)} s wall; RSS ${mb(before)} before, peak ${mb(peak)} (+${mb(peak - before)}); JS heap peak +${mb(heapPeak - heapBefore)}, live (after a full GC, each second) +${mb(livePeak - heapBefore)}; load ${load()}\n`,
    );
    const verified = verifyArchive(readFileSync(target));
    process.stdout.write(
      verified.ok ? `verify: OK, ${verified.checkedFiles} files, ${verified.checkedEvents} audit events\n` : `verify: BROKEN\n  ${verified.problems.join('\n  ')}\n`,
    );
    if (!verified.ok) process.exitCode = 1;
  } finally {
    rmSync(target, { force: true });
    await app.close();
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
