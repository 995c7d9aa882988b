// npm run backup -- --out <file.tar>
//
// A consistent backup of what Ketqua stores (see backup-archive.ts for the layout):
// - with DATABASE_URL: pg_dump --format=custom (a single snapshot, taken while Ketqua runs), then
//   the files of KETQUA_DATA_DIR;
// - on the embedded database: a copy of KETQUA_DATA_DIR/pgdata taken while no Ketqua process holds
//   it (stop the server first: the embedded database lives in that process), then the files.
// Prints what it saved (tables, rows, bytes) and how long it took.
import 'reflect-metadata';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadAppConfig, loadDotEnv, openDatabase, runningEmbedded } from '@ketqua/api/core';
import { argValue, BackupManifest, describeDatabase, FORMAT, FORMAT_VERSION, pgTool, presentStores, run, say } from './backup-archive';

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
    if (config.DATABASE_URL) {
      const described = await describeDatabase(config.DATABASE_URL);
      await run(pgTool('pg_dump'), ['--format=custom', '--no-owner', '--no-privileges', `--file=${join(work, 'database.dump')}`, config.DATABASE_URL], {
        maxBuffer: 64 * 1024 * 1024,
      });
      manifest = { format: FORMAT, version: FORMAT_VERSION, kind: 'server', createdAt: new Date().toISOString(), ...described, fileStores: presentStores(dataDir) };
      entries.push({ dir: work, name: 'database.dump' });
    } else {
      const holder = runningEmbedded(dataDir);
      if (holder) {
        process.stderr.write(`Ketqua (pid ${holder.pid}) holds the embedded database in ${dataDir}: stop it first, then back up (the copy must not change while it is taken).\n`);
        return 1;
      }
      // Opened and closed once: PGlite replays anything an abrupt stop left, so the copy is of a cleanly closed cluster.
      const database = await openDatabase(config);
      const described = await describeDatabase(database.settings.url);
      await database.close();
      manifest = { format: FORMAT, version: FORMAT_VERSION, kind: 'embedded', createdAt: new Date().toISOString(), ...described, fileStores: presentStores(dataDir) };
      entries.push({ dir: dataDir, name: 'pgdata' });
    }
    for (const store of manifest.fileStores) entries.push({ dir: dataDir, name: store });
    writeFileSync(join(work, 'manifest.json'), JSON.stringify(manifest, null, 2));
    const args = ['-cf', target, '-C', work, 'manifest.json'];
    for (const e of entries) args.push('-C', e.dir, e.name);
    await run('tar', args);
    const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
    say(
      `backup written: ${target} (${manifest.kind} database, ${Object.keys(manifest.tables).length} tables, ${rows} rows, stores: ${manifest.fileStores.join(', ') || 'none'}; ` +
        `${(statSync(target).size / 1048576).toFixed(1)} MB in ${Math.round(performance.now() - started)} ms)`,
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
