import { ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';
import { createTestApp, httpRequest, postGraphQL, TEST_JWT_SECRET, testDatabaseUrl } from '@ketqua/api/testing';

/**
 * SIGTERM to the API as `npm start` runs it (dist/apps/api/main.js when this run built it, see
 * apps/first-start-e2e/global-setup.js; else apps/api/src/main.ts from source): a request in
 * flight is answered, a signed-in WebSocket is closed with 1001 Going Away (its client reconnects),
 * no new connection is taken, background jobs and pools stop, and the process exits 0 within 10 s.
 */

const root = resolve(__dirname, '../../../..');
let child: ChildProcess;
let output = '';
let base: string;

beforeAll(async () => {
  // The demo logins on this worker's database, then the real entry point on the same data.
  const seeded = await createTestApp();
  await seeded.close();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: testDatabaseUrl(),
    // Any free port, read back from the start-up line: a port probed free here may be taken by
    // another process while the API starts.
    PORT: '0',
    HOST: '127.0.0.1',
    NODE_ENV: 'development',
    JWT_SECRET: TEST_JWT_SECRET,
    SEED_DEMO: 'false',
    JOBS_ENABLED: 'true',
    DASHBOARD_DIR: '',
    LOG_LEVEL: 'log',
    DATABASE_POOL_SIZE: '3',
  };
  const built = process.env['KETQUA_BUILT_API_MAIN'];
  const entry = built ? [built] : ['-r', '@swc-node/register', join(root, 'apps/api/src/main.ts')];
  child = spawn(process.execPath, entry, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`main.ts exited with ${child.exitCode}:\n${output.slice(-3000)}`);
    if (Date.now() > deadline) throw new Error(`main.ts not ready:\n${output.slice(-3000)}`);
    const port = /Ketqua is running at http:\/\/localhost:(\d+)/.exec(output)?.[1];
    base = `http://127.0.0.1:${port}`;
    const health = port ? await httpRequest(`${base}/health`).catch(() => null) : null;
    if (health?.status === 200 && output.includes('job queue started')) break;
    await new Promise((r) => setTimeout(r, 300));
  }
}, 90_000);

afterEach(() => {
  const state = expect.getState();
  if (state.assertionCalls !== state.numPassingAsserts || child.exitCode !== 0) process.stderr.write(`main.ts output:\n${output.slice(-4000)}\n`);
});

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

/**
 * POST /graphql whose body arrives in two halves, the second `gapMs` after the first: a request in
 * flight. `onInFlight` runs once the connection is up and the headers have had time to be read.
 */
function slowRequest(gapMs: number, onInFlight: () => void): Promise<{ status: number; body: string }> {
  const body = JSON.stringify({ query: '{ __typename }' });
  return new Promise((done, fail) => {
    const req = request(
      `${base}/graphql`,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => done({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', fail);
    req.flushHeaders();
    req.on('socket', (socket) =>
      socket.once('connect', () => {
        req.write(body.slice(0, 10));
        setTimeout(() => {
          onInFlight();
          setTimeout(() => req.end(body.slice(10)), gapMs);
        }, 500);
      }),
    );
  });
}

it('finishes the request in flight, closes the WebSocket with 1001, refuses new connections and exits 0 within 10 s', async () => {
  const login = await postGraphQL<{ login: { accessToken: string } }>(base, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
    input: { email: 'official@demo.ketqua.vn', password: 'Ketqua@2026' },
  });
  const token = login.data!.login.accessToken;
  const ws = new WebSocket(`${base.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
  await new Promise<void>((done, fail) => {
    ws.once('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    ws.on('message', (m) => (JSON.parse(String(m)) as { type: string }).type === 'connection_ack' && done());
    ws.once('error', fail);
  });
  const wsClosed = new Promise<number>((done) => ws.once('close', (code) => done(code)));
  const exited = new Promise<{ code: number | null; at: number }>((done) => child.once('exit', (code) => done({ code, at: Date.now() })));

  let sentAt = 0;
  let terminated: () => void = () => undefined;
  const sigterm = new Promise<void>((r) => (terminated = r));
  const inFlight = slowRequest(1500, () => {
    sentAt = Date.now();
    child.kill('SIGTERM');
    terminated();
  });
  await sigterm;
  await new Promise((r) => setTimeout(r, 500));
  // Half a second after SIGTERM: the port is closed to new connections.
  await expect(httpRequest(`${base}/health`)).rejects.toThrow(/ECONNREFUSED|ECONNRESET|socket hang up/);

  const answer = await inFlight;
  expect(answer.status).toBe(200);
  expect(JSON.parse(answer.body)).toEqual({ data: { __typename: 'Query' } });
  expect(await wsClosed).toBe(1001);
  const { code, at } = await exited;
  expect(code).toBe(0);
  expect(at - sentAt).toBeLessThan(10_000);
  expect(output).toMatch(/stopped in \d+ ms \(clean\)/);
}, 30_000);
