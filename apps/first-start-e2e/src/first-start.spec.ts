import { DEMO_LOGINS, DEMO_TOTP_SECRETS } from '@ketqua/api/demo';
import { generateSync } from 'otplib';
import {
  AssignmentsDocument,
  BoardEvaluationsDocument,
  CompleteSignInDocument,
  EvaluationPeriodsDocument,
  HomeWorkDocument,
  LoginDocument,
  PilotsDocument,
  SpotCheckDrawDocument,
  UnitOverviewDocument,
  UnitPresenceDocument,
  type LoginMutation,
} from '@ketqua/dashboard/data-access/operations';
import { addDays, coreHourInstants, createWorkingCalendar, isoWeekday, toLocalDate } from '@ketqua/domain';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { checkLedger, postGraphQL, runLedgerWriters, startChildEmbeddedDatabase, type LedgerRun } from '@ketqua/api/testing';
import { ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

/**
 * What a newcomer gets from `npm install && npm start` on a clean clone: the production entry
 * point (dist/apps/api/main.js, built by this project's global setup as `npm run build` does) on a
 * fresh embedded database (no DATABASE_URL), spoken to over HTTP with the dashboard's own
 * operations. The first start must show the whole demo the README describes, not only the city.
 * Last, while it runs and takes writes, `npm run backup` and `npm run restore` into a new directory.
 */

const root = resolve(__dirname, '../../..');
const main = join(root, 'dist/apps/api/main.js');
type User = LoginMutation['login']['user'];

let server: ChildProcess;
let output = '';
let dataDir: string;
let base: string;
const sessions = new Map<string, { token: string; user: User }>();

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/**
 * The dashboard's own documents, sent as the dashboard sends them: the session as cookies (`token` is
 * the Cookie header a browser would send), the X-Ketqua-Session header and the page's Origin.
 */
async function post<R, V>(
  document: TypedDocumentNode<R, V>,
  variables: V,
  token?: string,
): Promise<{ status: number; setCookies: string[]; data?: R; errors?: Array<{ extensions?: Record<string, unknown> }> }> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-ketqua-session': 'cookie', origin: base, ...(token ? { cookie: token } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return { status: res.status, setCookies: res.headers.getSetCookie(), ...((await res.json()) as { data?: R; errors?: Array<{ extensions?: Record<string, unknown> }> }) };
}

async function gql<R, V>(document: TypedDocumentNode<R, V>, variables: V, token?: string): Promise<R> {
  const body = await post(document, variables, token);
  if (!body.data || body.errors?.length) throw new Error(`${body.status}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** What the browser would keep of a sign-in: name=value of each httpOnly cookie (the refresh one is scoped to /graphql, where all of these go). */
function cookieOf(email: string, setCookies: string[]): string {
  const cookie = setCookies.map((c) => c.split(';')[0]).join('; ');
  if (!/ketqua_access=/.test(cookie)) throw new Error(`sign-in of ${email} set no session cookie: ${JSON.stringify(setCookies)}`);
  return cookie;
}

/** As a newcomer does: the password, then for hr@ and admin@ the code of the printed secret (what `npm run demo:totp` shows). */
async function signIn(email: string): Promise<{ token: string; user: User }> {
  const first = await post(LoginDocument, { input: { email, password: DEMO_LOGINS.password } });
  if (first.data) return { token: cookieOf(email, first.setCookies), user: first.data.login.user };
  const challenge = first.errors?.[0]?.extensions?.['challengeToken'];
  if (first.errors?.[0]?.extensions?.['reason'] !== 'SECOND_FACTOR_REQUIRED' || typeof challenge !== 'string') throw new Error(`${email}: ${JSON.stringify(first.errors)}`);
  const code = generateSync({ secret: DEMO_TOTP_SECRETS[email], epoch: Math.floor(Date.now() / 1000) });
  const second = await post(CompleteSignInDocument, { input: { challengeToken: challenge, code } });
  if (!second.data) throw new Error(`${email}: ${JSON.stringify(second.errors)}`);
  return { token: cookieOf(email, second.setCookies), user: second.data.completeSignIn.user };
}

function session(email: string): { token: string; user: User } {
  const found = sessions.get(email);
  if (!found) throw new Error(`${email} did not sign in`);
  return found;
}

async function waitUntilReady(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`main.js exited with ${server.exitCode}:\n${output.slice(-4000)}`);
    try {
      if ((await fetch(`${base}/health`)).ok && output.includes('Demo logins')) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`main.js was not ready in time:\n${output.slice(-4000)}`);
}

beforeAll(async () => {
  if (!existsSync(main)) throw new Error(`${main} is missing: the global setup builds it`);
  dataDir = mkdtempSync(join(tmpdir(), 'ketqua-first-start-'));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // npm start's environment: development defaults, the embedded database, jobs on.
  const env: NodeJS.ProcessEnv = { ...process.env, KETQUA_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' };
  for (const key of ['DATABASE_URL', 'NODE_ENV', 'JWT_SECRET', 'SEED_DEMO', 'JOBS_ENABLED', 'DASHBOARD_DIR', 'LOG_LEVEL', 'LOG_FORMAT', 'EMBEDDED_DB_PORT']) delete env[key];
  server = spawn(process.execPath, [main], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout?.on('data', (d) => (output += d));
  server.stderr?.on('data', (d) => (output += d));
  await waitUntilReady(Date.now() + 150_000);
  for (const { email } of DEMO_LOGINS.accounts) sessions.set(email, await signIn(email));
}, 170_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    const killed = setTimeout(() => server.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(killed);
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 30_000);

const today = () => toLocalDate(new Date());

it('starts on the embedded database of KETQUA_DATA_DIR and prints the five demo logins, each of which signs in', () => {
  expect(output).toContain(`the embedded PostgreSQL in ${dataDir}`);
  expect(DEMO_LOGINS.accounts).toHaveLength(5);
  for (const { email, role } of DEMO_LOGINS.accounts) {
    expect(output).toContain(email);
    expect(session(email).user.role).toBe(role);
  }
  // hr@ and admin@ need a second factor: their known secrets and otpauth:// URLs are printed beside the logins.
  for (const [email, secret] of Object.entries(DEMO_TOTP_SECRETS)) {
    expect(output).toContain(secret);
    expect(output).toContain(`otpauth://totp/Ketqua:${encodeURIComponent(email)}?`);
  }
  expect(output).toContain('npm run demo:totp -- <email>');
});

