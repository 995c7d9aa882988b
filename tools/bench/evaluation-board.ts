// npm run bench:evaluation-board -- [--requests 300] [--warmup 30] [--city tmp/city.json] [--explain]
// On a generated city (npm run generate:city -- --officials 2000 --months 3 --reset, same DATABASE_URL),
// writes a month's evaluations and frozen facts for the city's 60-official unit (tmp/city.json's
// unit60Id: a third self-assessed, a third scored), boots the API over HTTP and sends, as the unit's
// head, the period board's own GraphQL document (the dashboard's BoardEvaluations: evaluations of
// the unit and period, first 100, with the record by buildRecord and the discipline evidence), one
// request at a time. Prints p50/p95/max. Target p95 ≤ 100 ms (docs/PERFORMANCE.md). --explain prints
// EXPLAIN ANALYZE of the board's SQL.
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AssignmentFactsSource, ensureJwtSecret, loadAppConfig, loadDotEnv, openDatabase } from '@ketqua/api/core';
import { configureHttp, KetquaApiModule } from '@ketqua/api/shell';
import { print } from 'graphql';
import { DataSource } from 'typeorm';
// The document the dashboard's board sends, generated from its .ts file (the bench measures exactly that request).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { BoardEvaluationsDocument } from '../../libs/dashboard/data-access/src/gql/graphql';
import { benchClient, benchSignIn } from './bench-client';

loadDotEnv();

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const day = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

interface City {
  today: string;
  password: string;
  ids: { agencyId: string; unit60Id: string; unit60HeadId: string; unit60HeadEmail: string };
}

