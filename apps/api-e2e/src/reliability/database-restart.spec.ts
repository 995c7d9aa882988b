import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { checkLedger, createTestApp, httpRequest, PrivatePostgres, runLedgerWriters, startPrivatePostgres, TestApp, waitHealthy, type WriterAccounts } from '@ketqua/api/testing';
import { JobQueue } from '@ketqua/api/core';
import { upload } from '../work/work-fixtures';

/**
 * The API on a PostgreSQL cluster of its own (private-postgres.ts: the shared test server is never
 * restarted), stopped and restarted under writers. What a person notices: a database outage is a
 * "try again shortly", never a sign-out; every write the API said it saved is there once; the API
 * is healthy again by itself within 10 s; background jobs run again. Then `npm run backup` of that
 * database and its files and `npm run restore` into a new, empty database and data directory: the
 * copy passes `npm run audit:verify` and shows the same data (each table's rows, a few records, a
 * file's bytes).
 */

const root = resolve(__dirname, '../../../..');
const run = promisify(execFile);
let work: string;

const ME = `{ me { id email } }`;

let pg: PrivatePostgres;
let t: TestApp;
let accounts: WriterAccounts;

beforeAll(async () => {
  pg = await startPrivatePostgres({ name: 'restart' });
  work = mkdtempSync(join(tmpdir(), 'ketqua-restart-spec-'));
  await query(pg.url, 'CREATE DATABASE source');
  t = await createTestApp({ databaseUrl: dbUrl('source'), env: { JOBS_ENABLED: 'true', DATABASE_POOL_SIZE: '6', KETQUA_DATA_DIR: join(work, 'source') } });
  const officialToken = await t.login('official@demo.ketqua.vn');
  const headToken = await t.login('head@demo.ketqua.vn');
  const me = await t.gql<{ me: { id: string } }>(ME, {}, { token: officialToken });
  accounts = { apiUrl: t.url, officialToken, headToken, officialId: me.data!.me.id };
}, 90_000);

afterAll(async () => {
  await t?.close();
  await pg?.destroy();
  if (work) rmSync(work, { recursive: true, force: true });
}, 30_000);

const cli = (script: string, args: string[], env: Record<string, string>) =>
  run(process.execPath, ['-r', '@swc-node/register', join(root, script), ...args], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'error', JWT_SECRET: 'x'.repeat(40), ...env },
  });

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

const dbUrl = (name: string) => pg.url.replace(/\/postgres$/, `/${name}`);

const graphql = (token: string, query: string, variables: Record<string, unknown> = {}) =>
  httpRequest(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });

it('answers a retryable 503 SERVICE_UNAVAILABLE with Retry-After while the database is down, keeps the session, and is healthy again within 10 s', async () => {
  expect((await httpRequest(`${t.url}/health`)).status).toBe(200);
  await pg.stop();
  try {
    const read = await graphql(accounts.officialToken, ME);
    expect(read.status).toBe(503);
    expect(Number(read.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    const error = (JSON.parse(read.body) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> }).errors[0];
    expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE', safeToRetry: true });
    expect(error.message).toMatch(/bạn vẫn đang đăng nhập/);

    const write = await graphql(accounts.officialToken, 'mutation($input: LogWorkInput!) { logWork(input: $input) { id } }', {
      input: { workDate: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10), minutes: 5, note: 'during the outage' },
    });
    expect(write.status).toBe(503);
    expect(write.body).toContain('SERVICE_UNAVAILABLE');
    expect(write.body).not.toContain('UNAUTHENTICATED');

    const health = await httpRequest(`${t.url}/health`);
    expect(health.status).toBe(503);
    expect(JSON.parse(health.body)).toMatchObject({ status: 'degraded', database: { status: 'down' } });
  } finally {
    await pg.start();
  }
  expect(await waitHealthy(t.url, 10_000)).toBeLessThan(10_000);
  // The same access token: nobody had to sign in again.
  const after = await t.gql<{ me: { email: string } }>(ME, {}, { token: accounts.officialToken });
  expect(after.data?.me.email).toBe('official@demo.ketqua.vn');
  // Nothing was half-written by the refused write.
  expect(Number((await t.dataSource.query(`SELECT count(*) AS n FROM work_log WHERE note = 'during the outage'`))[0].n)).toBe(0);
}, 40_000);

