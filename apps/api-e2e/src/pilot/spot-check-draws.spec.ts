import { Logger, LoggerService } from '@nestjs/common';
import { createTestApp, errorCode, httpRequest, TestApp } from '@ketqua/api/testing';
import { commitmentOf, verifyDraw } from '@ketqua/domain';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { at, MONDAY, OTHER_HEAD, P, SpotCheckWorld } from './spot-check-fixtures';

type DrawView = {
  id: string;
  algorithm: string;
  commitment: string;
  seed: string | null;
  revealedAt: string | null;
  roster: string[];
  rosterHash: string;
  k: number;
  json: string;
  parameters: { sampleRateBasisPoints: number; answerWindowMinutes: number; coreHours: Array<{ start: string; end: string }> };
  picks: Array<{ order: number; officialId: string; promptAt: string; answerBy: string; promptLocalTime: string; rosterIndex: number }> | null;
  rosterMembers: Array<{ id: string; fullName: string }>;
};
type PresenceView = { unitPresence: { entries: Array<{ status: string; official: { email: string } }> } };

const ROOT = join(__dirname, '../../../..');

/** `npm run spot-check:verify -- <file>` as an inspector runs it, outside the server. */
function verifyCli(record: unknown): { status: number | null; out: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'ketqua-draw-')), 'draw.json');
  writeFileSync(file, typeof record === 'string' ? record : JSON.stringify(record, null, 2));
  const run = spawnSync('npm', ['run', '--silent', 'spot-check:verify', '--', file], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'test' } });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

/**
 * The daily draw (PRODUCT.md 4.6, docs/SPOT-CHECKS.md): made before core hours from a fresh seed,
 * its commitment public at once, the seed hidden from every role until after core hours, then
 * published so that anyone recomputes the same picks; only officials at home are ever drawn.
 * The pilot samples 100% here, so the picks show exactly who could be drawn.
 */
