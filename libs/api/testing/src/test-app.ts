import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, Clock, loadAppConfig, runMigrations } from '@ketqua/api/core';
import { DEMO_PASSWORD, DemoSeeder } from '@ketqua/api/demo';
import { configureHttp, KetquaApiModule } from '@ketqua/api/shell';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { GqlOptions, GqlResponse, postGraphQL } from './graphql-client';
import { awaitPublished } from './background-setup';
import { resetTestDatabase, testDatabaseIsEmbedded, testDatabasesReady, testDatabaseUrl } from './test-database';

export interface TestAppOptions {
  /**
   * Load the demo city (default true): stable logins admin@, hr@, head@, official@, inspector@demo.ketqua.vn.
   * 'full' also loads every feature's demo data (assignments, a running pilot, …), as `npm start` does.
   */
  seedDemo?: boolean | 'full';
  /** Serve a built dashboard (e.g. 'dist/apps/dashboard') for browser tests. */
  dashboardDir?: string;
  /** Extra configuration, as environment variables. */
  env?: Record<string, string>;
  /** Keep the database as it is instead of emptying it (a second instance on the same data). */
  keepData?: boolean;
  /** Fix the Clock before the app starts, so jobs run at start (catch-up sweeps) already see this time. */
  now?: Date;
  /**
   * Another PostgreSQL server instead of the worker's test database (e.g. a private cluster the test
   * restarts, private-postgres.ts): migrated here, not emptied.
   */
  databaseUrl?: string;
}

export interface TestApp {
  app: INestApplication;
  /** http://127.0.0.1:<port> */
  url: string;
  config: AppConfig;
  dataSource: DataSource;
  clock: Clock;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: GqlOptions): Promise<GqlResponse<T>>;
  /** Signs in through the real `login` mutation and returns the access token. */
  login(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export const TEST_JWT_SECRET = 'test-only-jwt-secret-that-is-long-enough-000';

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }`;

/**
 * Boots the whole API (KetquaApiModule, the same composition as production) on this worker's
 * test database, listening on a free port; the tests talk to it over HTTP.
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  if (!options.databaseUrl) await testDatabasesReady();
  // apps/dashboard-e2e builds the dashboard in the background (its global-setup.js).
  if (options.dashboardDir && process.env['KETQUA_DASHBOARD_BUILD_STATE']) await awaitPublished('KETQUA_DASHBOARD_BUILD_STATE', 'the dashboard build');
  const url = options.databaseUrl ?? testDatabaseUrl();
  const embedded = options.databaseUrl ? false : testDatabaseIsEmbedded();
  if (options.databaseUrl) {
    // The app below logs errors only; so do its migrations.
    Logger.overrideLogger(['error']);
    await runMigrations({ url, poolSize: 1, embedded });
  } else if (!options.keepData) await resetTestDatabase(url);
  const config = loadAppConfig({
    NODE_ENV: 'test',
    JWT_SECRET: TEST_JWT_SECRET,
    LOGIN_FAILURE_DELAY_MS: '0',
    // Every test signs in from 127.0.0.1, many times a minute: the limits stay out of the way,
    // except in the rate-limit tests, which set their own.
    LOGIN_RATE_LIMIT_PER_IP: '100000',
    LOGIN_RATE_LIMIT_PER_ACCOUNT: '100000',
    REFRESH_RATE_LIMIT_PER_IP: '100000',
    REFRESH_RATE_LIMIT_PER_ACCOUNT: '100000',
    DATABASE_POOL_SIZE: '5',
    LOG_LEVEL: 'error',
    JOBS_ENABLED: 'false',
    // Sessions end by the Clock like every deadline; specs move it months ahead (a whole pilot)
    // after signing in once, so their sessions last the longest allowed.
    REFRESH_TOKEN_TTL_DAYS: '365',
    DASHBOARD_DIR: options.dashboardDir ?? '',
    ...options.env,
  });
  if (!options.dashboardDir) config.DASHBOARD_DIR = '';
  const app = await NestFactory.create<NestExpressApplication>(
    KetquaApiModule.forRoot({ config, database: { url, poolSize: config.DATABASE_POOL_SIZE, embedded, readUrl: config.DATABASE_READ_URL } }),
    { logger: ['error'] },
  );
  configureHttp(app, config);
  if (options.now) app.get(Clock).setNow(options.now);
  await app.init();
  if (options.seedDemo ?? true) await app.get(DemoSeeder).seedIfEmpty({ features: options.seedDemo === 'full' });
  await app.listen(0, '127.0.0.1');
  const port = (app.getHttpServer().address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;

  const testApp: TestApp = {
    app,
    url: base,
    config,
    dataSource: app.get(DataSource),
    clock: app.get(Clock),
    gql: (query, variables, opts) => postGraphQL(base, query, variables, opts),
    async login(email, password = DEMO_PASSWORD) {
      const res = await postGraphQL<{ login: { accessToken: string } }>(base, LOGIN, { input: { email, password } });
      if (!res.data) throw new Error(`login ${email} failed: ${JSON.stringify(res.errors)}`);
      return res.data.login.accessToken;
    },
    close: () => app.close(),
  };
  return testApp;
}
