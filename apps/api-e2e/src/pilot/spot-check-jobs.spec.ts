import { SpotCheckScheduler, SpotCheckService } from '@ketqua/api/pilot';
import { createTestApp, openSubscription, TestApp, testDatabaseIsEmbedded, testDatabaseUrl } from '@ketqua/api/testing';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { at, CheckRow, P, SpotCheckWorld } from './spot-check-fixtures';

const ROOT = join(__dirname, '../../../..');
const PROMPTED = `subscription { spotCheckPrompted { id officialId status manual } }`;
const TUESDAY = '2026-03-03';
const WEDNESDAY = '2026-03-04';
const THURSDAY = '2026-03-05';

/** Polls until `probe` returns something truthy (jobs run on the queue's own time). */
async function until<T>(what: string, probe: () => Promise<T>, timeoutMs = 20_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** `npm run demo:spot-check -- <email>` as a developer runs it next to a running server. */
function demoCli(email: string, env: Record<string, string>) {
  return spawnSync('npm', ['run', '--silent', 'demo:spot-check', '--', email], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: testDatabaseUrl(), JWT_SECRET: 'cli-test-secret-that-is-long-enough-0000', LOG_LEVEL: 'error', ...env },
  });
}

/**
 * The spot checks' background side (PRODUCT.md 4.6, docs/SPOT-CHECKS.md "Operations"): jobs on the
 * PostgreSQL queue, exactly once per unit and day however many API instances run, catching up after
 * a restart; and the manual demo check. Default pilot rules: 10%, so one of the two at home a day.
 */