describe('spot-check draws', () => {
  let t: TestApp;
  let w: SpotCheckWorld;
  /** Every line the server logs, at every level (the tests run with errors only otherwise). */
  const logged: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    w = await new SpotCheckWorld(t).build({ sampleRatePercent: 100 });
    const capture = (...parts: unknown[]) => void logged.push(parts.map((p) => (typeof p === 'string' ? p : JSON.stringify(p))).join(' '));
    const logger: LoggerService = { log: capture, error: capture, warn: capture, debug: capture, verbose: capture, fatal: capture };
    Logger.overrideLogger(logger);
    Logger.overrideLogger(['log', 'error', 'warn', 'debug', 'verbose', 'fatal']);
  });
  afterAll(() => t.close());

  const drawAs = async (who: string, date = MONDAY, unitId = w.ccvc) => w.gql<{ spotCheckDraw: DrawView | null }>(who, P.draw, { unitId, date });

  describe('Monday 02/03', () => {
    it('nothing is drawn before 07:00; at 07:00 one draw for the unit with officials at home, none for units with nobody at home', async () => {
      expect((await w.sweepAt(at(MONDAY, '06:59'))).drawn).toBe(0);
      expect((await drawAs('head')).data?.spotCheckDraw).toBeNull();
      expect((await w.sweepAt(at(MONDAY, '07:00'))).drawn).toBe(1);
      expect((await w.sweepAt(at(MONDAY, '07:01'))).drawn).toBe(0);

      const draw = (await drawAs('head')).data?.spotCheckDraw as DrawView;
      expect(draw).toMatchObject({ algorithm: 'ketqua/spot-check/v1', seed: null, revealedAt: null, picks: null, k: 2 });
      expect(draw.commitment).toMatch(/^[0-9a-f]{64}$/);
      expect(draw.roster).toEqual(w.homeIds(1));
      expect(draw.rosterMembers.map((m) => m.fullName).sort()).toEqual(['Lê Thị Hồng Nhung', 'Trần Thị Mai Anh']);
      expect(draw.parameters).toEqual({
        sampleRateBasisPoints: 10000,
        answerWindowMinutes: 15,
        coreHours: [
          { start: '08:00', end: '11:30' },
          { start: '13:00', end: '17:00' },
        ],
      });
      // Nobody is at home in Phòng Cải cách hành chính or at the one-stop desk: no draw there.
      expect((await drawAs('inspector', MONDAY, w.unitOf['CCHC'])).data?.spotCheckDraw).toBeNull();
      expect((await drawAs('inspector', MONDAY, w.unitOf['BPMC'])).data?.spotCheckDraw).toBeNull();
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM spot_check_draw`)).toEqual([{ n: 1 }]);
      const [audit] = await w.auditOf('pilot.spot_check.drawn');
      expect(audit.data).toMatchObject({ commitment: draw.commitment, rosterSize: 2, k: 2 });
    });

    it('before the reveal no role gets the seed or the picks: not from the draw, its JSON, the check lists, the notifications, the audit trail or the log', async () => {
      const row = await w.drawRow(MONDAY);
      const seed = row?.seedHex as string;
      expect(commitmentOf(seed)).toBe(row?.commitment);
      const bodies: string[] = [];
      const prompts = (await w.checksOn(MONDAY)).map((c) => c.promptAt);
      // The prompts go out at their times meanwhile: the checks become visible one by one, the seed never.
      for (const instant of [at(MONDAY, '07:00'), ...prompts, at(MONDAY, '17:00')]) {
        await w.sweepAt(instant);
        for (const who of ['admin', 'hr', 'head', 'inspector', 'official', 'tran.thi.mai.anh']) {
          const res = await drawAs(who);
          const draw = res.data?.spotCheckDraw as DrawView;
          expect([who, draw.seed, draw.picks, draw.revealedAt]).toEqual([who, null, null, null]);
          expect(JSON.parse(draw.json)).toMatchObject({ seed: null, picks: null, commitment: row?.commitment });
          bodies.push(JSON.stringify(res));
        }
        for (const who of ['admin', 'hr', 'head', 'inspector']) bodies.push(JSON.stringify(await w.gql(who, P.checks, {})));
        for (const who of ['official', 'tran.thi.mai.anh']) bodies.push(JSON.stringify(await w.gql(who, P.mine)));
        bodies.push(JSON.stringify(await w.gql('official', `{ notifications(first: 50) { edges { node { title { vi } body { vi } data } } } }`)));
      }
      expect((await w.checksOn(MONDAY)).map((c) => c.status)).toEqual(['PROMPTED', 'PROMPTED']);
      expect(bodies.filter((b) => b.includes(seed))).toEqual([]);
      // The log says a draw was made, with its commitment, and never the seed.
      expect(logged.filter((l) => l.includes(row?.commitment as string))).toHaveLength(1);
      expect(logged.filter((l) => l.includes(seed))).toEqual([]);
      const leaks = await t.dataSource.query(`SELECT action FROM audit_event WHERE data::text LIKE '%' || $1 || '%'`, [seed]);
      expect(leaks).toEqual([]);
      // An official of the unit who was not on the roster (in the office that day) may not look at it.
      expect(errorCode(await drawAs('bui.quoc.bao'))).toBe('FORBIDDEN');
    });

    it('after core hours the seed is published; recomputing from it in libs/domain gives the stored picks and checks', async () => {
      await w.sweepAt(at(MONDAY, '17:01'));
      const row = (await w.drawRow(MONDAY)) as DrawRow;
      const draw = (await drawAs('inspector')).data?.spotCheckDraw as DrawView;
      expect(draw.seed).toBe(row.seedHex);
      expect(draw.revealedAt).toBe(at(MONDAY, '17:01').toISOString());
      expect(commitmentOf(draw.seed as string)).toBe(draw.commitment);

      const record = JSON.parse(draw.json);
      const verification = verifyDraw(record, record.seed);
      expect(verification.mismatches).toEqual([]);
      const recomputed = verification.recomputed?.picks.map((p) => ({ officialId: p.officialId, promptAt: p.promptAt, answerBy: p.answerBy }));
      expect(draw.picks?.map((p) => ({ officialId: p.officialId, promptAt: p.promptAt, answerBy: p.answerBy }))).toEqual(recomputed);
      // The checks the officials got are those picks, at those times.
      const checks = (await w.checksOn(MONDAY)).sort((a, b) => a.pickOrder - b.pickOrder);
      expect(checks.map((c) => ({ officialId: c.officialId, promptAt: c.promptAt.toISOString() }))).toEqual(
        recomputed?.map((p) => ({ officialId: p.officialId, promptAt: p.promptAt })),
      );
      for (const who of ['admin', 'hr', 'head', 'official', 'tran.thi.mai.anh']) expect((await drawAs(who)).data?.spotCheckDraw?.seed).toBe(row.seedHex);
      const [revealed] = await w.auditOf('pilot.spot_check.revealed');
      expect(revealed.data).toMatchObject({ seed: row.seedHex });
    });
  });

  describe('npm run spot-check:verify on the downloaded JSON', () => {
    let record: Record<string, unknown> & { seed: string; picks: Array<Record<string, unknown>> };

    beforeAll(async () => {
      record = JSON.parse(((await drawAs('inspector')).data?.spotCheckDraw as DrawView).json);
    });

    it('accepts the true file', () => {
      const run = verifyCli(record);
      expect(run.out).toContain('OK (khớp)');
      expect(run.status).toBe(0);
    });

    it('rejects a changed seed, naming the commitment', () => {
      const seed = record.seed.replace(/^./, (c) => (c === '0' ? '1' : '0'));
      const run = verifyCli({ ...record, seed });
      expect(run.status).toBe(1);
      expect(run.out).toContain('không khớp');
      expect(run.out).toMatch(/^ {2}commitment: recomputed "[0-9a-f]{64}", published "[0-9a-f]{64}"$/m);
    });

    it('rejects a changed pick, naming it', () => {
      const picks = record.picks.map((p, i) => (i === 0 ? { ...p, officialId: w.idOf['bui.quoc.bao'] } : p));
      const run = verifyCli({ ...record, picks });
      expect(run.status).toBe(1);
      expect(run.out).toContain(`picks[0].officialId: recomputed "${record.picks[0]['officialId']}", published "${w.idOf['bui.quoc.bao']}"`);
      const later = record.picks.map((p, i) => (i === 1 ? { ...p, promptAt: '2026-03-02T09:59:00.000Z' } : p));
      expect(verifyCli({ ...record, picks: later }).out).toContain('picks[1].promptAt');
    });

    it('refuses a draw not revealed yet and a file that is no draw, without claiming a match', () => {
      const early = verifyCli({ ...record, seed: null, picks: null });
      expect(early.status).toBe(2);
      expect(early.out).toContain('not revealed yet');
      expect(verifyCli('{"hello": 1}').status).toBe(2);
    });
  });

  describe('who can be drawn', () => {
    it('over a week only officials at home are drawn: never one in the office or away on a recorded absence', async () => {
      // Mai Anh is away on Thursday 05/03 (a business trip recorded by the head): only Huy is at home.
      await w.ok('head', P.recordAbsence, {
        input: { officialId: w.idOf['tran.thi.mai.anh'], kind: 'BUSINESS_TRIP', startDate: '2026-03-05', endDate: '2026-03-05', note: 'Công tác Hà Nội' },
      });
      const week = [
        ['2026-03-03', 2],
        ['2026-03-04', 3],
        ['2026-03-05', 4],
        ['2026-03-06', 5],
      ] as const;
      for (const [date, weekday] of week) {
        await w.runDay(date);
        const expected = w.homeIds(weekday, date === '2026-03-05' ? ['tran.thi.mai.anh'] : []);
        const draw = (await drawAs('inspector', date)).data?.spotCheckDraw as DrawView;
        expect([date, draw.roster]).toEqual([date, expected]);
        expect([date, draw.picks?.map((p) => p.officialId).sort()]).toEqual([date, expected]);
        // The head's "Hôm nay" board agrees: everyone drawn was HOME that day, everyone else OFFICE or AWAY.
        const presence = (await w.ok<PresenceView>('head', P.presence, { unitId: w.ccvc, date })).unitPresence.entries;
        const home = presence
          .filter((e) => e.status === 'HOME')
          .map((e) => w.idOf[e.official.email.split('@')[0]])
          .sort();
        expect([date, home]).toEqual([date, expected]);
      }
    });

    it('an absence recorded after the draw cancels that official’s prompt (ABSENT): nobody is checked while away; the frozen roster stays as drawn', async () => {
      const friday = '2026-03-13';
      await w.sweepAt(at(friday, '07:00'));
      t.clock.setNow(at(friday, '07:30'));
      await w.ok('head', P.recordAbsence, { input: { officialId: w.idOf['ly.gia.huy'], kind: 'SICK', startDate: friday, endDate: friday } });
      const checks = await w.runDay(friday);
      expect(checks.map((c) => [w.nameOf(c.officialId), c.status, c.outcome]).sort()).toEqual([
        ['dang.thi.phuong.thao', 'CLOSED', 'MISSED'],
        ['ly.gia.huy', 'CANCELLED', null],
      ]);
      const [row] = await t.dataSource.query(`SELECT id, cancel_reason FROM spot_check WHERE date = $1 AND official_id = $2`, [friday, w.idOf['ly.gia.huy']]);
      expect(row.cancel_reason).toBe('ABSENT');
      expect(await t.dataSource.query(`SELECT 1 FROM notification WHERE data->>'spotCheckId' = $1`, [row.id])).toEqual([]);
      expect((await w.drawRow(friday))?.roster).toEqual(w.homeIds(5));
    });

    it('no draw on a public holiday or a weekend, although enrollments cover the weekday', async () => {
      for (const date of ['2026-04-30', '2026-05-01', '2026-03-07', '2026-03-08']) {
        expect([date, (await w.sweepAt(at(date, '07:30'))).drawn]).toEqual([date, 0]);
        expect([date, (await drawAs('inspector', date)).data?.spotCheckDraw]).toEqual([date, null]);
      }
      // The next working day draws again.
      expect((await w.sweepAt(at('2026-05-04', '07:00'))).drawn).toBe(1);
    });

    it('an official in the office that day and the head of another unit cannot see the unit’s draw', async () => {
      expect(errorCode(await drawAs(OTHER_HEAD))).toBe('FORBIDDEN');
      expect(errorCode(await drawAs('ly.gia.huy'))).toBe('FORBIDDEN');
    });
  });

  it('the draw, its downloadable JSON included, answers nobody without a token', async () => {
    const res = await httpRequest(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: P.draw, variables: { unitId: w.ccvc, date: MONDAY } }),
    });
    expect(JSON.parse(res.body).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

type DrawRow = NonNullable<Awaited<ReturnType<SpotCheckWorld['drawRow']>>>;
