// npm run bench:soak -- [--minutes 5] [--clients 50] [--think-ms 0] [--pool 10] [--database-url <url>] [--cpu-prof <dir>]
//
// The soak of issue 14 (Reliability, "Load"): `--clients` concurrent clients for `--minutes`, each
// a loop of the dashboard's own documents as the people who open those pages, mixing the main
// reads — the head's team board and review queue, an official's "my work", the bell, the unit's
// presence today — with the main writes — logWork, and the deliverable cycle: the head assigns,
// the official starts it and submits a deliverable, the head reviews it. The API runs as a child process
// (tools/bench/load/api-instance.ts, the composition of apps/api/src/main.ts, jobs on) on a private
// PostgreSQL cluster loaded with the demo (--database-url: an existing Ketqua database instead).
// `--think-ms` is each client's pause after a page, as a person reads it (uniform between half and
// one and a half times the value): 0 is a closed loop, every client asking again the moment it is
// answered, which measures throughput (latency ≈ clients ÷ requests per second); with a pause the
// clients are people, and the latencies are what each of them waits.
// `--cpu-prof <dir>` writes a V8 CPU profile of the API process there (open it in Chrome's DevTools).
// Prints, per operation and overall: count, errors, p50/p95/p99; exits 1 on any error.
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parse, print, type DocumentNode } from 'graphql';
import { Client } from 'pg';
import { DEMO_PASSWORD } from '@ketqua/api/demo';
import { createTestApp, startPrivatePostgres, type PrivatePostgres } from '@ketqua/api/testing';
// The documents the dashboard sends (the bench measures exactly those requests).
// eslint-disable-next-line @nx/enforce-module-boundaries
import * as gql from '../../libs/dashboard/data-access/src/gql/graphql';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const say = (line = '') => process.stdout.write(`${line}\n`);
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
const ms = (n: number) => (Number.isFinite(n) ? (n >= 100 ? n.toFixed(0) : n.toFixed(1)) : '—');

interface Stat {
  latencies: number[];
  errors: number;
  firstError?: string;
}

