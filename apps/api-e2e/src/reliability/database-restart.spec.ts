import { Client } from 'pg';
import { checkLedger, createTestApp, httpRequest, PrivatePostgres, runLedgerWriters, startPrivatePostgres, TestApp, waitHealthy, type WriterAccounts } from '@ketqua/api/testing';
import { JobQueue } from '@ketqua/api/core';

/**
 * The API on a PostgreSQL cluster of its own (private-postgres.ts: the shared test server is never
 * restarted), stopped and restarted under writers. What a person notices: a database outage is a
 * "try again shortly", never a sign-out; every write the API said it saved is there once; the API
 * is healthy again by itself within 10 s; background jobs run again.
 */

const ME = `{ me { id email } }`;

let pg: PrivatePostgres;
let t: TestApp;
let accounts: WriterAccounts;

beforeAll(async () => {
  pg = await startPrivatePostgres({ name: 'restart' });
  t = await createTestApp({ databaseUrl: pg.url, env: { JOBS_ENABLED: 'true', DATABASE_POOL_SIZE: '6' } });
  const officialToken = await t.login('official@demo.ketqua.vn');
  const headToken = await t.login('head@demo.ketqua.vn');
  const me = await t.gql<{ me: { id: string } }>(ME, {}, { token: officialToken });
  accounts = { apiUrl: t.url, officialToken, headToken, officialId: me.data!.me.id };
}, 90_000);

afterAll(async () => {
  await t?.close();
  await pg?.destroy();
}, 30_000);

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
  const run = await writers;
  const check = await checkLedger(pg.url, run, tag);

  expect(run.unauthenticated).toBe(0);
  expect(run.missingRetryAfter).toBe(0);
  expect(Object.keys(run.answers).filter((a) => a !== '200' && a !== '503 SERVICE_UNAVAILABLE' && a !== 'network')).toEqual([]);
  expect(check.acknowledged).toBeGreaterThan(20);
  // Writes acknowledged after the restart too: the pool reconnected by itself.
  expect(run.acknowledged.some((e) => e.at > restartStarted + 1000)).toBe(true);
  expect(check.lost).toEqual([]);
  expect(check.duplicated).toEqual([]);
  expect(recoveredMs).toBeLessThan(10_000);

  // pg-boss resumes: a job queued after the restart is done by the same API process.
  const jobId = await t.app.get(JobQueue).send('pilot.spot-checks.sweep', {});
  expect(jobId).toBeTruthy();
  const db = new Client({ connectionString: pg.url });
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
