// npm run demo:spot-check -- <email> — a manual test spot check for demos: the official is prompted
// at once (on a PostgreSQL server the running API pushes it live; on the embedded database the
// running server's sweep sends it within a minute). Marked manual: no statistic or flag counts it.
// Refused when NODE_ENV=production.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AfterCommit, ensureJwtSecret, loadAppConfig, loadDotEnv, openDatabase } from '@ketqua/api/core';
import { SpotCheckService } from '@ketqua/api/pilot';
import { KetquaApiModule } from '@ketqua/api/shell';

loadDotEnv();

async function main(): Promise<void> {
  // Before anything else: a production database never gets a test check.
  if (process.env['NODE_ENV'] === 'production') throw new Error('demo:spot-check refuses to run when NODE_ENV=production (manual checks are for demos and testing).');
  const email = process.argv[2];
  if (!email) throw new Error('usage: npm run demo:spot-check -- <email>');
  const config = ensureJwtSecret(loadAppConfig());
  config.JOBS_ENABLED = false;
  const database = await openDatabase(config, { shareRunning: true });
  try {
    const app = await NestFactory.createApplicationContext(KetquaApiModule.forRoot({ config, database: database.settings }), { logger: ['error', 'warn'] });
    try {
      const checks = app.get(SpotCheckService);
      const check = await checks.createManual(email, config.isProduction);
      // The embedded database's NOTIFY stays in this process: leave the prompt to the server's sweep.
      const prompted = database.settings.embedded ? null : await checks.promptOne(check.id);
      // The live push (NOTIFY to the running servers) happens after commit: let it finish before exiting.
      await app.get(AfterCommit).drain();
      process.stdout.write(
        prompted === 'PROMPTED'
          ? `manual spot check ${check.id} sent to ${email}: answer by ${check.answerBy.toISOString()} (counts in no statistic)\n`
          : `manual spot check ${check.id} queued for ${email}: the running server prompts it within a minute (counts in no statistic)\n`,
      );
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
    process.stderr.write(`demo:spot-check: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
