import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { createAppLogger, ensureJwtSecret, loadAppConfig, openDatabase, runMigrations } from '@ketqua/api/core';
import { DEMO_LOGINS, DemoSeeder } from '@ketqua/api/demo';
import { AppModule } from './app.module';
import { serveDashboard } from './serve-dashboard';

async function bootstrap(): Promise<void> {
  const config = ensureJwtSecret(loadAppConfig());
  const logger = createAppLogger(config);
  const log = new Logger('Ketqua');
  Logger.overrideLogger(logger);

  const database = await openDatabase(config);
  await runMigrations(database.settings);

  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, database: database.settings }), { logger });
  app.useBodyParser('json', { limit: '10mb' });
  app.set('trust proxy', 'loopback');
  serveDashboard(app, config.DASHBOARD_DIR);

  let seeded = false;
  if (config.SEED_DEMO && !config.isProduction) seeded = await app.get(DemoSeeder).seedIfEmpty();

  await app.listen(config.PORT, config.HOST);
  const url = `http://localhost:${config.PORT}`;
  log.log(`Ketqua is running at ${url} (API at ${url}/graphql, health at ${url}/health) on ${database.settings.embedded ? `the embedded PostgreSQL in ${config.KETQUA_DATA_DIR}` : 'DATABASE_URL'}`);
  if (!config.isProduction && (seeded || config.SEED_DEMO)) {
    log.log(`Demo logins (password ${DEMO_LOGINS.password}):\n${DEMO_LOGINS.accounts.map((a) => `  ${a.role.padEnd(10)} ${a.email}  ${a.description}`).join('\n')}`);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.log(`${signal}: shutting down`);
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

bootstrap().catch((error: unknown) => {
  new Logger('Ketqua').fatal(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
