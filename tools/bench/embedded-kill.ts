// npm run bench:embedded-kill -- [--clients 4] [--seconds 12]
//
// The embedded database killed (issue 14, Reliability): Ketqua started as `npm start` starts it —
// dist/apps/api/main.js when built (npm run build), else apps/api/src/main.ts from source — on a
// fresh embedded PostgreSQL (PGlite) in a temporary KETQUA_DATA_DIR, with the demo; `--clients`
// writers keep a ledger of every acknowledged write (libs/api/testing/src/write-ledger.ts); the
// process is killed with SIGKILL halfway through `--seconds`; Ketqua is started again on the same
// directory. Then: reopen time, acknowledged writes lost or duplicated (must be 0), and
// `npm run audit:verify` on the reopened database. Last, the embedded backup round trip while Ketqua
// runs: 2 writers again, `npm run backup` meanwhile (the running process copies its database at a
// transaction boundary), then SIGTERM, `npm run restore` into a new directory, audit:verify there,
// each timed; the restored copy must hold every write acknowledged before the backup began.
import 'reflect-metadata';
import { ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { startEmbeddedPostgres } from '@ketqua/api/core';
import { checkLedger, postGraphQL, runLedgerWriters } from '@ketqua/api/testing';

const root = resolve(__dirname, '../..');
const run = promisify(execFile);
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const say = (line = '') => process.stdout.write(`${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const built = join(root, 'dist/apps/api/main.js');
const entry = existsSync(built) ? [built] : ['-r', '@swc-node/register', join(root, 'apps/api/src/main.ts')];
const JWT_SECRET = 'bench-embedded-kill-secret-long-enough-0000';

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  readyMs: number;
}

function env(dataDir: string): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, KETQUA_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', JWT_SECRET, DASHBOARD_DIR: '', LOG_LEVEL: 'log' };
  for (const key of ['DATABASE_URL', 'NODE_ENV', 'SEED_DEMO', 'JOBS_ENABLED', 'EMBEDDED_DB_PORT']) delete e[key];
  return e;
}

async function start(dataDir: string): Promise<Started> {
  const started = performance.now();
  const child = spawn(process.execPath, entry, { cwd: root, env: env(dataDir), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Ketqua exited with ${child.exitCode}:\n${output.slice(-3000)}`);
    const port = /Ketqua is running at http:\/\/localhost:(\d+)/.exec(output)?.[1];
    if (port) return { child, url: `http://127.0.0.1:${port}`, output: () => output, readyMs: performance.now() - started };
    await sleep(200);
  }
}

const cli = async (script: string, args: string[], dataDir: string) => {
  const started = performance.now();
  const { stdout } = await run(process.execPath, ['-r', '@swc-node/register', join(root, script), ...args], { cwd: root, env: env(dataDir) });
  // The verdict lines, without the embedded database's start-up log.
  return {
    stdout: stdout
      .split('\n')
      .filter((l) => l && !l.includes('[Nest]'))
      .join('\n'),
    ms: performance.now() - started,
  };
};

