// npm run bench:backup -- [--database-url <url>]
//
// The server backup round trip (issue 14, Reliability): on a private PostgreSQL 15 cluster loaded
// with the whole demo (or --database-url, an existing Ketqua database, only read), `npm run backup`,
// then `npm run restore` into a new database and `npm run audit:verify` on it, each timed (the
// CLIs' own start included, as an operator runs them), and the row counts compared table by table.
// The embedded database's round trip is timed by npm run bench:embedded-kill.
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { createTestApp, startPrivatePostgres, type PrivatePostgres } from '@ketqua/api/testing';

const root = resolve(__dirname, '../..');
const run = promisify(execFile);
const say = (line = '') => process.stdout.write(`${line}\n`);
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

async function sql<T>(url: string, text: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

const COUNTS = `SELECT table_name AS t, (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I', table_name), false, true, '')))[1]::text AS n
                  FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`;

async function main(): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), 'ketqua-bench-backup-'));
  let pg: PrivatePostgres | null = null;
  try {
    pg = await startPrivatePostgres({ name: 'bench-backup' });
    let source = arg('database-url');
    if (!source) {
      await sql(pg.url, 'CREATE DATABASE source');
      source = pg.url.replace(/\/postgres$/, '/source');
      const seeder = await createTestApp({ databaseUrl: source, seedDemo: 'full' });
      await seeder.close();
    }
    await sql(pg.url, 'CREATE DATABASE restored');
    const target = pg.url.replace(/\/postgres$/, '/restored');
    const cli = async (script: string, args: string[], databaseUrl: string, dataDir: string) => {
      const started = performance.now();
      const { stdout } = await run(process.execPath, ['-r', '@swc-node/register', join(root, script), ...args], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: databaseUrl, KETQUA_DATA_DIR: dataDir, LOG_LEVEL: 'error', JWT_SECRET: 'x'.repeat(40) },
      });
      return { out: stdout.trim(), ms: performance.now() - started };
    };
    const archive = join(work, 'ketqua.tar');
    const backup = await cli('tools/db/backup.ts', ['--out', archive], source, join(work, 'source'));
    const restore = await cli('tools/db/restore.ts', [archive], target, join(work, 'restored'));
    const verify = await cli('tools/audit/verify.ts', [], target, join(work, 'restored'));
    const [a, b] = [await sql<{ t: string; n: string }>(source, COUNTS), await sql<{ t: string; n: string }>(target, COUNTS)];
    const same = JSON.stringify(a) === JSON.stringify(b);
    const rows = a.reduce((s, r) => s + Number(r.n), 0);
    say(`backup:  ${backup.out}`);
    say(`restore: ${restore.out}`);
    say(`verify:  ${verify.out.split('\n')[0]}`);
    say(`${a.length} tables, ${rows} rows, archive ${(statSync(archive).size / 1048576).toFixed(1)} MB; row counts ${same ? 'identical' : 'DIFFER'} in every table`);
    say(
      `round trip: ${((backup.ms + restore.ms) / 1000).toFixed(1)} s (backup ${(backup.ms / 1000).toFixed(1)} s, restore ${(restore.ms / 1000).toFixed(1)} s, each including its CLI start); audit:verify ${(verify.ms / 1000).toFixed(1)} s`,
    );
    return same && /audit chain OK/.test(verify.out) ? 0 : 1;
  } finally {
    await pg?.destroy();
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench:backup failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  },
);