/** A month before `today` with the 60-official unit's evaluations and their frozen facts, as the opening job writes them. */
async function seedBoard(ds: DataSource, facts: AssignmentFactsSource, city: City): Promise<{ periodId: string; officials: number; facts: number }> {
  const old: Array<{ id: string }> = await ds.query(`SELECT id FROM evaluation_period WHERE name LIKE '[bench-board]%'`);
  if (old.length) {
    const ids = old.map((o) => o.id);
    await ds.query(`DELETE FROM evaluation_fact WHERE evaluation_id IN (SELECT id FROM evaluation WHERE period_id = ANY($1::uuid[]))`, [ids]);
    await ds.query(`DELETE FROM evaluation WHERE period_id = ANY($1::uuid[])`, [ids]);
    await ds.query(`DELETE FROM evaluation_period WHERE id = ANY($1::uuid[])`, [ids]);
  }
  const endsOn = day(`${city.today.slice(0, 7)}-01`, -1);
  const startsOn = `${endsOn.slice(0, 7)}-01`;
  const [year, month] = startsOn.split('-').map(Number);
  const [{ id: periodId }] = await ds.query(
    `INSERT INTO evaluation_period (kind, year, number, starts_on, ends_on, agency_id, name, status, self_assessment_until, head_scoring_until, publish_until,
                                    cut_off_at, facts_frozen_at, opened_at, version)
     VALUES ('MONTH', $1, $2, $3, $4, $5, $6, 'OPEN', $7, $8, $9, $10, $10, $3::date::timestamptz, 1) RETURNING id`,
    [year, month, startsOn, endsOn, city.ids.agencyId, `[bench-board] Tháng ${month}/${year}`, day(endsOn, 7), day(endsOn, 14), day(endsOn, 21), `${day(endsOn, 1)}T10:00:00Z`],
  );
  const officials: Array<{ id: string; position_id: string | null; staff_category: string; is_leader: boolean }> = await ds.query(
    `SELECT id, position_id, staff_category, is_leader FROM app_user
      WHERE unit_id = $1 AND active AND staff_category IN ('CONG_CHUC', 'VIEN_CHUC') ORDER BY id`,
    [city.ids.unit60Id],
  );
  const [{ agency_id }] = await ds.query(`SELECT agency_id FROM unit WHERE id = $1`, [city.ids.unit60Id]);
  const evaluationOf = new Map<string, string>();
  for (const [i, o] of officials.entries()) {
    const state = i % 3; // 0 awaiting self-assessment, 1 self-assessed, 2 scored
    const general = JSON.stringify([
      { code: 'POLITICAL_QUALITY', points: 7.5 },
      { code: 'ETHICS_CONDUCT', points: 7 },
      { code: 'WORKING_STYLE', points: 7 },
      { code: 'DISCIPLINE', points: 6.5 },
    ]);
    const cong = o.staff_category === 'CONG_CHUC';
    // The head is in the unit too, evaluated by HR (no parent head in the generated tree is assumed), as a leader.
    const isHead = o.id === city.ids.unit60HeadId;
    const [{ id }] = await ds.query(
      `INSERT INTO evaluation (period_id, official_id, unit_id, agency_id, position_id, task_group, regime, is_leader, evaluator_id, evaluator_level, rule_set_version,
          scheduled_working_days, worked_days, status, self_assessment_text, self_scores, proposed_grade, self_assessed_at, general_scores, scored_by_id, scored_at, version)
       VALUES ($1, $2, $3, $4, $5::uuid, coalesce($5::uuid::text, 'none'), $6, $7, $8, CASE WHEN $8::uuid IS NULL THEN 'HR' ELSE 'UNIT_HEAD' END, 'v1', 21, 21, $9, $10, $11::jsonb, $12, $13, $14::jsonb, $15, $13, 1) RETURNING id`,
      [
        periodId,
        o.id,
        city.ids.unit60Id,
        agency_id,
        o.position_id,
        cong ? 'CONG_CHUC' : 'VIEN_CHUC',
        o.is_leader || isHead,
        isHead ? null : city.ids.unit60HeadId,
        state === 0 ? 'AWAITING_SELF_ASSESSMENT' : state === 1 ? 'AWAITING_HEAD' : 'SCORED',
        state === 0 ? null : 'Hoàn thành các nhiệm vụ được giao trong tháng, đúng hạn và bảo đảm chất lượng.',
        state === 0 || !cong ? null : general,
        state === 0 ? null : 'HOAN_THANH_TOT',
        state === 0 ? null : `${day(endsOn, 2)}T02:00:00Z`,
        state === 2 && cong ? general : null,
        state === 2 ? city.ids.unit60HeadId : null,
      ],
    );
    evaluationOf.set(o.id, id);
  }
  const rows = await facts.factsFor([...evaluationOf.keys()], { from: startsOn, to: endsOn });
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500);
    const values: unknown[] = [];
    const tuples = batch.map((f, j) => {
      values.push(evaluationOf.get(f.officialId), f.assignmentId, f.unitId, f.title, f.sourceDocument, f.status, f.deadlineDate, f.expectedUnits, f.deliveredUnits, f.acceptedAt);
      values.push(JSON.stringify(f.majorErrorReturns), JSON.stringify(f.missedDeadlines), f.ruleSetVersion);
      const b = j * 13;
      return `(${Array.from({ length: 13 }, (_, k) => `$${b + k + 1}`).join(', ')})`;
    });
    await ds.query(
      `INSERT INTO evaluation_fact (evaluation_id, assignment_id, unit_id, title, source_document, status, deadline_date, expected_units, delivered_units, accepted_at,
         major_error_returns, missed_deadlines, rule_set_version) VALUES ${tuples.join(', ')}`,
      values,
    );
  }
  await ds.query(`ANALYZE evaluation; ANALYZE evaluation_fact`);
  return { periodId, officials: officials.length, facts: rows.length };
}

