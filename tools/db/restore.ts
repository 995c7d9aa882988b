// npm run restore -- <file.tar> [--force]
//
// Restores a backup of `npm run backup` (backup-archive.ts):
// - with DATABASE_URL: pg_restore into that database, which must be empty (a freshly created one);
//   --force restores over an existing Ketqua database (pg_restore --clean);
// - on the embedded database: KETQUA_DATA_DIR/pgdata from the backup, while no Ketqua process holds
//   the directory; an existing pgdata is refused, or with --force kept aside as pgdata.before-restore-<time>.
// Then the files (KETQUA_DATA_DIR/files, exports). Checks the restored row counts against the
// backup's manifest; run `npm run audit:verify` afterwards to check the audit chain.
import 'reflect-metadata';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { loadAppConfig, loadDotEnv, openDatabase, runningEmbedded } from '@ketqua/api/core';
import { BackupManifest, describeDatabase, FORMAT, pgTool, run, say } from './backup-archive';

async function main(): Promise<number> {
  loadDotEnv();
  const config = loadAppConfig();
  const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const force = process.argv.includes('--force');
  if (!file || !existsSync(file)) {
    process.stderr.write('usage: npm run restore -- <file.tar> [--force]\n');
    return 2;
  }
  const dataDir = resolve(config.KETQUA_DATA_DIR);
  const started = performance.now();
  const work = mkdtempSync(join(tmpdir(), 'ketqua-restore-'));
  try {
    await run('tar', ['-xf', resolve(file), '-C', work]);
    const manifest = JSON.parse(readFileSync(join(work, 'manifest.json'), 'utf8')) as BackupManifest;
    if (manifest.format !== FORMAT) throw new Error(`${file} is not a Ketqua backup`);
    let url: string;
    let close = async () => undefined as void;
    if (config.DATABASE_URL) {
      if (manifest.kind !== 'server') throw new Error('this backup is of an embedded database: restore it without DATABASE_URL (into KETQUA_DATA_DIR)');
      url = config.DATABASE_URL;
      const existing = await publicTables(url);
      if (existing && !force) {
        process.stderr.write(`the database of DATABASE_URL already has ${existing} tables: restore into a new, empty database (or --force to replace this one)\n`);
        return 1;
      }
      const args = ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${url}`];
      if (existing) args.push('--clean', '--if-exists');
      await run(pgTool('pg_restore'), [...args, join(work, 'database.dump')], { maxBuffer: 64 * 1024 * 1024 });
    } else {
      if (manifest.kind !== 'embedded') throw new Error('this backup is of a PostgreSQL server: set DATABASE_URL to a new, empty database');
      const holder = runningEmbedded(dataDir);
      if (holder) {
        process.stderr.write(`Ketqua (pid ${holder.pid}) is running on ${dataDir}: stop it first\n`);
        return 1;
      }
      const pgdata = join(dataDir, 'pgdata');
      if (existsSync(pgdata)) {
        if (!force) {
          process.stderr.write(`${pgdata} exists: restore into an empty KETQUA_DATA_DIR (or --force to keep it aside and replace it)\n`);
          return 1;
        }
        const aside = `${pgdata}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
        renameSync(pgdata, aside);
        say(`kept the previous database aside in ${aside}`);
      }
      mkdirSync(dataDir, { recursive: true });
      cpSync(join(work, 'pgdata'), pgdata, { recursive: true });
      const database = await openDatabase(config);
      url = database.settings.url;
      close = () => database.close();
    }
    for (const store of manifest.fileStores) cpSync(join(work, store), join(dataDir, store), { recursive: true, force: true });
    // The secret Ketqua had generated (no JWT_SECRET): without it the authenticators could not be read.
    if (manifest.keyFile) {
      cpSync(join(work, manifest.keyFile), join(dataDir, manifest.keyFile), { force: true });
      chmodSync(join(dataDir, manifest.keyFile), 0o600);
    }
    try {
      const restored = await describeDatabase(url);
      const differing = Object.keys({ ...manifest.tables, ...restored.tables }).filter((t) => manifest.tables[t] !== restored.tables[t]);
      if (differing.length) {
        process.stderr.write(`restored row counts differ from the backup's in: ${differing.map((t) => `${t} (${manifest.tables[t]} → ${restored.tables[t]})`).join(', ')}\n`);
        return 1;
      }
      const rows = Object.values(restored.tables).reduce((a, b) => a + b, 0);
      say(
        `restored ${file} (${manifest.kind}, taken ${manifest.createdAt}): ${Object.keys(restored.tables).length} tables, ${rows} rows as in the backup, ` +
          `stores: ${manifest.fileStores.join(', ') || 'none'}${manifest.keyFile ? ', the generated key' : ''}, in ${Math.round(performance.now() - started)} ms. Next: npm run audit:verify`,
      );
      return 0;
    } finally {
      await close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function publicTables(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'`)).rows[0].n);
  } finally {
    await client.end();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`restore failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
