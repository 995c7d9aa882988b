import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { AdminBootstrapError, AuditService, AuthService, bootstrapAdmin, loadAppConfig, openDatabase, PasswordService, runMigrations } from '@ketqua/api/core';
import { DataSource } from 'typeorm';
import { KetquaApiModule } from './ketqua-api.module';

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

/**
 * `admin:create` (see docs/OPERATIONS.md "The first ADMIN"): run by tools/admin/create-admin.ts in a
 * checkout and by dist/apps/api/admin-create.js in the production image. Returns the exit code:
 * 0 done, 1 refused (nothing changed), 2 error.
 */
export async function runAdminCreate(argv: string[]): Promise<number> {
  try {
    await createAdmin(parseArgs(argv));
    return 0;
  } catch (error) {
    process.stderr.write(`admin:create failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return error instanceof AdminBootstrapError ? 1 : 2;
  }
}

async function createAdmin(args: ReturnType<typeof parseArgs>): Promise<void> {
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