it('loses and duplicates no acknowledged write across pg_ctl restart -m fast under 4 writers, signs nobody out, recovers within 10 s and runs jobs again', async () => {
  const tag = `restart${Date.now()}`;
  let stop = false;
  const writers = runLedgerWriters(accounts, { clients: 4, until: () => stop, tag });
  await new Promise((r) => setTimeout(r, 2500));
  const restartStarted = Date.now();
  await pg.restart();
  const recoveredMs = (await waitHealthy(t.url, 10_000)) + (Date.now() - restartStarted);
  await new Promise((r) => setTimeout(r, 2500));
  stop = true;
  const ledger = await writers;
  const check = await checkLedger(dbUrl('source'), ledger, tag);

  expect(ledger.unauthenticated).toBe(0);
  expect(ledger.missingRetryAfter).toBe(0);
  expect(Object.keys(ledger.answers).filter((a) => a !== '200' && a !== '503 SERVICE_UNAVAILABLE' && a !== 'network')).toEqual([]);
  expect(check.acknowledged).toBeGreaterThan(20);
  // Writes acknowledged after the restart too: the pool reconnected by itself.
  expect(ledger.acknowledged.some((e) => e.at > restartStarted + 1000)).toBe(true);
  expect(check.lost).toEqual([]);
  expect(check.duplicated).toEqual([]);
  expect(recoveredMs).toBeLessThan(10_000);

  // pg-boss resumes: a job queued after the restart is done by the same API process.
  const jobId = await t.app.get(JobQueue).send('pilot.spot-checks.sweep', {});
  expect(jobId).toBeTruthy();
  const db = new Client({ connectionString: dbUrl('source') });
  await db.connect();
  try {
    let state = '';
    for (let i = 0; i < 60 && state !== 'completed'; i++) {
      state = (await db.query<{ state: string }>('SELECT state FROM pgboss.job WHERE id = $1', [jobId])).rows[0]?.state ?? '';
      if (state !== 'completed') await new Promise((r) => setTimeout(r, 250));
    }
    expect(state).toBe('completed');
  } finally {
    await db.end();
  }
}, 60_000);

it('restores a backup into a fresh database that verifies and shows the same rows, records and files', async () => {
  // Quiet data: no background job writes between the backup and the comparison.
  await t.app.get(JobQueue).onApplicationShutdown();
  const official = await t.login('official@demo.ketqua.vn');
  const bytes = Buffer.from('Báo cáo tiến độ tháng 3 — bản sao lưu');
  const uploaded = await upload(t, official, 'bao-cao.txt', bytes);
  expect(uploaded.status).toBe(201);
  const logged = await t.gql<{ logWork: { id: string } }>(
    'mutation($input: LogWorkInput!) { logWork(input: $input) { id } }',
    { input: { workDate: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10), minutes: 45, note: 'Soạn công văn trước khi sao lưu' } },
    { token: official },
  );
  expect(logged.errors).toBeUndefined();

  const archive = join(work, 'ketqua.tar');
  const backup = await cli('tools/db/backup.ts', ['--out', archive], { DATABASE_URL: dbUrl('source'), KETQUA_DATA_DIR: join(work, 'source') });
  expect(backup.stdout).toMatch(/backup written: .*server database, \d+ tables, \d+ rows, stores: files/);

  await query(pg.url, 'CREATE DATABASE restored');
  const restoredEnv = { DATABASE_URL: dbUrl('restored'), KETQUA_DATA_DIR: join(work, 'restored') };
  const restore = await cli('tools/db/restore.ts', [archive], restoredEnv);
  expect(restore.stdout).toMatch(/rows as in the backup/);
  const verify = await cli('tools/audit/verify.ts', [], restoredEnv);
  expect(verify.stdout).toMatch(/^audit chain OK: [1-9]\d* events verified/);

  // The same rows in every table, and the same records.
  const counts = async (name: string) =>
    query<{ table: string; n: string }>(
      dbUrl(name),
      `SELECT table_name AS table, (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I', table_name), false, true, '')))[1]::text AS n
         FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
  const before = await counts('source');
  expect(before.length).toBeGreaterThan(20);
  expect(await counts('restored')).toEqual(before);
  const record = `SELECT w.note, w.minutes, u.email FROM work_log w JOIN app_user u ON u.id = w.official_id WHERE w.id = '${logged.data!.logWork.id}'`;
  expect(await query(dbUrl('restored'), record)).toEqual([{ note: 'Soạn công văn trước khi sao lưu', minutes: 45, email: 'official@demo.ketqua.vn' }]);
  const people = `SELECT email, full_name, role FROM app_user ORDER BY email`;
  expect(await query(dbUrl('restored'), people)).toEqual(await query(dbUrl('source'), people));

  // The uploaded file, byte for byte, where the restored row says it is.
  const [file] = await query<{ storage_path: string; sha256: string }>(dbUrl('restored'), `SELECT * FROM stored_file WHERE id = '${String(uploaded.json['id'])}'`);
  const restoredBytes = readFileSync(join(work, 'restored', 'files', file.storage_path));
  expect(restoredBytes.equals(bytes)).toBe(true);
  expect(createHash('sha256').update(restoredBytes).digest('hex')).toBe(file.sha256);

  // Restoring over a database that is not empty is refused unless asked for.
  await expect(cli('tools/db/restore.ts', [archive], restoredEnv)).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/already has \d+ tables/) });
}, 120_000);
