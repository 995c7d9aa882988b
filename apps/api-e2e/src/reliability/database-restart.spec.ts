import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import {
  checkLedger,
  createTestApp,
  httpRequest,
  MATRIX,
  PrivatePostgres,
  runLedgerWriters,
  startPrivatePostgres,
  TestApp,
  waitHealthy,
  type WriterAccounts,
} from '@ketqua/api/testing';
import { JobQueue } from '@ketqua/api/core';
import { upload } from '../work/work-fixtures';

/**
 * The API on a PostgreSQL cluster of its own (private-postgres.ts: the shared test server is never
 * restarted), stopped and restarted under writers. What a person notices: a database outage is a
 * "try again shortly", never a sign-out; every write the API said it saved is there once; the API
 * is healthy again by itself within 10 s; background jobs run again — on GraphQL and on every plain
 * HTTP route alike (503 + Retry-After + SERVICE_UNAVAILABLE, never a 500). Then `npm run backup` of that
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

type RouteAnswer = { status: number; retryAfter: number; json: Record<string, unknown> };
const answerOf = (status: number, headers: Record<string, unknown>, body: string): RouteAnswer => {
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(body) as Record<string, unknown>;
  } catch {
    // A download's bytes: the status says enough.
  }
  return { status, retryAfter: Number(headers['retry-after']), json };
};

/**
 * Every plain HTTP route of the authorisation matrix (the dashboard's pages and /health aside), sent
 * by a role it allows, with fresh ids for its parameters: the database is down before any id matters.
 */
const plainRoutes = MATRIX.filter((r) => r.kind === 'route' && r.name !== 'GET / (dashboard)' && r.name !== 'GET /health').map((r) => {
  const [method, path] = r.name.split(' ');
  const role = (['OFFICIAL', 'UNIT_HEAD', 'HR', 'ADMIN'] as const).find((x) => r.cells[x][0] !== 'FORBIDDEN:ROLE_NOT_ALLOWED' && r.cells[x][0] !== 'FORBIDDEN:READ_ONLY_ROLE');
  if (!role) throw new Error(`no role may use ${r.name}`);
  return { method, path: path.replace(/:\w+/g, () => randomUUID()) + (method === 'POST' ? '?name=bao-cao.txt' : ''), role, name: r.name };
});

/**
 * An upload whose headers (and session check) got through while the database was up and whose body
 * ends once it is down: the route itself meets the outage (its row cannot be written). Resolves once
 * the API is streaming the body into its partial file, i.e. past the session check.
 */
async function uploadInFlight(token: string): Promise<{ finish: () => Promise<RouteAnswer> }> {
  const files = join(work, 'source', 'files');
  const partials = () => readdirSync(files, { recursive: true }).filter((f) => String(f).endsWith('.part')).length;
  const before = partials();
  let pending: ReturnType<typeof request> | undefined;
  const answer = new Promise<RouteAnswer>((done, fail) => {
    const req = request(`${t.url}/files?name=tien-do.txt`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(answerOf(res.statusCode ?? 0, res.headers, Buffer.concat(chunks).toString('utf8'))));
    });
    req.on('error', fail);
    req.write('Tiến độ tháng 3: ');
    pending = req;
  });
  // Waiting for a condition, not for a time: the partial file appears once the route runs.
  await new Promise<void>((done, fail) => {
    const until = Date.now() + 10_000;
    const poll = () => (partials() > before ? done() : Date.now() > until ? fail(new Error('the upload never reached the route')) : setTimeout(poll, 10));
    poll();
  });
  return {
    finish: () => {
      pending!.end('đã xong.');
      return answer;
    },
  };
}

it('answers a retryable 503 SERVICE_UNAVAILABLE with Retry-After while the database is down, keeps the session, and is healthy again within 10 s', async () => {
  expect((await httpRequest(`${t.url}/health`)).status).toBe(200);
  const tokens = {
    OFFICIAL: accounts.officialToken,
    UNIT_HEAD: accounts.headToken,
    HR: await t.login('hr@demo.ketqua.vn'),
    ADMIN: await t.login('admin@demo.ketqua.vn'),
  };
  const saved = await upload(t, accounts.officialToken, 'truoc-su-co.txt', Buffer.from('Lưu trước sự cố'));
  expect(saved.status).toBe(201);
  const inFlight = await uploadInFlight(accounts.officialToken);
  await pg.stop();
  try {
    // The route itself meets the outage: a 503 to retry, and nothing stored (the re-sent upload below is the only one).
    const cut = await inFlight.finish();
    expect(cut).toMatchObject({ status: 503, json: { code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE', safeToRetry: false } });
    expect(cut.retryAfter).toBeGreaterThanOrEqual(1);

    // Every plain route: 503 + Retry-After + the typed code, in the caller's language.
    const answers = await Promise.all(
      plainRoutes.map(async (route) => {
        const res = await httpRequest(`${t.url}${route.path}`, {
          method: route.method,
          headers: { authorization: `Bearer ${tokens[route.role]}`, 'accept-language': 'en', ...(route.method === 'POST' ? { 'content-type': 'text/plain' } : {}) },
          body: route.method === 'POST' ? 'Báo cáo' : undefined,
        });
        const answer = answerOf(res.status, res.headers, res.body);
        return { route: route.name, status: answer.status, retryAfter: answer.retryAfter >= 1, code: answer.json['code'], message: answer.json['message'] };
      }),
    );
    expect(answers.length).toBeGreaterThanOrEqual(10);
    for (const answer of answers) {
      expect(answer).toEqual({ route: answer.route, status: 503, retryAfter: true, code: 'SERVICE_UNAVAILABLE', message: expect.stringMatching(/you are still signed in/) });
    }

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
  // The plain routes work again with the same session: the upload cut by the outage can be sent again, the earlier file reads.
  expect((await upload(t, accounts.officialToken, 'tien-do.txt', Buffer.from('Tiến độ tháng 3: đã xong.'))).status).toBe(201);
  const read = await httpRequest(`${t.url}/files/${String(saved.json['id'])}`, { headers: { authorization: `Bearer ${accounts.officialToken}` } });
  expect(read).toMatchObject({ status: 200, body: 'Lưu trước sự cố' });
  expect(Number((await t.dataSource.query(`SELECT count(*) AS n FROM stored_file WHERE original_name = 'tien-do.txt'`))[0].n)).toBe(1);
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