async function main(): Promise<void> {
  if (process.env['NODE_ENV'] === 'production') throw new Error('the bench refuses to run when NODE_ENV=production');
  const city = JSON.parse(readFileSync(resolve(arg('city', 'tmp/city.json')), 'utf8')) as City;
  const requests = Number(arg('requests', '300'));
  const warmup = Number(arg('warmup', '30'));
  const config = ensureJwtSecret(loadAppConfig());
  config.JOBS_ENABLED = false;
  const database = await openDatabase(config, { shareRunning: true });
  const app = await NestFactory.create<NestExpressApplication>(KetquaApiModule.forRoot({ config, database: database.settings }), { logger: ['error', 'warn'] });
  configureHttp(app, config);
  await app.listen(0, '127.0.0.1');
  try {
    const ds = app.get(DataSource);
    const seeded = await seedBoard(ds, app.get(AssignmentFactsSource), city);
    const { url, post } = benchClient(app);
    const token = await benchSignIn(url, city.ids.unit60HeadEmail, city.password);
    const board = { query: print(BoardEvaluationsDocument), variables: { periodId: seeded.periodId, unitId: city.ids.unit60Id } };
    const first = await post(board, token);
    const count = (first.data?.['evaluations'] as { edges: unknown[] } | undefined)?.edges.length;
    if (first.errors || count !== seeded.officials) throw new Error(`board answered ${count} rows for ${seeded.officials}: ${JSON.stringify(first.errors)}`);
    process.stdout.write(`board: ${seeded.officials} officials, ${seeded.facts} frozen facts, ${JSON.stringify(first).length} bytes per answer\n`);
    for (let i = 0; i < warmup; i++) await post(board, token);
    const times: number[] = [];
    for (let i = 0; i < requests; i++) {
      const started = performance.now();
      await post(board, token);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    process.stdout.write(
      `${requests} requests after ${warmup} warm-up: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(times[times.length - 1])} (target p95 ≤ 100 ms)\n`,
    );
    if (process.argv.includes('--breakdown')) {
      // The same request without a part, to see where the time goes.
      const without = (query: string, field: string) => query.replace(new RegExp(`\\n\\s*${field} \\{[^}]*\\}`), '');
      const variants: Array<[string, string]> = [
        ['without record', without(board.query, 'record')],
        ['without disciplineEvidence', without(board.query, 'disciplineEvidence')],
        ['without both', without(without(board.query, 'record'), 'disciplineEvidence')],
      ];
      for (const [what, query] of variants) {
        const part: number[] = [];
        for (let i = 0; i < Math.min(requests, 100); i++) {
          const started = performance.now();
          const r = await post({ ...board, query }, token);
          if (r.errors) throw new Error(JSON.stringify(r.errors));
          part.push(performance.now() - started);
        }
        part.sort((a, b) => a - b);
        process.stdout.write(`  ${what}: p50 ${ms(percentile(part, 50))}, p95 ${ms(percentile(part, 95))}\n`);
      }
    }
    if (process.argv.includes('--explain')) {
      const plans: Array<[string, string, unknown[]]> = [
        [
          'evaluations of the unit and period (keyset page)',
          `SELECT e.* FROM evaluation e WHERE e.period_id = $1 AND e.unit_id = $2 ORDER BY e.period_id, e.official_id LIMIT 101`,
          [seeded.periodId, city.ids.unit60Id],
        ],
        [
          'their frozen facts (buildRecord)',
          `SELECT f.* FROM evaluation_fact f WHERE f.evaluation_id IN (SELECT id FROM evaluation WHERE period_id = $1 AND unit_id = $2) ORDER BY f.deadline_date, f.assignment_id`,
          [seeded.periodId, city.ids.unit60Id],
        ],
      ];
      for (const [what, sql, params] of plans) {
        const plan: Array<{ 'QUERY PLAN': string }> = await ds.query(`EXPLAIN ANALYZE ${sql}`, params);
        process.stdout.write(`\n-- ${what}\n${plan.map((p) => p['QUERY PLAN']).join('\n')}\n`);
        // On a small city the planner rightly scans the little tables; without sequential scans it
        // shows which index serves the filter once the tables are large.
        const indexed = await ds.transaction(async (m) => {
          await m.query('SET LOCAL enable_seqscan = off');
          return (await m.query(`EXPLAIN ANALYZE ${sql}`, params)) as Array<{ 'QUERY PLAN': string }>;
        });
        process.stdout.write(`-- ${what}, sequential scans off\n${indexed.map((p) => p['QUERY PLAN']).join('\n')}\n`);
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
