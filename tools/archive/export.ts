// npm run archive:export -- --period <id> --out bundle.zip [--as <email>]
// Writes the electronic archive bundle of a CLOSED evaluation period (docs/ARCHIVE.md), the same
// bundle as the HR button, on DATABASE_URL or the embedded database in KETQUA_DATA_DIR. "By whom"
// is the account named with --as (HR of the agency or ADMIN), by default the first active ADMIN;
// the export is audited as archive.export under that account.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ensureJwtSecret, loadActingUser, loadAppConfig, loadDotEnv, openDatabase, runMigrations } from '@ketqua/api/core';
import { PeriodArchiveService } from '@ketqua/api/evaluation';
import { KetquaApiModule } from '@ketqua/api/shell';
import { rename, rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { period: { type: 'string' }, out: { type: 'string' }, as: { type: 'string' } } });
  if (!values.period || !values.out) {
    process.stderr.write('usage: npm run archive:export -- --period <period id> --out bundle.zip [--as <email of HR or ADMIN>]\n');
    return 2;
  }
  loadDotEnv();
  const config = ensureJwtSecret(loadAppConfig());
  const database = await openDatabase(config, { shareRunning: true });
  try {
    await runMigrations(database.settings);
    const app = await NestFactory.createApplicationContext(
      KetquaApiModule.forRoot({ config: Object.assign(new AppConfig(), config, { JOBS_ENABLED: false }), database: database.settings }),
      { logger: ['error'] },
    );
    try {
      const user = await loadActingUser(app.get(DataSource), values.as ? { email: values.as } : { firstAdmin: true }, 'cli');
      if (!user) throw new Error(values.as ? `no active account ${values.as}` : 'no active ADMIN account (use --as)');
      // Written beside the target and renamed once whole: a failed export leaves no half bundle under the name.
      const partial = `${values.out}.part`;
      await rm(partial, { force: true });
      const archive = await app.get(PeriodArchiveService).build(user, values.period, partial);
      await rename(partial, values.out);
      process.stdout.write(
        `archive written: ${values.out} (${archive.bytes} bytes, ${archive.manifest.files.length} files + manifest.json)\nmanifest SHA-256: ${archive.manifestSha256}\ncounts: ${JSON.stringify(archive.manifest.counts)}\n`,
      );
      return 0;
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const e = error as { text?: { en?: string }; message?: string };
    process.stderr.write(`archive:export failed: ${e.text?.en ?? e.message ?? String(error)}\n`);
    process.exit(1);
  },
);
