// npm run bench:load -- [--city tmp/city.json | --embedded <new data dir>] [--clients 1,10,50] [--seconds 8] [--only board,queue] [--pool 10] [--two-instances] [--jobs-wait 75] [--built [--node-options "--max-old-space-size=192"]]
//
// The load runner of issue 13. On a generated city (npm run generate:city, same DATABASE_URL) it
// starts the API as a child process (tools/bench/load/api-instance.ts, the same composition as
// apps/api/src/main.ts, background jobs off) on a free port and sends the dashboard's own GraphQL
// documents — imported from the generated typed documents of @ketqua/dashboard/data-access, with
// the variables the pages send — as the users who open those pages:
//   board (head's team board), queue (review queue), mywork (an official's "my work"), officials
//   (a unit's officials), search (the accounts search), enrollments, presence (a pilot unit today),
//   notifications (the bell), evalboard (the period board; after npm run bench:evaluation-board,
//   which writes that month's evaluations; skipped without it).
// For each: p50/p95/p99 and requests/s at 1, 10 and 50 concurrent clients (bounded loops of
// --seconds each), errors; the same result by one hand-written SQL query (p50 at 1 client, and
// whether it returns the same rows) and the ratio GraphQL ÷ SQL; SQL statements per request,
// counted at the pg driver in the API process, at two page sizes; API RSS at idle and its maximum
// under load. --two-instances then starts two instances with background jobs on, sends the same
// documents round-robin to both at the highest client count, and shows every job ran once. --built
// runs the production build (dist/apps/api/main.js) instead, to measure the RSS a deployment has.
import 'reflect-metadata';
import { ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { print, type DocumentNode } from 'graphql';
import { Client } from 'pg';
import { loadDotEnv, toSearchText } from '@ketqua/api/core';
import { DEMO_LOGINS } from '@ketqua/api/demo';
import { OPEN_ASSIGNMENT_STATUSES } from '@ketqua/domain';
// The documents the dashboard sends, generated from its .ts files (the bench measures exactly those requests).
// eslint-disable-next-line @nx/enforce-module-boundaries
import * as gql from '../../libs/dashboard/data-access/src/gql/graphql';
import { benchSignIn } from './bench-client';
import type { InstanceStats } from './load/api-instance';

loadDotEnv();

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const flag = (name: string) => process.argv.includes(`--${name}`);
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
const say = (line = '') => process.stdout.write(`${line}\n`);
const ms = (n: number) => (Number.isFinite(n) ? (n >= 100 ? n.toFixed(0) : n.toFixed(1)) : '—');
const mb = (bytes: number) => (Number.isFinite(bytes) ? `${Math.round(bytes / 1048576)} MB` : '—');

const demoEmail = (role: string) => DEMO_LOGINS.accounts.find((x) => x.role === role)?.email as string;
const DEMO = { head: demoEmail('UNIT_HEAD'), official: demoEmail('OFFICIAL'), hr: demoEmail('HR'), admin: demoEmail('ADMIN') };

interface City {
  today: string;
  password: string;
  ids: {
    agencyId: string;
    unit60Id: string;
    unit60HeadId: string;
    unit60HeadEmail: string;
    unit60OfficialId: string;
    unit60OfficialEmail: string;
    hrEmail: string;
    adminEmail: string;
  };
}

// ---------------------------------------------------------------------------------------------
// API instances (child processes)

interface Instance {
  name: string;
  url: string;
  child: ChildProcess;
  stats(): Promise<InstanceStats>;
  stop(): Promise<void>;
}

async function startInstance(name: string, env: Record<string, string>): Promise<Instance> {
  return flag('built') ? startBuiltInstance(name, env) : startSourceInstance(name, env);
}

/**
 * --built: the production build itself (`node dist/apps/api/main.js`, after `npm run build`), for its
 * RSS; it has no statement counter (statements per request show —), RSS is read from /proc.
 */
async function startBuiltInstance(name: string, env: Record<string, string>): Promise<Instance> {
  const main = resolve(__dirname, '../../dist/apps/api/main.js');
  const port = await freePort();
  // --node-options "--max-old-space-size=…": the V8 flags a deployment would start it with.
  const execArgv = arg('node-options', '').split(' ').filter(Boolean);
  const child = fork(main, [], { execArgv, env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const base = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 250) {
    if (child.exitCode !== null) throw new Error(`${name} (${main}) exited with ${child.exitCode}; run npm run build first`);
    if (waited > 120_000) throw new Error(`${name} did not answer /health within 120 s`);
    const up = await fetch(`${base}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const stats = async (): Promise<InstanceStats> => {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { statements: NaN, rss: kb('VmRSS'), heapUsed: NaN, jobRuns: {} };
  };
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
    });
  return { name, url: `${base}/graphql`, child, stats, stop };
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });
}

async function startSourceInstance(name: string, env: Record<string, string>): Promise<Instance> {
  const child = fork(resolve(__dirname, 'load/api-instance.ts'), [], {
    execArgv: ['-r', '@swc-node/register'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((done, fail) => {
    child.on('message', (m: { type: string; port?: number }) => m.type === 'ready' && done(m.port as number));
    child.once('exit', (code) => fail(new Error(`${name} exited with ${code} before it was ready`)));
  });
  const stats = () =>
    new Promise<InstanceStats>((done) => {
      const on = (m: { type: string; stats?: InstanceStats }) => {
        if (m.type !== 'stats') return;
        child.off('message', on);
        done(m.stats as InstanceStats);
      };
      child.on('message', on);
      child.send({ type: 'stats' });
    });
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.send({ type: 'stop' });
      setTimeout(() => child.kill('SIGTERM'), 15_000).unref();
    });
  return { name, url: `http://127.0.0.1:${port}/graphql`, child, stats, stop };
}

// ---------------------------------------------------------------------------------------------
// Operations: the dashboard's document and variables, and the same result by hand-written SQL

interface Operation {
  name: string;
  what: string;
  who: string;
  document: DocumentNode;
  variables: (first: number) => Record<string, unknown>;
  /** The page size the dashboard asks for, and a second one to show the statements do not depend on it; none for unpaged documents. */
  pages?: [number, number];
  ids: (data: Record<string, unknown>) => string[];
  sql: { text: string; params: unknown[] };
}

type Edges = { edges: Array<{ node: { id: string } }> };
const edgeIds = (field: string) => (data: Record<string, unknown>) => (data[field] as Edges).edges.map((e) => e.node.id);

/** The assignments a unit head sees (access.restrict): the units they head and below, or work they hold or gave. */
const HEAD_SCOPE = `WITH RECURSIVE s AS (SELECT id FROM unit WHERE head_id = $1 UNION ALL SELECT u.id FROM unit u JOIN s ON u.parent_id = s.id)`;
function assignmentPage(where: string, limit: number): string {
  return `SELECT p.id, p.title, p.status, p.deadline, p.source_document, p.quantity, p.unit_of_measure, p.quantity * p.coefficient AS weight, p.version,
            o.id AS assignee_id, o.full_name AS assignee_name, un.id AS unit_id, un.name AS unit_name,
            (SELECT count(*) FROM assignment a WHERE ${where}) AS total_count
       FROM (SELECT a.* FROM assignment a WHERE ${where} ORDER BY a.deadline, a.id LIMIT ${limit + 1}) p
       JOIN app_user o ON o.id = p.assignee_id JOIN unit un ON un.id = p.unit_id
      ORDER BY p.deadline, p.id`;
}
const OPEN = [...OPEN_ASSIGNMENT_STATUSES];

interface Fixture {
  city: City;
  pilotUnitId: string;
  pilotHeadEmail: string;
  search: string;
  periodId: string | null;
}

function operations(f: Fixture): Operation[] {
  const { ids } = f.city;
  // ARRAY(…): the unit ids as one value (an InitPlan), so each branch of the OR can use its index, as
  // the API's own query (the ids as parameters) does; `IN (SELECT …)` would scan the table.
  const headScope = `(a.unit_id = ANY(ARRAY(SELECT id FROM s)) OR a.assignee_id = $1 OR a.assigned_by_id = $1)`;
  const ops: Operation[] = [
    {
      name: 'board',
      what: "head's team board (unit of 60, first page, the open work it opens on)",
      who: ids.unit60HeadEmail,
      document: gql.AssignmentsDocument,
      variables: (first) => ({ filter: { statuses: OPEN }, first, after: null }),
      pages: [50, 10],
      ids: edgeIds('assignments'),
      sql: { text: `${HEAD_SCOPE} ${assignmentPage(`${headScope} AND a.status = ANY($2)`, 50)}`, params: [ids.unit60HeadId, OPEN] },
    },
    {
      name: 'queue',
      what: 'review queue (submitted work in scope)',
      who: ids.unit60HeadEmail,
      document: gql.AssignmentsDocument,
      variables: (first) => ({ filter: { statuses: ['SUBMITTED'] }, first, after: null }),
      pages: [50, 10],
      ids: edgeIds('assignments'),
      sql: { text: `${HEAD_SCOPE} ${assignmentPage(`${headScope} AND a.status = 'SUBMITTED'`, 50)}`, params: [ids.unit60HeadId] },
    },
    {
      name: 'mywork',
      what: 'an official\'s "my work" (open)',
      who: ids.unit60OfficialEmail,
      document: gql.AssignmentsDocument,
      variables: (first) => ({ filter: { mine: true, statuses: OPEN }, first, after: null }),
      pages: [50, 10],
      ids: edgeIds('assignments'),
      sql: { text: assignmentPage(`a.assignee_id = $1 AND a.status = ANY($2)`, 50), params: [ids.unit60OfficialId, OPEN] },
    },
    {
      name: 'officials',
      what: "a unit's officials (with sub-units), as HR",
      who: ids.hrEmail,
      document: gql.UnitOfficialsDocument,
      variables: (first) => ({ filter: { unitId: ids.unit60Id, includeSubunits: true, search: null }, first, after: null }),
      pages: [20, 5],
      ids: edgeIds('officials'),
      sql: {
        text: `WITH RECURSIVE s AS (SELECT $1::uuid AS id UNION ALL SELECT u.id FROM unit u JOIN s ON u.parent_id = s.id)
               SELECT o.id, o.full_name, o.email, o.role, o.is_leader, o.active, o.staff_category, un.id AS unit_id, un.name AS unit_name,
                      p.id AS position_id, p.name AS position_name, r.id AS rank_id, r.name AS rank_name,
                      (SELECT count(*) FROM app_user c WHERE c.unit_id IN (SELECT id FROM s) AND c.active) AS total_count
                 FROM app_user o JOIN unit un ON un.id = o.unit_id LEFT JOIN position p ON p.id = o.position_id LEFT JOIN rank r ON r.id = o.rank_id
                WHERE o.unit_id IN (SELECT id FROM s) AND o.active ORDER BY o.full_name, o.id LIMIT 21`,
        params: [ids.unit60Id],
      },
    },
    {
      name: 'search',
      what: `accounts search "${f.search}" (city-wide, as admin)`,
      who: ids.adminEmail,
      document: gql.AccountsDocument,
      variables: () => ({ filter: { search: f.search }, after: null }),
      ids: edgeIds('officials'),
      sql: {
        text: `SELECT o.id, o.full_name, o.email, o.role, o.city_scope, o.active, o.password_hash IS NOT NULL AS has_password, o.must_change_password, o.locked_until,
                      o.last_login_at, o.version, un.id AS unit_id, un.name AS unit_name, ag.id AS agency_id, ag.name AS agency_name,
                      (SELECT count(*) FROM app_user c WHERE c.search_text LIKE $1 AND c.active) AS total_count
                 FROM app_user o LEFT JOIN unit un ON un.id = o.unit_id LEFT JOIN agency ag ON ag.id = un.agency_id
                WHERE o.search_text LIKE $1 AND o.active ORDER BY o.full_name, o.id LIMIT 51`,
        params: [`%${toSearchText(f.search)}%`],
      },
    },
    {
      name: 'enrollments',
      what: 'enrollments of a pilot unit (approved, suspended)',
      who: f.pilotHeadEmail,
      document: gql.EnrollmentsDocument,
      variables: () => ({ filter: { unitId: f.pilotUnitId, statuses: ['APPROVED', 'SUSPENDED'] }, withCap: false }),
      ids: edgeIds('enrollments'),
      sql: {
        text: `WITH RECURSIVE s AS (SELECT $1::uuid AS id UNION ALL SELECT u.id FROM unit u JOIN s ON u.parent_id = s.id)
               SELECT e.*, o.full_name, p.id AS position_id, p.name AS position_name, un.name AS unit_name,
                      (SELECT count(*) FROM enrollment c WHERE c.unit_id IN (SELECT id FROM s) AND c.status = ANY($2)) AS total_count
                 FROM enrollment e JOIN app_user o ON o.id = e.official_id LEFT JOIN position p ON p.id = o.position_id JOIN unit un ON un.id = e.unit_id
                WHERE e.unit_id IN (SELECT id FROM s) AND e.status = ANY($2) ORDER BY e.requested_at DESC, e.id DESC LIMIT 101`,
        params: [f.pilotUnitId, ['APPROVED', 'SUSPENDED']],
      },
    },
    {
      name: 'presence',
      what: 'presence of a pilot unit today',
      who: f.pilotHeadEmail,
      document: gql.UnitPresenceDocument,
      variables: () => ({ unitId: f.pilotUnitId, date: f.city.today }),
      ids: (data) => (data['unitPresence'] as { entries: Array<{ official: { id: string } }> }).entries.map((e) => e.official.id),
      sql: {
        text: `SELECT o.id, o.full_name, p.id AS position_id, p.name AS position_name,
                      CASE WHEN ab.kind IS NOT NULL THEN 'AWAY' WHEN e.id IS NOT NULL THEN 'HOME' ELSE 'OFFICE' END AS status, ab.kind AS absence_kind
                 FROM app_user o LEFT JOIN position p ON p.id = o.position_id
                 LEFT JOIN enrollment e ON e.official_id = o.id AND e.status = 'APPROVED' AND $2::date BETWEEN e.start_date AND e.end_date
                                       AND extract(isodow FROM $2::date)::int = ANY(e.weekdays)
                 LEFT JOIN LATERAL (SELECT a.kind FROM absence a WHERE a.official_id = o.id AND a.cancelled_at IS NULL AND $2::date BETWEEN a.start_date AND a.end_date LIMIT 1) ab ON true
                WHERE o.unit_id = $1 AND o.active ORDER BY o.full_name, o.id`,
        params: [f.pilotUnitId, f.city.today],
      },
    },
    {
      name: 'notifications',
      what: "the bell (unread count, last 10), the head's",
      who: ids.unit60HeadEmail,
      document: gql.MyNotificationsDocument,
      variables: (first) => ({ first }),
      pages: [10, 3],
      ids: edgeIds('notifications'),
      sql: {
        text: `SELECT n.*, (SELECT count(*) FROM notification c WHERE c.recipient_id = $1 AND c.read_at IS NULL) AS unread
                 FROM notification n WHERE n.recipient_id = $1 ORDER BY n.created_at DESC, n.id DESC LIMIT 11`,
        params: [ids.unit60HeadId],
      },
    },
  ];
  if (f.periodId)
    ops.push({
      name: 'evalboard',
      what: 'evaluation period board (unit of 60, with records)',
      who: ids.unit60HeadEmail,
      document: gql.BoardEvaluationsDocument,
      variables: () => ({ periodId: f.periodId, unitId: ids.unit60Id }),
      ids: edgeIds('evaluations'),
      sql: {
        text: `SELECT e.*, o.full_name,
                      (SELECT json_agg(x ORDER BY x.deadline_date, x.assignment_id) FROM evaluation_fact x WHERE x.evaluation_id = e.id) AS facts
                 FROM evaluation e JOIN app_user o ON o.id = e.official_id
                WHERE e.period_id = $1 AND e.unit_id = $2 ORDER BY e.period_id, e.official_id LIMIT 101`,
        params: [f.periodId, ids.unit60Id],
      },
    });
  return ops;
}

/** The socket of the embedded database the instance opened in `dir` (KETQUA_DATA_DIR/embedded.json). */
function embeddedUrl(dir: string): string {
  const marker = JSON.parse(readFileSync(resolve(dir, 'embedded.json'), 'utf8')) as { port: number };
  return `postgres://postgres:postgres@127.0.0.1:${marker.port}/postgres`;
}

/** The demo's people in the generated city's terms: the head's unit stands for the unit of 60. */
async function demoCity(db: Client): Promise<City> {
  const person = async (email: string) => {
    const { rows } = await db.query<{ id: string; unit_id: string; agency_id: string }>(
      `SELECT u.id, u.unit_id, n.agency_id FROM app_user u JOIN unit n ON n.id = u.unit_id WHERE u.email = $1`,
      [email],
    );
    if (!rows.length) throw new Error(`the demo has no ${email}: did the instance seed it?`);
    return rows[0];
  };
  const [head, official] = [await person(DEMO.head), await person(DEMO.official)];
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  return {
    today,
    password: DEMO_LOGINS.password,
    ids: {
      agencyId: head.agency_id,
      unit60Id: head.unit_id,
      unit60HeadId: head.id,
      unit60HeadEmail: DEMO.head,
      unit60OfficialId: official.id,
      unit60OfficialEmail: DEMO.official,
      hrEmail: DEMO.hr,
      adminEmail: DEMO.admin,
    },
  };
}

async function fixture(db: Client, city: City): Promise<Fixture> {
  // The pilot unit with the most enrollments, and its head.
  const pilot = await db.query<{ unit_id: string; email: string }>(
    `SELECT pu.unit_id, h.email FROM pilot_unit pu JOIN unit u ON u.id = pu.unit_id JOIN app_user h ON h.id = u.head_id
      ORDER BY (SELECT count(*) FROM enrollment e WHERE e.unit_id = pu.unit_id) DESC, pu.unit_id LIMIT 1`,
  );
  if (!pilot.rows.length) throw new Error('no pilot unit: is DATABASE_URL a generated city (npm run generate:city)?');
  // A family and middle name many share: a search with a full page of answers.
  const family = await db.query<{ w: string }>(
    `SELECT split_part(full_name, ' ', 1) || ' ' || split_part(full_name, ' ', 2) AS w FROM app_user GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
  );
  // The bench's own period (bench:evaluation-board) on a city; on the demo its latest period of the unit.
  const period = await db.query<{ id: string }>(
    `SELECT p.id FROM evaluation_period p
      WHERE (p.name LIKE '[bench-board]%' OR $2) AND EXISTS (SELECT 1 FROM evaluation e WHERE e.period_id = p.id AND e.unit_id = $1)
      ORDER BY p.name LIKE '[bench-board]%' DESC, p.starts_on DESC LIMIT 1`,
    [city.ids.unit60Id, flag('embedded')],
  );
  return { city, pilotUnitId: pilot.rows[0].unit_id, pilotHeadEmail: pilot.rows[0].email, search: family.rows[0].w, periodId: period.rows[0]?.id ?? null };
}

// ---------------------------------------------------------------------------------------------
// Sending

interface Answer {
  status: number;
  body: { data?: Record<string, unknown>; errors?: unknown[] };
}

async function post(url: string, body: unknown, token?: string): Promise<Answer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

interface Level {
  clients: number;
  requests: number;
  errors: number;
  firstError?: string;
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
}

/** `clients` loops, each sending one request after the other for `seconds`, round-robin over the instances. */
async function load(urls: string[], body: unknown, token: string, clients: number, seconds: number): Promise<Level> {
  const times: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const url = urls[next++ % urls.length];
        const t0 = performance.now();
        try {
          const res = await post(url, body, token);
          if (res.status !== 200 || res.body.errors) {
            errors++;
            firstError ??= `HTTP ${res.status} ${JSON.stringify(res.body.errors ?? '').slice(0, 300)}`;
          }
        } catch (error) {
          errors++;
          firstError ??= error instanceof Error ? error.message : String(error);
        }
        times.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    clients,
    requests: times.length,
    errors,
    firstError,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    perSecond: times.length / elapsed,
  };
}

/** Samples the instances' RSS every 250 ms while `work` runs; the maximum. */
async function maxRss<T>(instances: Instance[], work: () => Promise<T>): Promise<{ result: T; rss: number }> {
  let rss = 0;
  let running = true;
  const sampler = (async () => {
    while (running) {
      for (const i of instances) rss = Math.max(rss, (await i.stats()).rss);
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  try {
    return { result: await work(), rss };
  } finally {
    running = false;
    await sampler;
  }
}

async function statementsPerRequest(instance: Instance, body: unknown, token: string, times = 5): Promise<number> {
  const before = (await instance.stats()).statements;
  for (let i = 0; i < times; i++) await post(instance.url, body, token);
  return ((await instance.stats()).statements - before) / times;
}

async function sqlTimes(db: Client, sql: { text: string; params: unknown[] }, times: number): Promise<{ p50: number; rows: Array<Record<string, unknown>> }> {
  let rows: Array<Record<string, unknown>> = [];
  const t: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    rows = (await db.query(sql.text, sql.params)).rows;
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return { p50: percentile(t, 50), rows };
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  if (process.env['NODE_ENV'] === 'production') throw new Error('the bench refuses to run when NODE_ENV=production');
  const embeddedDir = arg('embedded', '');
  if (embeddedDir) delete process.env['DATABASE_URL']; // the instance opens (and seeds) the embedded database itself
  const url = process.env['DATABASE_URL'];
  if (!url && !embeddedDir) throw new Error('bench:load needs DATABASE_URL (the generated city: npm run generate:city) or --embedded <data dir> (the demo)');
  const levels = arg('clients', '1,10,50').split(',').map(Number);
  const seconds = Number(arg('seconds', '8'));
  const only = arg('only', '').split(',').filter(Boolean);
  const env = {
    NODE_ENV: 'development',
    JWT_SECRET: randomBytes(48).toString('base64'), // shared by every instance, as in production
    SEED_DEMO: 'false',
    DASHBOARD_DIR: '',
    LOG_LEVEL: 'warn',
    ...(url ? { DATABASE_URL: url } : { KETQUA_DATA_DIR: resolve(embeddedDir), SEED_DEMO: 'true', BENCH_PREPARE: 'true' }),
    DATABASE_POOL_SIZE: arg('pool', process.env['DATABASE_POOL_SIZE'] ?? '10'),
    LOGIN_RATE_LIMIT_PER_ACCOUNT: '1000',
  };

  // The embedded database is reachable once its instance has opened it (and seeded the demo).
  const a = await startInstance('A', { ...env, JOBS_ENABLED: 'false' });
  const db = new Client({ connectionString: url ?? embeddedUrl(embeddedDir) });
  // The embedded database goes away with its instance, which stops before this client is ended.
  if (embeddedDir) db.on('error', () => undefined);
  await db.connect();
  const city = url ? (JSON.parse(readFileSync(resolve(arg('city', 'tmp/city.json')), 'utf8')) as City) : await demoCity(db);
  const f = await fixture(db, city);
  const ops = operations(f).filter((o) => !only.length || only.includes(o.name));
  const [{ n: assignments }] = (await db.query<{ n: string }>(`SELECT count(*) AS n FROM assignment`)).rows;
  const [{ n: officials }] = (await db.query<{ n: string }>(`SELECT count(*) AS n FROM app_user`)).rows;
  say(`city: ${officials} officials, ${assignments} assignments; pool ${env.DATABASE_POOL_SIZE} per instance; ${seconds} s per level; load average ${loadAverage()}`);
  if (!f.periodId) say('evalboard skipped: run npm run bench:evaluation-board once first (it writes the period board this bench reads)');

  const tokens = new Map<string, string>();
  try {
    for (const email of new Set(ops.map((o) => o.who))) tokens.set(email, await benchSignIn(a.url, email, city.password));
    const bodies = new Map(ops.map((o) => [o.name, { query: print(o.document), variables: o.variables(o.pages?.[0] ?? 0) }]));

    // Warm-up and the same result by SQL.
    say('');
    say('| operation | rows | GraphQL p50 (1 client) | SQL p50 | GraphQL ÷ SQL | same rows | SQL statements per request |');
    say('|---|---|---|---|---|---|---|');
    const single = new Map<string, Level>();
    for (const op of ops) {
      const token = tokens.get(op.who) as string;
      const body = bodies.get(op.name);
      const first = await post(a.url, body, token);
      if (first.body.errors || !first.body.data) throw new Error(`${op.name}: ${JSON.stringify(first.body.errors)}`);
      const gqlIds = op.ids(first.body.data);
      for (let i = 0; i < 5; i++) await post(a.url, body, token);
      const level = await load([a.url], body, token, 1, Math.min(seconds, 5));
      single.set(op.name, level);
      const sql = await sqlTimes(db, op.sql, Math.min(level.requests, 100));
      const sqlIds = sql.rows.map((r) => String(r['id'])).slice(0, gqlIds.length);
      const same = sameSet(gqlIds, sqlIds) ? 'yes' : `no (${gqlIds.length} vs ${sql.rows.length})`;
      let statements = `${ms(await statementsPerRequest(a, body, token))}`;
      if (op.pages) {
        const small = await statementsPerRequest(a, { query: print(op.document), variables: op.variables(op.pages[1]) }, token);
        statements = `${statements} (first ${op.pages[0]}) / ${ms(small)} (first ${op.pages[1]})`;
      }
      say(`| ${op.name}: ${op.what} | ${gqlIds.length} | ${ms(level.p50)} ms | ${ms(sql.p50)} ms | ${(level.p50 / sql.p50).toFixed(1)} | ${same} | ${statements} |`);
    }

    const idle = await a.stats();
    say('');
    say(`API RSS at idle (after sign-in and warm-up): ${mb(idle.rss)} (heap ${mb(idle.heapUsed)})`);
    say('');
    say('| operation | clients | requests | req/s | p50 ms | p95 ms | p99 ms | errors |');
    say('|---|---|---|---|---|---|---|---|');
    let peak = idle.rss;
    for (const op of ops) {
      for (const clients of levels) {
        const level =
          clients === 1 && single.has(op.name)
            ? (single.get(op.name) as Level)
            : await maxRss([a], () => load([a.url], bodies.get(op.name), tokens.get(op.who) as string, clients, seconds)).then(({ result, rss }) => {
                peak = Math.max(peak, rss);
                return result;
              });
        say(
          `| ${op.name} | ${clients} | ${level.requests} | ${level.perSecond.toFixed(1)} | ${ms(level.p50)} | ${ms(level.p95)} | ${ms(level.p99)} | ${level.errors}${level.firstError ? ` (${level.firstError})` : ''} |`,
        );
      }
    }
    say('');
    say(`API RSS under load (max, sampled every 250 ms): ${mb(peak)}; load average ${loadAverage()}`);
    await a.stop();

    if (flag('two-instances') && url) await twoInstances(env, ops, bodies, city, db, Math.max(...levels), seconds);
  } finally {
    await a.stop();
    await db.end();
  }
}

/** Two instances with jobs on, round-robin: no errors, and each job ran once (on one of them). */
async function twoInstances(env: Record<string, string>, ops: Operation[], bodies: Map<string, unknown>, city: City, db: Client, clients: number, seconds: number): Promise<void> {
  say('');
  say(`## Two API instances on one PostgreSQL, round-robin, background jobs on in both (${clients} clients, ${seconds} s per operation)`);
  const since = (await db.query<{ now: Date }>(`SELECT now() AS now`)).rows[0].now;
  const instances = await Promise.all(['A', 'B'].map((n) => startInstance(n, { ...env, JOBS_ENABLED: 'true' })));
  try {
    const urls = instances.map((i) => i.url);
    const tokens = new Map<string, string>();
    // Signed in on A, used on both: sessions live in the database, the instances share the JWT secret.
    for (const email of new Set(ops.map((o) => o.who))) tokens.set(email, await benchSignIn(urls[0], email, city.password));
    say('');
    say('| operation | requests | p50 ms | p95 ms | errors |');
    say('|---|---|---|---|---|');
    let errors = 0;
    for (const op of ops) {
      const level = await load(urls, bodies.get(op.name), tokens.get(op.who) as string, clients, seconds);
      errors += level.errors;
      say(`| ${op.name} | ${level.requests} | ${ms(level.p50)} | ${ms(level.p95)} | ${level.errors}${level.firstError ? ` (${level.firstError})` : ''} |`);
    }
    // Wait past at least one minute boundary after both started: the every-minute spot-check sweep's cron fires once per minute for the whole cluster.
    const wait = Number(arg('jobs-wait', '75'));
    say('');
    say(`requests with errors: ${errors}; waiting ${wait} s so the cron jobs fire with both instances up…`);
    await new Promise((r) => setTimeout(r, wait * 1000));
    const [sa, sb] = await Promise.all(instances.map((i) => i.stats()));
    const jobs = await db.query<{ name: string; jobs: string; completed: string }>(
      `SELECT name, count(*) AS jobs, count(*) FILTER (WHERE state = 'completed') AS completed
         FROM (SELECT name, state FROM pgboss.job WHERE created_on >= $1 UNION ALL SELECT name, state FROM pgboss.archive WHERE created_on >= $1) j
        WHERE name NOT LIKE '\\_\\_pgboss%' GROUP BY name ORDER BY name`,
      [since],
    );
    say('');
    say('| job (queue) | jobs created since start | completed | runs on A | runs on B | each ran once |');
    say('|---|---|---|---|---|---|');
    for (const j of jobs.rows) {
      const runs = (sa.jobRuns[j.name] ?? 0) + (sb.jobRuns[j.name] ?? 0);
      say(`| ${j.name} | ${j.jobs} | ${j.completed} | ${sa.jobRuns[j.name] ?? 0} | ${sb.jobRuns[j.name] ?? 0} | ${runs === Number(j.completed) ? 'yes' : `no: ${runs} runs`} |`);
    }
    const draws = await db.query<{ draws: string; keys: string }>(`SELECT count(*) AS draws, count(DISTINCT (unit_id, date)) AS keys FROM spot_check_draw WHERE drawn_at >= $1`, [
      since,
    ]);
    say('');
    say(`spot-check draws written while both were up: ${draws.rows[0].draws} for ${draws.rows[0].keys} (unit, day) pairs`);
    say(`RSS: A ${mb(sa.rss)}, B ${mb(sb.rss)}; load average ${loadAverage()}`);
  } finally {
    await Promise.all(instances.map((i) => i.stop()));
  }
}

function sameSet(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const s = new Set(b);
  return a.every((x) => s.has(x));
}

function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'n/a';
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
