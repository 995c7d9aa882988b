// npm run backup -- --out <file.tar>
//
// A consistent backup of what Ketqua stores (see backup-archive.ts for the layout):
// - with DATABASE_URL: pg_dump --format=custom (a single snapshot, taken while Ketqua runs), then
//   the files of KETQUA_DATA_DIR;
// - on the embedded database: a copy of KETQUA_DATA_DIR/pgdata. While Ketqua runs (it owns the
//   database: PGlite lives in its process) the running process makes the copy when asked over its
//   local backup channel (libs/api/core/src/database/embedded/backup-control.ts): between two
//   transactions, after a CHECKPOINT, with queries held for the copy's duration, so every write
//   acknowledged before is in it and every later one comes after it. When Ketqua is stopped, this
//   command opens the directory and copies it itself. Then the files (finished ones: *.part are
//   uploads still arriving, whose rows cannot be in the copy).
// The secret Ketqua generated in the data directory when it ran without JWT_SECRET goes too (the
// authenticators' encryption key derives from it): the archive is then as secret as that key.
// Prints what it saved (tables, rows, bytes) and how long it took.
import 'reflect-metadata';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadAppConfig, loadDotEnv, openDatabase, requestSnapshot, runningEmbedded, startEmbeddedPostgres } from '@ketqua/api/core';
import { argValue, BackupManifest, describeDatabase, FORMAT, FORMAT_VERSION, GENERATED_KEY_FILE, pgTool, presentStores, run, say } from './backup-archive';

async function main(): Promise<number> {
  loadDotEnv();
  const config = loadAppConfig();
  const out = argValue('out');
  if (!out) {
    process.stderr.write('usage: npm run backup -- --out <file.tar>\n');
    return 2;
  }
  const target = resolve(out);
  const dataDir = resolve(config.KETQUA_DATA_DIR);
  const started = performance.now();
  const work = mkdtempSync(join(tmpdir(), 'ketqua-backup-'));
  try {
    let manifest: BackupManifest;
    const entries: Array<{ dir: string; name: string }> = [];
    let online = '';
    if (config.DATABASE_URL) {
      const described = await describeDatabase(config.DATABASE_URL);
      await run(pgTool('pg_dump'), ['--format=custom', '--no-owner', '--no-privileges', `--file=${join(work, 'database.dump')}`, config.DATABASE_URL], {
        maxBuffer: 64 * 1024 * 1024,
      });
      manifest = { format: FORMAT, version: FORMAT_VERSION, kind: 'server', createdAt: new Date().toISOString(), ...described, fileStores: presentStores(dataDir) };
      entries.push({ dir: work, name: 'database.dump' });
    } else {
      const holder = runningEmbedded(dataDir);
      if (holder && !holder.backup) {
        process.stderr.write(`Ketqua (pid ${holder.pid}) holds the embedded database in ${dataDir} and predates online backups: stop it first, then back up.\n`);
        return 1;
      }
      if (holder?.backup) {
        // The running process copies its own directory at a transaction boundary; this command then
        // opens the copy (as a restore will) and counts its rows, without touching the live database.
        const createdAt = new Date().toISOString();
        const { pausedMs } = await requestSnapshot(holder.backup, join(work, 'pgdata'));
        const copy = await startEmbeddedPostgres({ dataDir: join(work, 'pgdata') });
        let described: Awaited<ReturnType<typeof describeDatabase>>;
        try {
          described = await describeDatabase(copy.url);
        } finally {
          await copy.stop();
        }
        manifest = { format: FORMAT, version: FORMAT_VERSION, kind: 'embedded', createdAt, ...described, fileStores: presentStores(dataDir) };
        entries.push({ dir: work, name: 'pgdata' });
        online = `; taken from the running Ketqua (pid ${holder.pid}), whose queries waited ${pausedMs} ms`;
      } else {
        // Opened and closed once: PGlite replays anything an abrupt stop left, so the copy is of a cleanly closed cluster.
        const database = await openDatabase(config);
        const described = await describeDatabase(database.settings.url);
        await database.close();
        manifest = { format: FORMAT, version: FORMAT_VERSION, kind: 'embedded', createdAt: new Date().toISOString(), ...described, fileStores: presentStores(dataDir) };
        entries.push({ dir: dataDir, name: 'pgdata' });
      }
    }
    for (const store of manifest.fileStores) entries.push({ dir: dataDir, name: store });
    if (existsSync(join(dataDir, GENERATED_KEY_FILE))) {
      manifest.keyFile = GENERATED_KEY_FILE;
      entries.push({ dir: dataDir, name: GENERATED_KEY_FILE });
    }
    writeFileSync(join(work, 'manifest.json'), JSON.stringify(manifest, null, 2));
    // Uploads still arriving (*.part) have no row yet; a finished file is renamed once whole and never rewritten.
    const args = ['-cf', target, '--exclude=*.part', '-C', work, 'manifest.json'];
    for (const e of entries) args.push('-C', e.dir, e.name);
    await run('tar', args).catch((error: { code?: number; stderr?: string }) => {
      // GNU tar answers 1 when a file vanished or changed while read: the retention sweep removing an
      // expired file (its row is gone too, after the copy) — harmless for the files of a running Ketqua.
      if (!(online && error.code === 1)) throw error;
      process.stderr.write(`note: ${String(error.stderr ?? '').trim()}\n`);
    });
    const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
    say(
      `backup written: ${target} (${manifest.kind} database, ${Object.keys(manifest.tables).length} tables, ${rows} rows, stores: ${manifest.fileStores.join(', ') || 'none'}${manifest.keyFile ? ', the generated key' : ''}; ` +
        `${(statSync(target).size / 1048576).toFixed(1)} MB in ${Math.round(performance.now() - started)} ms${online})`,
    );
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`backup failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
