// npm run admin:create -- <email> [--name "Họ và tên"] [--unit <unit id>] [--reset]
// Creates an ADMIN account and prints its one-time password once (it must be changed at the first
// sign-in): the way to get the first ADMIN of a production database, or to recover a locked-out one
// (--reset makes an existing account ADMIN with a new one-time password and ends its sessions).
// Uses DATABASE_URL, else the embedded database in KETQUA_DATA_DIR (sharing a running server's).
// Audited (auth.admin.created / auth.admin.reset) with the host and OS user that ran it.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { AdminBootstrapError, AuditService, AuthService, bootstrapAdmin, loadAppConfig, loadDotEnv, openDatabase, PasswordService, runMigrations } from '@ketqua/api/core';
import { KetquaApiModule } from '@ketqua/api/shell';
import { DataSource } from 'typeorm';

loadDotEnv();

const USAGE = 'usage: npm run admin:create -- <email> [--name "Họ và tên"] [--unit <unit id>] [--reset]';

function parseArgs(argv: string[]) {
  const out: { email?: string; name?: string; unit?: string; reset: boolean } = { reset: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--reset') out.reset = true;
    else if (arg === '--name' || arg === '--unit') {
      const value = argv[++i];
      if (!value) throw new AdminBootstrapError(`${arg} needs a value\n${USAGE}`);
      if (arg === '--name') out.name = value;
      else out.unit = value;
    } else if (arg.startsWith('--')) throw new AdminBootstrapError(`unknown option ${arg}\n${USAGE}`);
    else if (!out.email) out.email = arg;
    else throw new AdminBootstrapError(`one e-mail only\n${USAGE}`);
  }
  if (!out.email) throw new AdminBootstrapError(USAGE);
  return out as { email: string; name?: string; unit?: string; reset: boolean };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  // The tool signs no token: without JWT_SECRET (even in production) a throwaway one satisfies the config.
  const config = loadAppConfig({ ...process.env, JWT_SECRET: process.env['JWT_SECRET'] || randomBytes(48).toString('base64url') });
  config.JOBS_ENABLED = false;
  const database = await openDatabase(config, { shareRunning: true });
  try {
    await runMigrations(database.settings);
    const app = await NestFactory.createApplicationContext(KetquaApiModule.forRoot({ config, database: database.settings }), { logger: ['error', 'warn'] });
    try {
      const result = await bootstrapAdmin(
        { dataSource: app.get(DataSource), passwords: app.get(PasswordService), audit: app.get(AuditService), auth: app.get(AuthService) },
        { email: args.email, fullName: args.name, unitId: args.unit, reset: args.reset },
      );
      process.stdout.write(
        `${result.created ? 'ADMIN account created' : 'account reset to ADMIN (its sessions ended)'}: ${result.user.email} (${result.user.fullName})\n` +
          `one-time password: ${result.temporaryPassword}\n` +
          'It is shown only now and must be changed at the first sign-in.\n',
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
    process.stderr.write(`admin:create failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error instanceof AdminBootstrapError ? 1 : 2);
  },
);
