// npm run seed — loads the demo city and every feature's demo data into DATABASE_URL or the
// embedded database, if missing, through seedDemo as npm start does. Refused in production.
import 'reflect-metadata';
import { ensureJwtSecret, loadAppConfig, loadDotEnv, openDatabase, runMigrations } from '@ketqua/api/core';
import { seedDemo } from '@ketqua/api/shell';

loadDotEnv();

async function main(): Promise<void> {
  const config = ensureJwtSecret(loadAppConfig());
  if (config.isProduction) throw new Error('The demo seed refuses to run when NODE_ENV=production.');
  const database = await openDatabase(config, { shareRunning: true });
  try {
    await runMigrations(database.settings);
    const seeded = await seedDemo({ config, database: database.settings });
    process.stdout.write(seeded ? 'demo data loaded\n' : 'the demo city was already there; missing feature demo data added\n');
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
