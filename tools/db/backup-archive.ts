// Shared by `npm run backup` and `npm run restore`: what a Ketqua backup holds and how it is read.
//
// One tar file (the system's tar; nothing to install):
//   manifest.json   kind (server | embedded), when, the last migration, row counts per table
//   database.dump   server: pg_dump --format=custom of DATABASE_URL (one consistent snapshot)
//   pgdata/         embedded: the PGlite data directory, copied while no process holds it
//   files/          KETQUA_DATA_DIR/files (uploads), copied after the database so every stored
//   exports/        row's file is there; and KETQUA_DATA_DIR/exports (report exports)
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

export const run = promisify(execFile);

export const FORMAT = 'ketqua-backup';
export const FORMAT_VERSION = 1;

export interface BackupManifest {
  format: typeof FORMAT;
  version: number;
  kind: 'server' | 'embedded';
  createdAt: string;
  lastMigration: string | null;
  /** Rows per table of the public schema when the backup was taken. */
  tables: Record<string, number>;
  fileStores: string[];
  /**
   * The secret Ketqua generated in KETQUA_DATA_DIR when JWT_SECRET was not set (outside production):
   * the authenticators' secrets are encrypted with a key derived from it (without SECOND_FACTOR_KEY),
   * so a restore without it would leave HR and ADMIN unable to sign in. Absent when Ketqua never generated one.
   */
  keyFile?: typeof GENERATED_KEY_FILE;
}

/** The file ensureJwtSecret writes (libs/api/core/src/config/jwt-secret.ts). */
export const GENERATED_KEY_FILE = 'jwt-secret';

/** PostgreSQL client tools: PG_BIN when set (e.g. /usr/lib/postgresql/15/bin), else the PATH. */
export const pgTool = (name: 'pg_dump' | 'pg_restore') => (process.env['PG_BIN'] ? join(process.env['PG_BIN'], name) : name);

/** The stores of KETQUA_DATA_DIR that a backup carries besides the database. */
export const FILE_STORES = ['files', 'exports'] as const;

export function presentStores(dataDir: string): string[] {
  return FILE_STORES.filter((s) => existsSync(join(dataDir, s)));
}

/** Row counts of every table of the public schema, and the last applied migration. */
export async function describeDatabase(url: string): Promise<Pick<BackupManifest, 'tables' | 'lastMigration'>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    const tables: Record<string, number> = {};
    for (const { tablename } of rows) {
      tables[tablename] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${tablename}"`)).rows[0].n);
    }
    const last = rows.some((r) => r.tablename === 'typeorm_migration')
      ? ((await client.query<{ name: string }>(`SELECT name FROM typeorm_migration ORDER BY "timestamp" DESC LIMIT 1`)).rows[0]?.name ?? null)
      : null;
    return { tables, lastMigration: last };
  } finally {
    await client.end();
  }
}

export const say = (line: string) => process.stdout.write(`${line}\n`);

export function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
