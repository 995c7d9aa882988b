import { NestFactory } from '@nestjs/core';
import { AgencyEntity, loadAppConfig } from '@ketqua/api/core';
import { DemoSeeder } from '@ketqua/api/demo';
import { KetquaApiModule, seedDemo } from '@ketqua/api/shell';
import { resetTestDatabase, TEST_JWT_SECRET, testDatabaseIsEmbedded, testDatabaseUrl } from '@ketqua/api/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

/**
 * The features register their demo data in onModuleInit: a seeder called before the app is
 * initialised once loaded the city only (the first start of npm start). It now refuses, and
 * seedDemo, the path of npm start and npm run seed, initialises first.
 */
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
      // 11 current assignments and 14 a month for the three months before this one (the evaluation demo counts them).
      expect(counts).toEqual({ pilots: 1, enrollments: 7, assignments: 11 + 9 * 3 });
    } finally {
      await app.close();
    }
  });
});
