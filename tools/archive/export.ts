// npm run archive:export -- --period <id> --out bundle.zip [--as <email>]
// Writes the electronic archive bundle of a CLOSED evaluation period (docs/ARCHIVE.md), the same
// bundle as the HR button, on DATABASE_URL or the embedded database in KETQUA_DATA_DIR. "By whom"
// is the account named with --as (HR of the agency or ADMIN), by default the first active ADMIN;
// the export is audited as archive.export under that account.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppConfig, AuthUser, ensureJwtSecret, loadAppConfig, loadDotEnv, openDatabase, Role, runMigrations } from '@ketqua/api/core';
import { PeriodArchiveService } from '@ketqua/api/evaluation';
import { KetquaApiModule } from '@ketqua/api/shell';
import { writeFileSync } from 'node:fs';
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
      const [row] = (await app
        .get(DataSource)
        .query(
          values.as
            ? `SELECT u.id, u.email, u.full_name, u.role, u.unit_id, un.agency_id, u.city_scope FROM app_user u JOIN unit un ON un.id = u.unit_id WHERE lower(u.email) = lower($1) AND u.active`
            : `SELECT u.id, u.email, u.full_name, u.role, u.unit_id, un.agency_id, u.city_scope FROM app_user u JOIN unit un ON un.id = u.unit_id WHERE u.role = 'ADMIN' AND u.active ORDER BY u.created_at LIMIT 1`,
          values.as ? [values.as] : [],
        )) as { id: string; email: string; full_name: string; role: Role; unit_id: string; agency_id: string; city_scope: boolean }[];
      if (!row) throw new Error(values.as ? `no active account ${values.as}` : 'no active ADMIN account (use --as)');
      const user: AuthUser = {
        id: row.id,
        email: row.email,
        fullName: row.full_name,
        role: row.role,
        unitId: row.unit_id,
        agencyId: row.agency_id,
        cityScope: row.city_scope,
        mustChangePassword: false,
        sessionId: 'cli',
      };
      const archive = await app.get(PeriodArchiveService).build(user, values.period);
      writeFileSync(values.out, archive.zip);
      process.stdout.write(
        `archive written: ${values.out} (${archive.zip.length} bytes, ${archive.manifest.files.length} files + manifest.json)\nmanifest SHA-256: ${archive.manifestSha256}\ncounts: ${JSON.stringify(archive.manifest.counts)}\n`,
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