async function main(): Promise<number> {
  const clients = Number(arg('clients', '4'));
  const seconds = Number(arg('seconds', '12'));
  const dataDir = mkdtempSync(join(tmpdir(), 'ketqua-embedded-kill-'));
  const restoredDir = mkdtempSync(join(tmpdir(), 'ketqua-embedded-restored-'));
  try {
    say(`Ketqua from ${entry.at(-1)} on a new embedded database in ${dataDir}`);
    const first = await start(dataDir);
    say(`first start (new database, demo) ready in ${Math.round(first.readyMs)} ms`);
    const login = async (email: string) =>
      (
        await postGraphQL<{ login: { accessToken: string } }>(first.url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
          input: { email, password: 'Ketqua@2026' },
        })
      ).data!.login.accessToken;
    const officialToken = await login('official@demo.ketqua.vn');
    const headToken = await login('head@demo.ketqua.vn');
    const me = await postGraphQL<{ me: { id: string } }>(first.url, `{ me { id } }`, {}, { token: officialToken });
    const tag = `kill${Date.now()}`;
    let stop = false;
    const writers = runLedgerWriters({ apiUrl: first.url, officialToken, headToken, officialId: me.data!.me.id }, { clients, until: () => stop, tag });
    await sleep((seconds * 1000) / 2);
    first.child.kill('SIGKILL');
    const killedAt = performance.now();
    await new Promise((r) => first.child.once('exit', r));
    await sleep(500);
    stop = true;
    const ledger = await writers;
    say(`SIGKILL during ${clients} writers: ${ledger.acknowledged.length} writes acknowledged before it, ${ledger.unacknowledged.length} cut off`);

    const second = await start(dataDir);
    say(`reopened on the same directory in ${Math.round(second.readyMs)} ms (${Math.round(performance.now() - killedAt)} ms after the kill)`);
    const marker = JSON.parse(readFileSync(join(dataDir, 'embedded.json'), 'utf8')) as { port: number };
    const check = await checkLedger(`postgres://postgres:postgres@127.0.0.1:${marker.port}/postgres`, ledger, tag);
    say(`lost: ${check.lost.length}   duplicated: ${check.duplicated.length}   unacknowledged but stored: ${check.unacknowledgedStored}`);
    const verify = await cli('tools/audit/verify.ts', [], dataDir);
    say(`audit:verify on the reopened database: ${verify.stdout}`);

    // The embedded backup round trip, on the same data, taken while Ketqua runs and writers go on.
    const onlineTag = `${tag}online`;
    let stopOnline = false;
    const online = runLedgerWriters({ apiUrl: second.url, officialToken, headToken, officialId: me.data!.me.id }, { clients: 2, until: () => stopOnline, tag: onlineTag });
    await sleep(1500);
    const archive = join(dataDir, '..', `${tag}.tar`);
    const began = Date.now();
    const backup = await cli('tools/db/backup.ts', ['--out', archive], dataDir);
    const ended = Date.now();
    say(`backup (while running, 2 writers): ${backup.stdout}`);
    await sleep(1000);
    stopOnline = true;
    const onlineLedger = await online;
    const stopped = new Promise((r) => second.child.once('exit', r));
    second.child.kill('SIGTERM');
    await stopped;
    const restore = await cli('tools/db/restore.ts', [archive], restoredDir);
    say(`restore: ${restore.stdout}`);
    const verifyRestored = await cli('tools/audit/verify.ts', [], restoredDir);
    say(`audit:verify on the restored copy: ${verifyRestored.stdout}`);
    const before = onlineLedger.acknowledged.filter((w) => w.at < began);
    const after = onlineLedger.acknowledged.filter((w) => w.at > ended);
    const copy = await startEmbeddedPostgres({ dataDir: join(restoredDir, 'pgdata') });
    const inCopy = await checkLedger(copy.url, { ...onlineLedger, acknowledged: before }, onlineTag);
    const laterInCopy = after.length - (await checkLedger(copy.url, { ...onlineLedger, acknowledged: after }, onlineTag)).lost.length;
    await copy.stop();
    say(
      `writes during the backup: ${onlineLedger.acknowledged.length} acknowledged; of the ${before.length} before it began ${inCopy.lost.length} missing from the copy, ` +
        `duplicated ${inCopy.duplicated.length}; of the ${after.length} after it answered ${laterInCopy} in the copy (must be 0)`,
    );
    say(
      `embedded backup (while running) + restore round trip: ${((backup.ms + restore.ms) / 1000).toFixed(1)} s (backup ${(backup.ms / 1000).toFixed(1)} s, restore ${(restore.ms / 1000).toFixed(1)} s, each including its CLI start)`,
    );
    rmSync(archive, { force: true });
    const ok =
      !check.lost.length &&
      !check.duplicated.length &&
      ledger.acknowledged.length > 0 &&
      /audit chain OK/.test(verify.stdout) &&
      /audit chain OK/.test(verifyRestored.stdout) &&
      before.length > 0 &&
      !inCopy.lost.length &&
      !inCopy.duplicated.length &&
      laterInCopy === 0;
    say(ok ? 'OK' : 'FAILED');
    return ok ? 0 : 1;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(restoredDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench:embedded-kill failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  },
);