async function main(): Promise<void> {
  const minutes = Number(arg('minutes', '5'));
  const clients = Number(arg('clients', '50'));
  const pool = arg('pool', '10');
  const thinkMs = Number(arg('think-ms', '0'));
  const think = () => (thinkMs > 0 ? new Promise((r) => setTimeout(r, thinkMs * (0.5 + Math.random()))) : Promise.resolve());
  let pg: PrivatePostgres | null = null;
  let url = arg('database-url', '');
  if (!url) {
    pg = await startPrivatePostgres({ name: 'soak' });
    url = pg.url;
    say(`private PostgreSQL 15 on port ${pg.port}; loading the demo…`);
    const seeder = await createTestApp({ databaseUrl: url, seedDemo: 'full' });
    await seeder.close();
  }
  const env = {
    NODE_ENV: 'development',
    JWT_SECRET: randomBytes(48).toString('base64'),
    SEED_DEMO: 'false',
    DASHBOARD_DIR: '',
    LOG_LEVEL: 'warn',
    DATABASE_URL: url,
    DATABASE_POOL_SIZE: pool,
    JOBS_ENABLED: 'true',
    LOGIN_RATE_LIMIT_PER_ACCOUNT: '100000',
    LOGIN_RATE_LIMIT_PER_IP: '100000',
  };
  const child = fork(resolve(__dirname, 'load/api-instance.ts'), [], {
    execArgv: ['-r', '@swc-node/register', ...(arg('cpu-prof', '') ? ['--cpu-prof', `--cpu-prof-dir=${resolve(arg('cpu-prof', ''))}`] : [])],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((done, fail) => {
    child.on('message', (m: { type: string; port?: number }) => m.type === 'ready' && done(m.port as number));
    child.once('exit', (code) => fail(new Error(`API exited with ${code} before it was ready`)));
  });
  const api = `http://127.0.0.1:${port}/graphql`;
  const post = async (document: DocumentNode, variables: Record<string, unknown>, token?: string) => {
    const res = await fetch(api, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: print(document), variables }),
    });
    return { status: res.status, body: (await res.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
  };

  // The people: the demo head, the officials of the unit they head (all share the demo password).
  const db = new Client({ connectionString: url });
  await db.connect();
  const [head] = (
    await db.query<{ id: string; unit_id: string }>(`SELECT u.id, un.id AS unit_id FROM app_user u JOIN unit un ON un.head_id = u.id WHERE u.email = 'head@demo.ketqua.vn' LIMIT 1`)
  ).rows;
  const officials = (
    await db.query<{ id: string; email: string }>(`SELECT id, email FROM app_user WHERE unit_id = $1 AND role = 'OFFICIAL' AND active ORDER BY email LIMIT 12`, [head.unit_id])
  ).rows;
  const [{ today }] = (await db.query<{ today: string }>(`SELECT to_char(now() AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS today`)).rows;
  const login = async (email: string) => {
    // A bearer token, as the API's own clients use (the dashboard keeps its session in cookies).
    const { body } = await post(parse(`mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }`), { input: { email, password: DEMO_PASSWORD } });
    const token = (body.data?.['login'] as { accessToken?: string } | undefined)?.accessToken;
    if (!token) throw new Error(`login ${email}: ${JSON.stringify(body.errors)}`);
    return token;
  };
  const headToken = await login('head@demo.ketqua.vn');
  const people = await Promise.all(officials.map(async (o) => ({ ...o, token: await login(o.email) })));
  const [{ n: assignments }] = (await db.query<{ n: string }>(`SELECT count(*) AS n FROM assignment`)).rows;
  const [{ n: users }] = (await db.query<{ n: string }>(`SELECT count(*) AS n FROM app_user`)).rows;
  await db.end();
  say(
    `${users} accounts, ${assignments} assignments; ${people.length} officials of the head's unit write; ${clients} clients for ${minutes} min${thinkMs ? `, pausing ${thinkMs / 2}–${(thinkMs * 3) / 2} ms after each page` : ' (closed loop)'}; pool ${pool}; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );

  const stats = new Map<string, Stat>();
  const timed = async (name: string, document: DocumentNode, variables: Record<string, unknown>, token: string) => {
    const started = performance.now();
    let answer: Awaited<ReturnType<typeof post>> | null = null;
    let failure = '';
    try {
      answer = await post(document, variables, token);
      if (answer.status !== 200 || answer.body.errors?.length)
        failure = `${answer.status} ${answer.body.errors?.[0]?.extensions?.code ?? ''} ${answer.body.errors?.[0]?.message ?? ''}`;
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    const stat = stats.get(name) ?? { latencies: [], errors: 0 };
    stats.set(name, stat);
    stat.latencies.push(performance.now() - started);
    if (failure) {
      stat.errors++;
      stat.firstError ??= failure;
      return null;
    }
    return answer?.body.data ?? null;
  };

  const deadline = new Date(Date.now() + 20 * 86_400_000).toISOString();
  const endAt = performance.now() + minutes * 60_000;
  let logs = 0;
  async function client(n: number): Promise<void> {
    const me = people[n % people.length];
    for (let i = 0; performance.now() < endAt; i++) {
      if (i > 0) await think();
      const pick = (n * 7 + i) % 10;
      if (pick === 0) await timed('board', gql.AssignmentsDocument, { filter: {}, first: 50, after: null }, headToken);
      else if (pick === 1) await timed('queue', gql.AssignmentsDocument, { filter: { statuses: ['SUBMITTED'] }, first: 50, after: null }, headToken);
      else if (pick === 2 || pick === 3)
        await timed(
          'mywork',
          gql.AssignmentsDocument,
          { filter: { mine: true, statuses: ['ASSIGNED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED'] }, first: 50, after: null },
          me.token,
        );
      else if (pick === 4 || pick === 5) await timed('bell', gql.MyNotificationsDocument, { first: 10 }, me.token);
      else if (pick === 6) await timed('presence', gql.UnitPresenceDocument, { unitId: head.unit_id, date: today }, headToken);
      else if (pick === 7 || pick === 8) {
        // One minute on one of the last 20 days: far from the daily cap whatever the run's length.
        const day = new Date(Date.now() - (1 + (logs++ % 20)) * 86_400_000).toISOString().slice(0, 10);
        await timed('logWork', gql.LogWorkDocument, { input: { workDate: day, minutes: 1, note: `soak ${n}-${i}` } }, me.token);
      } else {
        const created = await timed(
          'createAssignment',
          gql.CreateAssignmentDocument,
          { input: { assigneeIds: [me.id], title: `Soak ${n}-${i}`, quantity: 1, deadline } },
          headToken,
        );
        const id = (created?.['createAssignment'] as Array<{ id: string }> | undefined)?.[0]?.id;
        if (!id) continue;
        if (!(await timed('startAssignment', gql.StartAssignmentDocument, { id }, me.token))) continue;
        const submitted = await timed(
          'submitDeliverable',
          gql.SubmitDeliverableDocument,
          { input: { assignmentId: id, links: ['https://vanban.hochiminhcity.gov.vn/soak'], note: 'Đã xong' } },
          me.token,
        );
        const deliverableId = (submitted?.['submitDeliverable'] as { id?: string } | undefined)?.id;
        if (!deliverableId) continue;
        await timed('review', gql.ReviewDeliverableDocument, { input: { deliverableId, decision: 'ACCEPTED' } }, headToken);
      }
    }
  }
  const started = performance.now();
  const progress = setInterval(() => {
    const total = [...stats.values()].reduce((a, s) => a + s.latencies.length, 0);
    const errors = [...stats.values()].reduce((a, s) => a + s.errors, 0);
    say(`  ${Math.round((performance.now() - started) / 1000)} s: ${total} requests, ${errors} errors`);
  }, 30_000);
  await Promise.all(Array.from({ length: clients }, (_, n) => client(n)));
  clearInterval(progress);
  const seconds = (performance.now() - started) / 1000;

  say('');
  say(`operation           count   errors   p50 ms   p95 ms   p99 ms`);
  const all: number[] = [];
  let errors = 0;
  for (const [name, s] of [...stats].sort()) {
    const sorted = [...s.latencies].sort((a, b) => a - b);
    all.push(...sorted);
    errors += s.errors;
    say(
      `${name.padEnd(18)} ${String(sorted.length).padStart(6)} ${String(s.errors).padStart(8)} ${ms(percentile(sorted, 50)).padStart(8)} ${ms(percentile(sorted, 95)).padStart(8)} ${ms(percentile(sorted, 99)).padStart(8)}`,
    );
    if (s.firstError) say(`  first error: ${s.firstError.slice(0, 300)}`);
  }
  all.sort((a, b) => a - b);
  say(
    `${'all'.padEnd(18)} ${String(all.length).padStart(6)} ${String(errors).padStart(8)} ${ms(percentile(all, 50)).padStart(8)} ${ms(percentile(all, 95)).padStart(8)} ${ms(percentile(all, 99)).padStart(8)}`,
  );
  say(
    `${(all.length / seconds).toFixed(0)} requests/s over ${seconds.toFixed(0)} s; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );

  child.send({ type: 'stop' });
  await new Promise((r) => child.once('exit', r));
  await pg?.destroy();
  process.exit(errors ? 1 : 0);
}

main().catch((error: unknown) => {
  process.stderr.write(`soak failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(2);
});
