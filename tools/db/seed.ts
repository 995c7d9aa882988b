// npm run seed — loads the demo city and every feature's demo data into DATABASE_URL or the
// embedded database, if missing (npm start does this on an empty database). Refused in production.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ensureJwtSecret, loadAppConfig, loadDotEnv, openDatabase, runMigrations } from '@ketqua/api/core';
import { DemoSeeder } from '@ketqua/api/demo';
import { KetquaApiModule } from '@ketqua/api/shell';

loadDotEnv();

async function main(): Promise<void> {
  const config = ensureJwtSecret(loadAppConfig());
  if (config.isProduction) throw new Error('The demo seed refuses to run when NODE_ENV=production.');
  config.JOBS_ENABLED = false;
  const database = await openDatabase(config, { shareRunning: true });
  try {
    await runMigrations(database.settings);
    const app = await NestFactory.createApplicationContext(KetquaApiModule.forRoot({ config, database: database.settings }), { logger: ['error', 'warn', 'log'] });
    try {
      const seeded = await app.get(DemoSeeder).seedIfEmpty();
      process.stdout.write(seeded ? 'demo data loaded\n' : 'the demo city was already there; missing feature demo data added\n');
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
    process.stderr.write(`seed failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
