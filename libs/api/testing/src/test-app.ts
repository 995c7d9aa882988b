import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, Clock, loadAppConfig, runMigrations, SecondFactorService } from '@ketqua/api/core';
import { DEMO_PASSWORD, DEMO_TOTP_SECRETS, DemoSeeder } from '@ketqua/api/demo';
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
  /**
   * The code the person's authenticator shows now (the app's Clock) for `secret` (default: the demo
   * secret of the e-mail). Specs sign one account in many times within a 30-second step (or with the
   * Clock stopped) and a code is accepted once, so each such sign-in stands for a later step: the
   * account's replay marker is cleared first. The replay rule itself is tested in second-factor.spec.ts.
   */
  secondFactorCode(email: string, secret?: string): Promise<string>;
  /**
   * Signs in through the real `login` mutation and returns the access token. An account with an
   * authenticator (the demo hr@ and admin@ have known secrets) then goes through `completeSignIn`
   * with the code otplib computes at the app's Clock, as the person's phone would.
   */
  login(email: string, password?: string, options?: { totpSecret?: string; keepRestricted?: boolean }): Promise<string>;
  /**
   * Makes sure an account whose role requires two-factor sign-in (HR, ADMIN) has an authenticator,
   * as its owner would have enrolled one: a spec's own HR or ADMIN gets TEST_TOTP_SECRET. Returns the
   * secret to compute codes from (null for an account without one).
   */
  ensureAuthenticator(email: string): Promise<string | null>;
  close(): Promise<void>;
}

export const TEST_JWT_SECRET = 'test-only-jwt-secret-that-is-long-enough-000';

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { accessToken mustEnrolSecondFactor } }`;

/** The authenticator secret of the HR and ADMIN accounts specs create themselves (base32). */
export const TEST_TOTP_SECRET = 'KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD';
const COMPLETE_SIGN_IN = `mutation CompleteSignIn($input: CompleteSignInInput!) { completeSignIn(input: $input) { accessToken } }`;

/** Running test apps by URL, so a browser helper given only the URL can reach the app's Clock and database. */
const RUNNING = new Map<string, TestApp>();
export const testAppAt = (url: string): TestApp | undefined => RUNNING.get(url.replace(/\/+$/, ''));

/** The code an authenticator app shows for this secret at this instant. */
export const totpCode = (secret: string, at: Date): string => SecondFactorService.codeAt(secret, at);

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
    // Specs sign in thousands of times: argon2 at its production cost is ~190 ms of CPU a check.
    // The timing-oracle spec sets 'standard' back, where the cost is the point (as does a spec's production app).
    PASSWORD_HASH_COST: (options.env?.['NODE_ENV'] ?? 'test') === 'test' ? 'test-only-low' : 'standard',
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

  // Authenticators specs gave their own HR and ADMIN accounts (ensureAuthenticator), by e-mail.
  const knownSecrets = new Map<string, string>();
  const testApp: TestApp = {
    app,
    url: base,
    config,
    dataSource: app.get(DataSource),
    clock: app.get(Clock),
    gql: (query, variables, opts) => postGraphQL(base, query, variables, opts),
    async login(email, password = DEMO_PASSWORD, options = {}) {
      const res = await postGraphQL<{ login: { accessToken: string; mustEnrolSecondFactor: boolean } }>(base, LOGIN, { input: { email, password } });
      // A spec's own HR or ADMIN without an authenticator: enrolled as its owner would be, then signed in again.
      if (res.data?.login.mustEnrolSecondFactor && !options.keepRestricted && !options.totpSecret) {
        await testApp.ensureAuthenticator(email);
        return testApp.login(email, password, options);
      }
      const challenge = res.errors?.[0]?.extensions?.['challengeToken'];
      const secret = options.totpSecret ?? knownSecrets.get(email.trim().toLowerCase()) ?? DEMO_TOTP_SECRETS[email.trim().toLowerCase()];
      if (!res.data && typeof challenge === 'string' && secret) {
        const done = await postGraphQL<{ completeSignIn: { accessToken: string } }>(base, COMPLETE_SIGN_IN, {
          input: { challengeToken: challenge, code: await testApp.secondFactorCode(email, secret) },
        });
        if (!done.data) throw new Error(`login ${email} (second step) failed: ${JSON.stringify(done.errors)}`);
        return done.data.completeSignIn.accessToken;
      }
      if (!res.data) throw new Error(`login ${email} failed: ${JSON.stringify(res.errors)}`);
      return res.data.login.accessToken;
    },
    async ensureAuthenticator(email) {
      const key = email.trim().toLowerCase();
      const [account]: Array<{ id: string; role: string; enabled: boolean }> = await testApp.dataSource.query(
        `SELECT u.id, u.role, EXISTS (SELECT 1 FROM second_factor f WHERE f.user_id = u.id AND f.enabled_at IS NOT NULL) AS enabled FROM app_user u WHERE u.email = $1`,
        [key],
      );
      if (!account) return null;
      if (!account.enabled && (account.role === 'HR' || account.role === 'ADMIN')) {
        await testApp.dataSource.transaction(async (tx) => {
          await tx.query(`DELETE FROM second_factor WHERE user_id = $1 AND enabled_at IS NULL`, [account.id]); // an enrolment begun, never confirmed
          await app.get(SecondFactorService).seedEnabled(tx, account.id, TEST_TOTP_SECRET);
        });
        knownSecrets.set(key, TEST_TOTP_SECRET);
      }
      return account.enabled || knownSecrets.has(key) ? (knownSecrets.get(key) ?? DEMO_TOTP_SECRETS[key] ?? null) : null;
    },
    async secondFactorCode(email, secret) {
      const key = email.trim().toLowerCase();
      const known = secret ?? knownSecrets.get(key) ?? DEMO_TOTP_SECRETS[key];
      if (!known) throw new Error(`no known authenticator secret for ${email}`);
      await testApp.dataSource.query(`UPDATE second_factor SET last_used_step = NULL WHERE user_id = (SELECT id FROM app_user WHERE email = $1)`, [key]);
      return totpCode(known, testApp.clock.now());
    },
    close: async () => {
      RUNNING.delete(base);
      await app.close();
    },
  };
  RUNNING.set(base, testApp);
  return testApp;
}