it('serves the dashboard at /', async () => {
  const res = await fetch(`${base}/`, { headers: { accept: 'text/html' } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/text\/html/);
  expect(await res.text()).toMatch(/<div id="root">/);
});

it('gives official@ open assignments with deadlines ahead and a home day this week', async () => {
  const { token } = session('official@demo.ketqua.vn');
  const { assignments } = await gql(AssignmentsDocument, { filter: { mine: true, statuses: ['ASSIGNED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED'] }, first: 50 }, token);
  const due = assignments.edges.map((e) => e.node).filter((a) => !a.isOverdue);
  expect(due.length).toBeGreaterThan(0);

  const home = await gql(HomeWorkDocument, {}, token);
  const monday = addDays(today(), 1 - isoWeekday(today()));
  const week = [0, 1, 2, 3, 4].map((n) => addDays(monday, n));
  const calendar = createWorkingCalendar();
  const homeDays = home.enrollments.edges
    .map((e) => e.node)
    .filter((e) => e.status === 'APPROVED')
    .flatMap((e) => week.filter((d) => e.startDate <= d && d <= e.endDate && e.weekdays.includes(isoWeekday(d)) && calendar.isWorkingDay(d)));
  // A week of holidays (Tết) has no home day to show; every other week has one.
  if (week.some((d) => calendar.isWorkingDay(d))) expect(homeDays.length).toBeGreaterThan(0);
  expect(home.pilots.edges.length).toBe(1);
});

it("shows head@ the review queue and today's presence of the unit", async () => {
  const { token, user } = session('head@demo.ketqua.vn');
  const { assignments } = await gql(AssignmentsDocument, { filter: { statuses: ['SUBMITTED'] }, first: 50 }, token);
  expect(assignments.totalCount).toBeGreaterThan(0);

  const { unitPresence } = await gql(UnitPresenceDocument, { unitId: user.unitId, date: today() }, token);
  expect(unitPresence.date).toBe(today());
  expect(unitPresence.entries.length).toBeGreaterThan(1);
  // The demo has someone of the unit at home on every weekday of the pilot.
  if (unitPresence.workingDay) expect(unitPresence.homeCount).toBeGreaterThan(0);

  // The head's landing page, Tổng quan đơn vị, says the same: the queue of the unit and its subtree, who is home.
  const { unitOverview } = await gql(UnitOverviewDocument, {}, token);
  expect(unitOverview.unitId).toBe(user.unitId);
  expect(unitOverview.reviewQueue).toBe(assignments.totalCount);
  expect(unitOverview.today.workingDay).toBe(unitPresence.workingDay);
  if (unitPresence.workingDay) expect(unitOverview.today.home).toBeGreaterThanOrEqual(unitPresence.homeCount);
  expect(unitOverview.trend).toHaveLength(6);
});

it("shows head@ today's spot-check draw of the unit: committed, seed not yet revealed (on a working day, during core hours)", async () => {
  const { token, user } = session('head@demo.ketqua.vn');
  const { pilots } = await gql(PilotsDocument, {}, token);
  const pilot = pilots.edges.map((e) => e.node).find((p) => p.unitIds.includes(user.unitId));
  expect(pilot).toBeDefined();
  const date = today();
  const windows = coreHourInstants(date, pilot?.coreHours ?? []);
  const draws = new Date(windows[0].start.getTime() - 60 * 60_000); // an hour before core hours
  const lastChance = new Date(windows[windows.length - 1].end.getTime() - 30 * 60_000); // room left to prompt
  const now = new Date();
  if (!createWorkingCalendar().isWorkingDay(date) || now < draws || now > lastChance) {
    console.log(`first-start: ${date} ${now.toISOString()} is outside a working day's draw time; today's draw not checked`);
    return;
  }
  // The catch-up sweep draws the day once the job queue has started, a moment after listening.
  let draw = null;
  for (let i = 0; i < 60 && !draw; i++) {
    draw = (await gql(SpotCheckDrawDocument, { unitId: user.unitId, date }, token)).spotCheckDraw;
    if (!draw) await new Promise((r) => setTimeout(r, 1000));
  }
  expect(draw).not.toBeNull();
  expect(draw?.commitment).toMatch(/^[0-9a-f]{64}$/);
  expect(draw?.seed ?? null).toBeNull();
  expect(draw?.revealedAt ?? null).toBeNull();
});

it('shows hr@ the running pilot with its units', async () => {
  const { token } = session('hr@demo.ketqua.vn');
  const { pilots } = await gql(PilotsDocument, {}, token);
  expect(pilots.edges).toHaveLength(1);
  expect(pilots.edges[0].node.phase).toBe('RUNNING');
  expect(pilots.edges[0].node.units.length).toBeGreaterThanOrEqual(3);
});

it("shows hr@ the pilot cohorts' history: CLOSED MONTH periods from 07/2025, published for both cohorts, the home cohort rising in the pilot months", async () => {
  const { token } = session('hr@demo.ketqua.vn');
  const { pilots } = await gql(PilotsDocument, {}, token);
  const pilot = pilots.edges[0].node;
  const { evaluationPeriods } = await gql(EvaluationPeriodsDocument, {}, token);
  // The demo's calendar: six baseline months before the pilot (01/01/2026), then every pilot month before the evaluation demo's three.
  const [y, m] = today().split('-').map(Number);
  const firstOfDemo = `${Math.floor((y * 12 + m - 4) / 12)}-${String(((y * 12 + m - 4) % 12) + 1).padStart(2, '0')}-01`;
  const history = evaluationPeriods.edges
    .map((e) => e.node)
    .filter((p) => p.kind === 'MONTH' && p.startsOn >= '2025-07-01' && p.startsOn < firstOfDemo)
    .sort((a, b) => (a.startsOn < b.startsOn ? -1 : 1));
  expect(history[0].startsOn).toBe('2025-07-01');
  expect(history.filter((p) => p.startsOn < pilot.startDate)).toHaveLength(6);
  expect(history.filter((p) => p.startsOn >= pilot.startDate).length).toBeGreaterThanOrEqual(8);
  expect(history.every((p) => p.status === 'CLOSED')).toBe(true);

  // Every published evaluation of the pilot's units, by official: home days in the pilot months tell the home cohort.
  type Row = { month: string; official: string; taskGroup: string; status: string; score: number | null; homeDays: number; pilot: boolean };
  const rows: Row[] = [];
  for (const period of history) {
    for (const unitId of pilot.unitIds) {
      const { evaluations } = await gql(BoardEvaluationsDocument, { periodId: period.id, unitId }, token);
      for (const { node } of evaluations.edges) {
        rows.push({
          month: period.startsOn,
          official: node.official.id,
          taskGroup: node.taskGroup,
          status: node.status,
          score: node.record?.score ?? null,
          homeDays: node.disciplineEvidence?.homeDays ?? 0,
          pilot: period.startsOn >= pilot.startDate,
        });
      }
    }
  }
  const home = new Set(rows.filter((r) => r.pilot && r.homeDays > 0).map((r) => r.official));
  const groups = new Set(rows.filter((r) => home.has(r.official)).map((r) => r.taskGroup));
  const cohortRows = rows.filter((r) => groups.has(r.taskGroup));
  expect(cohortRows.every((r) => r.status === 'PUBLISHED' && r.score !== null)).toBe(true);
  expect(home.size).toBeGreaterThan(0);
  expect(cohortRows.some((r) => !home.has(r.official))).toBe(true);
  // Both cohorts have published evaluations in each month.
  for (const period of history) {
    const month = cohortRows.filter((r) => r.month === period.startsOn);
    expect([month.some((r) => home.has(r.official)), month.some((r) => !home.has(r.official))]).toEqual([true, true]);
  }
  const mean = (list: Row[]) => list.reduce((s, r) => s + (r.score ?? 0), 0) / list.length;
  const cell = (isHome: boolean, pilotPhase: boolean) => cohortRows.filter((r) => home.has(r.official) === isHome && r.pilot === pilotPhase);
  for (const c of [cell(true, true), cell(true, false), cell(false, true), cell(false, false)]) expect(c.length).toBeGreaterThan(0);
  const did = mean(cell(true, true)) - mean(cell(true, false)) - (mean(cell(false, true)) - mean(cell(false, false)));
  // The planted effect (≈ +3.9 points for the home cohort in the pilot months), visible as a raw difference of means.
  expect(did).toBeGreaterThan(2.5);
});

it('backs up the embedded database while Ketqua runs and takes writes: the restored copy verifies and holds every write acknowledged before the backup, none after it', async () => {
  const run = promisify(execFile);
  const work = mkdtempSync(join(tmpdir(), 'ketqua-online-backup-'));
  // As an operator runs them beside npm start: the embedded database of KETQUA_DATA_DIR.
  const cliEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'error', JWT_SECRET: 'x'.repeat(40) };
  delete cliEnv['DATABASE_URL'];
  const cli = async (script: string, args: string[], dir: string, databaseUrl?: string) =>
    (
      await run(process.execPath, ['-r', '@swc-node/register', join(root, script), ...args], {
        cwd: root,
        env: { ...cliEnv, KETQUA_DATA_DIR: dir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
      })
    ).stdout;
  try {
    const bearer = async (email: string) =>
      (
        await postGraphQL<{ login: { accessToken: string } }>(base, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
          input: { email, password: DEMO_LOGINS.password },
        })
      ).data!.login.accessToken;
    const [officialToken, headToken] = [await bearer('official@demo.ketqua.vn'), await bearer('head@demo.ketqua.vn')];
    const tag = `backup${Date.now()}`;
    // Two writers (work logs as official@, assignments as head@) from before the backup until after it.
    let turns = 0;
    let stop = false;
    let writing!: () => void;
    const written = new Promise<void>((r) => (writing = r));
    const writers: Promise<LedgerRun> = runLedgerWriters(
      { apiUrl: base, officialToken, headToken, officialId: session('official@demo.ketqua.vn').user.id },
      {
        clients: 2,
        tag,
        until: () => {
          if (++turns === 12) writing();
          return stop;
        },
      },
    );
    await written;
    const archive = join(work, 'ketqua.tar');
    const began = Date.now();
    const backup = await cli('tools/db/backup.ts', ['--out', archive], dataDir);
    const ended = Date.now();
    // A few more writes after the backup's answer: none of them may be in it.
    turns = 0;
    const after = new Promise<void>((r) => (writing = r));
    await after;
    stop = true;
    const ledger = await writers;
    expect(backup).toMatch(/backup written: .*embedded database, \d+ tables, \d+ rows.*taken from the running Ketqua \(pid \d+\), whose queries waited \d+ ms/);
    expect(server.exitCode).toBeNull();

    const restoredDir = join(work, 'restored');
    expect(await cli('tools/db/restore.ts', [archive], restoredDir)).toMatch(/rows as in the backup.*the generated key/);
    // The key Ketqua generated came along: HR's and ADMIN's authenticators stay readable on the copy.
    expect(readFileSync(join(restoredDir, 'jwt-secret'), 'utf8')).toBe(readFileSync(join(dataDir, 'jwt-secret'), 'utf8'));

    const before = ledger.acknowledged.filter((w) => w.at < began);
    const later = ledger.acknowledged.filter((w) => w.at > ended);
    expect(before.length).toBeGreaterThan(0);
    expect(ledger.acknowledged.filter((w) => w.at >= began && w.at <= ended).length).toBeGreaterThan(0); // Ketqua kept answering writes meanwhile
    expect(later.length).toBeGreaterThan(0);
    // The restored directory opened once for both checks (each open of PGlite costs seconds).
    const copy = await startChildEmbeddedDatabase({ dataDir: join(restoredDir, 'pgdata') });
    try {
      expect(await cli('tools/audit/verify.ts', [], restoredDir, copy.url)).toMatch(/audit chain OK/);
      const inCopy = await checkLedger(copy.url, { ...ledger, acknowledged: before }, tag);
      expect({ lost: inCopy.lost, duplicated: inCopy.duplicated }).toEqual({ lost: [], duplicated: [] });
      // The copy is of one instant: what was acknowledged after the backup answered is not in it.
      expect((await checkLedger(copy.url, { ...ledger, acknowledged: later }, tag)).lost).toHaveLength(later.length);
    } finally {
      await copy.stop();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}, 120_000);