describe('spot-check jobs', () => {
  let a: TestApp;
  let w: SpotCheckWorld;
  const extra: TestApp[] = [];
  const start = async (options: Parameters<typeof createTestApp>[0]) => {
    const app = await createTestApp({ keepData: true, ...options });
    extra.push(app);
    return app;
  };
  const stop = async (app: TestApp) => {
    extra.splice(extra.indexOf(app), 1);
    await app.close();
  };
  const count = async (sql: string, params: unknown[] = []) => ((await a.dataSource.query(sql, params)) as Array<{ n: number }>)[0].n;

  beforeAll(async () => {
    a = await createTestApp();
    w = await new SpotCheckWorld(a).build();
  });
  afterAll(async () => {
    for (const app of extra) await app.close();
    await a.close();
  });

  // First: passport keeps one strategy per name in the process, so once another instance of this
  // test has started and stopped, signing in to `a` would go through the stopped instance's.
  describe('npm run demo:spot-check', () => {
    it('is refused when NODE_ENV=production, creating nothing', async () => {
      const run = demoCli('official@demo.ketqua.vn', { NODE_ENV: 'production' });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain('refuses to run when NODE_ENV=production');
      expect(await count(`SELECT count(*)::int AS n FROM spot_check WHERE manual`)).toBe(0);
    });

    it('prompts the official at once, live, as a manual test check that no statistic counts', async () => {
      expect(await count(`SELECT count(*)::int AS n FROM spot_check WHERE manual`)).toBe(0);
      // The real clock for this test: the CLI has no other.
      a.clock.setNow(null);
      const sub = await openSubscription<{ id: string; manual: boolean; status: string }>(a.url, await w.login('official'), PROMPTED);
      const other = await openSubscription<{ id: string }>(a.url, await w.login('tran.thi.mai.anh'), PROMPTED);
      if (testDatabaseIsEmbedded()) {
        // The embedded database's NOTIFY never leaves its single session, so next to an embedded server
        // the CLI only queues the check and the server's minute sweep sends it: that server side here.
        await a.app.get(SpotCheckService).createManual('official@demo.ketqua.vn', false);
        await a.app.get(SpotCheckScheduler).sweep();
      } else {
        const run = demoCli('official@demo.ketqua.vn', { NODE_ENV: 'development' });
        expect(run.stderr).toBe('');
        expect(run.stdout).toMatch(/^manual spot check [0-9a-f-]{36} sent to official@demo\.ketqua\.vn/);
        expect(run.status).toBe(0);
      }
      const prompt = await sub.next(10_000);
      expect(prompt).toMatchObject({ status: 'PROMPTED', manual: true });
      expect(other.events).toEqual([]);
      const answered = (await w.ok<{ answerSpotCheck: { outcome: string } }>('official', P.answer, { input: { id: prompt.id, note: 'Kiểm tra thử khi trình diễn' } }))
        .answerSpotCheck;
      expect(answered.outcome).toBe('ON_TIME');
      // The unit's results leave it out unless asked for; flags never count it.
      const listed = async (filter: Record<string, unknown>) =>
        (await w.ok<{ spotChecks: { edges: Array<{ node: { id: string; manual: boolean } }> } }>('head', P.checks, { filter })).spotChecks.edges.map((e) => e.node);
      expect((await listed({})).some((c) => c.id === prompt.id)).toBe(false);
      expect((await listed({ includeManual: true })).find((c) => c.id === prompt.id)).toEqual(expect.objectContaining({ manual: true }));
      expect(demoCli('nobody@demo.ketqua.vn', { NODE_ENV: 'development' }).status).toBe(1);
      await sub.close();
      await other.close();
    });
  });

  it('two API instances on one database sweeping at once make one draw per unit and day and send each prompt once', async () => {
    const b = await start({});
    const monday = at('2026-03-02', '07:00');
    a.clock.setNow(monday);
    b.clock.setNow(monday);
    const sweepers = [a, b, a, b, a, b].map((app) => app.app.get(SpotCheckScheduler));
    const reports = await Promise.all(sweepers.map((s) => s.sweep()));
    expect(reports.reduce((sum, r) => sum + r.drawn, 0)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM spot_check_draw WHERE date = '2026-03-02'`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM spot_check WHERE date = '2026-03-02'`)).toBe(1);
    expect(await w.auditOf('pilot.spot_check.drawn')).toHaveLength(1);

    // The picked official listens on instance B; the prompt may be sent by either.
    const [check] = await w.checksOn('2026-03-02');
    const who = w.nameOf(check.officialId);
    const other = who === 'official' ? 'tran.thi.mai.anh' : 'official';
    const picked = await openSubscription<{ id: string }>(b.url, await w.login(who), PROMPTED);
    const notPicked = await openSubscription<{ id: string }>(a.url, await w.login(other), PROMPTED);
    a.clock.setNow(check.promptAt);
    b.clock.setNow(check.promptAt);
    const prompts = await Promise.all(sweepers.map((s) => s.sweep()));
    expect(prompts.reduce((sum, r) => sum + r.prompted, 0)).toBe(1);
    expect((await picked.next()).id).toBe(check.id);
    expect(await picked.quietFor(500)).toEqual([]);
    expect(notPicked.events).toEqual([]);
    expect(await count(`SELECT count(*)::int AS n FROM notification WHERE kind = 'SPOT_CHECK_PROMPTED' AND data->>'spotCheckId' = $1`, [check.id])).toBe(1);
    expect(await w.auditOf('pilot.spot_check.prompted')).toHaveLength(2); // this one and the demo's manual check
    await picked.close();
    await notPicked.close();
    await stop(b);
  });

  it('on the queue: two instances started with jobs at 07:00 each sweep at start; one draw, its prompt job delayed to the prompt time on the Clock', async () => {
    const now = at(TUESDAY, '07:00');
    // Started together, as after a deployment (their queues race to set up: see JobQueue).
    const started = await Promise.allSettled([start({ now, env: { JOBS_ENABLED: 'true' } }), start({ now, env: { JOBS_ENABLED: 'true' } })]);
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    const [b, c] = started.map((s) => (s as PromiseFulfilledResult<TestApp>).value);
    const sweeps = () => count(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'pilot.spot-checks.sweep' AND state = 'completed'`);
    await until('both start-up sweeps', async () => (await sweeps()) >= 2);
    expect(await count(`SELECT count(*)::int AS n FROM spot_check_draw WHERE date = $1`, [TUESDAY])).toBe(1);
    const [check] = await w.checksOn(TUESDAY);
    expect(check.status).toBe('SCHEDULED');
    // pg-boss waits the Clock's distance to the prompt time (the queue's own clock is not the Clock).
    const [job] = await a.dataSource.query(
      `SELECT extract(epoch FROM start_after - created_on)::int AS delay FROM pgboss.job WHERE name = 'pilot.spot-check.prompt' AND data->>'spotCheckId' = $1`,
      [check.id],
    );
    expect(Math.abs(job.delay - (check.promptAt.getTime() - now.getTime()) / 1000)).toBeLessThanOrEqual(2);
    await Promise.all([stop(b), stop(c)]);
  });

  it('a server started at 10:00 draws that day from the remaining core hours and prompts what is left', async () => {
    const b = await start({ now: at(WEDNESDAY, '10:00'), env: { JOBS_ENABLED: 'true' } });
    const draw = await until('the catch-up draw', () => w.drawRow(WEDNESDAY));
    // The draw records the core hours it drew from, so it stays verifiable: from 10:01.
    expect(draw.parameters.coreHours).toEqual([
      { start: '10:01', end: '11:30' },
      { start: '13:00', end: '17:00' },
    ]);
    expect(draw.roster).toEqual(w.homeIds(3));
    const [check] = await w.checksOn(WEDNESDAY);
    expect(check.promptAt.getTime()).toBeGreaterThanOrEqual(at(WEDNESDAY, '10:01').getTime());
    expect(check.promptAt.getTime()).toBeLessThanOrEqual(at(WEDNESDAY, '16:45').getTime());
    const sub = await openSubscription<{ id: string }>(b.url, await w.login(w.nameOf(check.officialId)), PROMPTED);
    b.clock.setNow(check.promptAt);
    await b.app.get(SpotCheckScheduler).sweep();
    expect((await sub.next()).id).toBe(check.id);
    await sub.close();
    await stop(b);
  });

  it('after a restart, a prompt whose time passed while no server ran is cancelled NOT_PROMPTED (never sprung late), never counted MISSED', async () => {
    await a.app.get(SpotCheckScheduler).sweep(at(THURSDAY, '07:00'));
    const [check] = await w.checksOn(THURSDAY);
    // The server was down from before the prompt until three minutes after it.
    const restart = new Date(check.promptAt.getTime() + 3 * 60_000);
    const b = await start({ now: restart, env: { JOBS_ENABLED: 'true' } });
    const cancelled = await until('the catch-up sweep', async () => {
      const [row] = await b.dataSource.query(`SELECT status, cancel_reason AS "cancelReason" FROM spot_check WHERE id = $1`, [check.id]);
      return row.status === 'CANCELLED' ? row : null;
    });
    expect(cancelled).toEqual({ status: 'CANCELLED', cancelReason: 'NOT_PROMPTED' });
    // A cancelled check counts in no statistic: the head sees it with its reason, never as MISSED.
    b.clock.setNow(at(THURSDAY, '17:01'));
    await b.app.get(SpotCheckScheduler).sweep();
    const rows = (await w.checksOn(THURSDAY)) as CheckRow[];
    expect(rows.map((r) => [r.status, r.outcome])).toEqual([['CANCELLED', null]]);
    await stop(b);
  });
});
