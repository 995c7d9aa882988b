import { NestFactory } from '@nestjs/core';
import { AgencyEntity, DEMO_HISTORY, demoHistoryMonths, loadAppConfig, verifyAuditChain } from '@ketqua/api/core';
import { toLocalDate } from '@ketqua/domain';
import { DemoSeeder } from '@ketqua/api/demo';
import { KetquaApiModule, seedDemo } from '@ketqua/api/shell';
import { resetTestDatabase, TEST_JWT_SECRET, testDatabaseIsEmbedded, testDatabasesReady, testDatabaseUrl } from '@ketqua/api/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

/**
 * The features register their demo data in onModuleInit: a seeder called before the app is
 * initialised once loaded the city only (the first start of npm start). It now refuses, and
 * seedDemo, the path of npm start and npm run seed, initialises first.
 */
/** The demo pilot's first day (libs/api/pilot/src/demo/demo-pilot-data.ts). */
const DEMO_PILOT_START = '2026-01-01';

describe('demo seeding', () => {
  // The work demo uploads a draft: its file goes to KETQUA_DATA_DIR/files.
  const dataDir = mkdtempSync(join(tmpdir(), 'ketqua-demo-seed-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const config = () =>
    loadAppConfig({
      NODE_ENV: 'test',
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: 'error',
      JOBS_ENABLED: 'false',
      DASHBOARD_DIR: '',
      DATABASE_POOL_SIZE: '3',
      KETQUA_DATA_DIR: dataDir,
    });
  const database = () => ({ url: testDatabaseUrl(), poolSize: 3, embedded: testDatabaseIsEmbedded() });

  // The worker's migrated database is published by the global setup: wait for it before naming it.
  beforeAll(() => testDatabasesReady(), 120_000);
  beforeEach(() => resetTestDatabase(testDatabaseUrl()));

  it('refuses to seed an application that is not initialised, and writes nothing', async () => {
    const app = await NestFactory.create(KetquaApiModule.forRoot({ config: config(), database: database() }), { logger: ['error'] });
    try {
      await expect(app.get(DemoSeeder).seedIfEmpty()).rejects.toThrow(/initialised application/);
      expect(await app.get(DataSource).getRepository(AgencyEntity).count()).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('seedDemo loads the city and every feature (a running pilot, assignments), and a second run adds nothing', async () => {
    expect(await seedDemo({ config: config(), database: database() }, ['error'])).toBe(true);
    expect(await seedDemo({ config: config(), database: database() }, ['error'])).toBe(false);
    const app = await NestFactory.createApplicationContext(KetquaApiModule.forRoot({ config: config(), database: database() }), { logger: ['error'] });
    try {
      const [counts] = await app
        .get(DataSource)
        .query(`SELECT (SELECT count(*) FROM pilot)::int AS pilots, (SELECT count(*) FROM enrollment)::int AS enrollments, (SELECT count(*) FROM assignment)::int AS assignments`);
      // 11 current assignments, 9 a month for the three months before this one (the evaluation demo
      // counts them), and the cohorts' history: 3 a month per official since six months before the pilot.
      const [history] = await app
        .get(DataSource)
        .query(`SELECT count(*)::int AS n, count(DISTINCT assignee_id)::int AS officials FROM assignment WHERE source_document LIKE $1`, [`%${DEMO_HISTORY.document}`]);
      const months = demoHistoryMonths(DEMO_PILOT_START, toLocalDate(new Date()));
      expect(history.n).toBe(history.officials * months.length * DEMO_HISTORY.assignmentsPerMonth);
      expect(counts).toEqual({ pilots: 1, enrollments: 7, assignments: 11 + 9 * 3 + history.n });
    } finally {
      await app.close();
    }
  });

  it("seedDemo writes the pilot cohorts' published monthly history, baseline and pilot months, with a planted effect the raw difference-in-differences shows", async () => {
    await seedDemo({ config: config(), database: database() }, ['error']);
    const app = await NestFactory.createApplicationContext(KetquaApiModule.forRoot({ config: config(), database: database() }), { logger: ['error'] });
    try {
      const db = app.get(DataSource);
      const months = demoHistoryMonths(DEMO_PILOT_START, toLocalDate(new Date()));
      // The calendar of the demo as the task fixes it: 07/2025–12/2025 before the pilot, then 01/2026 up to the evaluation demo's first month.
      expect(months.filter((m) => m.phase === 'BASELINE').map((m) => m.from)).toEqual(['2025-07-01', '2025-08-01', '2025-09-01', '2025-10-01', '2025-11-01', '2025-12-01']);
      expect(months.filter((m) => m.phase === 'PILOT')[0].from).toBe('2026-01-01');
      // Cohorts as the report takes them: home = approved enrollments of the pilot; office = the others of the same positions.
      const rows: Array<{ starts_on: string; status: string; home: boolean; n: number; mean: number }> = await db.query(
        `WITH pilot AS (SELECT id FROM pilot LIMIT 1),
              home AS (SELECT official_id FROM enrollment WHERE pilot_id = (SELECT id FROM pilot) AND status = 'APPROVED'),
              cohort AS (SELECT u.id, u.id IN (SELECT official_id FROM home) AS home FROM app_user u
                          WHERE u.position_id IN (SELECT position_id FROM app_user WHERE id IN (SELECT official_id FROM home)))
         SELECT to_char(p.starts_on, 'YYYY-MM-DD') AS starts_on, p.status, c.home, count(*)::int AS n, avg((r.record->>'score')::numeric)::float AS mean
           FROM evaluation_period p
           JOIN evaluation e ON e.period_id = p.id AND e.status = 'PUBLISHED'
           JOIN evaluation_revision r ON r.evaluation_id = e.id AND r.revision = e.revision
           JOIN cohort c ON c.id = e.official_id
          WHERE p.kind = 'MONTH' AND p.starts_on <= $1
          GROUP BY 1, 2, 3 ORDER BY 1, 3`,
        [months[months.length - 1].from],
      );
      const home = rows.filter((r) => r.home);
      const office = rows.filter((r) => !r.home);
      expect(home.map((r) => r.starts_on)).toEqual(months.map((m) => m.from));
      expect(office.map((r) => r.starts_on)).toEqual(months.map((m) => m.from));
      expect(rows.every((r) => r.status === 'CLOSED')).toBe(true);
      // Six home officials (the approved enrollments), three office ones of the same positions, every month.
      expect(new Set(home.map((r) => r.n))).toEqual(new Set([6]));
      expect(new Set(office.map((r) => r.n))).toEqual(new Set([3]));
      // Each official-month counts its three history assignments through the facts.
      const [facts] = await db.query(
        `SELECT count(*)::int AS n FROM evaluation_fact f JOIN evaluation e ON e.id = f.evaluation_id JOIN evaluation_period p ON p.id = e.period_id WHERE p.starts_on <= $1`,
        [months[months.length - 1].from],
      );
      expect(facts.n).toBe(9 * months.length * DEMO_HISTORY.assignmentsPerMonth);
      const mean = (list: typeof rows, phase: 'BASELINE' | 'PILOT') => {
        const picked = list.filter((r) => months.find((m) => m.from === r.starts_on)?.phase === phase);
        return picked.reduce((sum, r) => sum + r.mean * r.n, 0) / picked.reduce((sum, r) => sum + r.n, 0);
      };
      const did = mean(home, 'PILOT') - mean(home, 'BASELINE') - (mean(office, 'PILOT') - mean(office, 'BASELINE'));
      const f = (n: number) => n.toFixed(2);
      console.log(
        `demo history: home ${f(mean(home, 'BASELINE'))} → ${f(mean(home, 'PILOT'))}, office ${f(mean(office, 'BASELINE'))} → ${f(mean(office, 'PILOT'))}, raw DiD ${f(did)} points`,
      );
      // The planted effect: about two fewer faults a month for the home cohort in pilot months ≈ +3.9 points.
      expect(did).toBeGreaterThan(2.5);
      expect(did).toBeLessThan(5.5);
      // The cohorts started alike: the baseline difference is small beside the effect.
      expect(Math.abs(mean(home, 'BASELINE') - mean(office, 'BASELINE'))).toBeLessThan(2.5);
      // Every publication is audited (appended in bulk), and the chain still verifies.
      const [audited] = await db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'evaluation.published' AND data->>'demo' = 'true'`);
      expect(audited.n).toBeGreaterThanOrEqual(9 * months.length);
      expect((await verifyAuditChain(db)).ok).toBe(true);
      // Deterministic: the same inputs give the same history (a second seed adds nothing, scores are a pure function of the draws).
      expect(await seedDemo({ config: config(), database: database() }, ['error'])).toBe(false);
      const [again] = await db.query(`SELECT count(*)::int AS n FROM evaluation_period WHERE kind = 'MONTH'`);
      expect(again.n).toBe(months.length + 3);
    } finally {
      await app.close();
    }
  });
});
