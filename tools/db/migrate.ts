// npm run migration:run — applies pending migrations to DATABASE_URL, or to the embedded database
// in KETQUA_DATA_DIR (npm start also does this on every start).
import 'reflect-metadata';
import { loadAppConfig, loadDotEnv, openDatabase, runMigrations } from '@ketqua/api/core';

loadDotEnv();

async function main(): Promise<void> {
  const database = await openDatabase(loadAppConfig(), { shareRunning: true });
  try {
    const applied = await runMigrations(database.settings);
    process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'the database is up to date\n');
  } finally {
    await database.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
