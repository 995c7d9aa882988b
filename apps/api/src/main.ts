import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { createAppLogger, ensureJwtSecret, loadAppConfig, loadDotEnv, openDatabase, runMigrations } from '@ketqua/api/core';
import { DEMO_LOGINS, DEMO_TOTP_SECRETS } from '@ketqua/api/demo';
import { totpUrl } from '@ketqua/api/core';
import { configureHttp, installGracefulShutdown, KetquaApiModule, seedDemo } from '@ketqua/api/shell';

async function bootstrap(): Promise<void> {
  loadDotEnv();
  const config = ensureJwtSecret(loadAppConfig());
  const logger = createAppLogger(config);
  Logger.overrideLogger(logger);
  const log = new Logger('Ketqua');

  const database = await openDatabase(config);
  await runMigrations(database.settings);

  // The whole demo before the server boots, as `npm run seed` loads it: the server's catch-up
  // sweep at start then finds the demo pilot and draws today's spot checks.
  const demo = config.SEED_DEMO && !config.isProduction;
  if (demo) await seedDemo({ config, database: database.settings }, logger);

  const app = await NestFactory.create<NestExpressApplication>(KetquaApiModule.forRoot({ config, database: database.settings }), { logger });
  configureHttp(app, config);
  const graceful = installGracefulShutdown(app);

  await app.listen(config.PORT, config.HOST);
  // The bound port, not the configured one: PORT=0 (any free port) is how tests start it.
  const url = `http://localhost:${(app.getHttpServer().address() as AddressInfo).port}`;
  const where = database.settings.embedded ? `the embedded PostgreSQL in ${config.KETQUA_DATA_DIR}` : 'the PostgreSQL server of DATABASE_URL';
  log.log(`Ketqua is running at ${url} (API ${url}/graphql, health ${url}/health) on ${where}`);
  if (demo) {
    const rows = DEMO_LOGINS.accounts.map((a) => `  ${a.role.padEnd(10)} ${a.email.padEnd(26)} ${a.description}`);
    log.log(`Demo logins, password ${DEMO_LOGINS.password}:\n${rows.join('\n')}`);
    const totp = Object.entries(DEMO_TOTP_SECRETS).map(([email, secret]) => `  ${email.padEnd(26)} secret ${secret}\n  ${''.padEnd(26)} ${totpUrl(email, secret)}`);
    log.log(`Two-factor sign-in (required of HR and ADMIN): add these to an authenticator app, or print the current code with npm run demo:totp -- <email>:\n${totp.join('\n')}`);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    // In-flight requests and jobs finish, WebSockets close, pools end: exits within 10 s (docs/OPERATIONS.md).
    const outcome = await graceful.shutdown(signal);
    await database.close().catch((error: unknown) => log.error(`closing the embedded database: ${String(error)}`));
    process.exit(outcome === 'clean' ? 0 : 1);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

bootstrap().catch((error: unknown) => {
  new Logger('Ketqua').fatal(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
