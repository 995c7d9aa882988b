import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DemoSeeder } from '@ketqua/api/demo';
import { createTestApp, TestApp } from '@ketqua/api/testing';
import { P, PilotWorld } from './pilot-fixtures';

type Node = { id: string; status: string; weekdays: number[]; official: { email: string }; capCheck: { ok: boolean; violations: Array<{ kind: string; weekday: number }> } };
type PilotView = {
  id: string;
  name: string;
  phase: string;
  maxHomeSharePercent: number;
  units: Array<{ code: string }>;
  positions: Array<{ position: { code: string }; eligible: boolean; reasons: string[] }>;
};

const WEEK = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'];

/**
 * The demo city's running pilot (issue 6), as `npm start` seeds it: a demo on any working day has
 * someone of Phòng Công chức viên chức at home (so a draw to show), every enrollment within the
 * caps, the one-stop desk shown as not eligible, the 2026 calendar loaded.
 */
describe('pilot demo data', () => {
  let t: TestApp;
  let w: PilotWorld;
  let dataDir: string;
  let pilot: PilotView;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ketqua-pilot-demo-'));
    t = await createTestApp({ seedDemo: 'full', env: { KETQUA_DATA_DIR: dataDir } });
    w = await new PilotWorld(t).init();
    const list = await w.ok<{ pilots: { edges: Array<{ node: { id: string } }> } }>('hr', P.pilots);
    expect(list.pilots.edges).toHaveLength(1);
    const query = `query($id: ID!) { pilot(id: $id) { id name phase maxHomeSharePercent units { code } positions { position { code } eligible reasons } } }`;
    pilot = (await w.ok<{ pilot: PilotView }>('hr', query, { id: list.pilots.edges[0].node.id })).pilot;
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs for Phòng Công chức viên chức, Phòng Cải cách hành chính and the one-stop desk, whose position is not eligible', () => {
    expect(pilot.phase).toBe('RUNNING');
    expect(pilot.units.map((u) => u.code).sort()).toEqual(['BPMC', 'CCHC', 'CCVC']);
    const byCode = Object.fromEntries(pilot.positions.map((p) => [p.position.code, p]));
    expect(byCode['CV-CCVC']).toMatchObject({ eligible: true, reasons: [] });
    expect(byCode['CV-CCHC']).toMatchObject({ eligible: true, reasons: [] });
    expect(byCode['MC']).toMatchObject({ eligible: false, reasons: ['HANDLES_ADMINISTRATIVE_PROCEDURES', 'RECEIVES_CITIZENS'] });
  });

  it('has approved enrollments within the caps for several officials, official@ among them, and one request the cap refuses', async () => {
    const query = `query($filter: EnrollmentFilter) { enrollments(filter: $filter, first: 50) { edges { node { id status weekdays official { email } capCheck { ok violations { kind weekday } } } } } }`;
    const all = (await w.ok<{ enrollments: { edges: Array<{ node: Node }> } }>('hr', query, { filter: { pilotId: pilot.id } })).enrollments.edges.map((e) => e.node);
    const approved = all.filter((e) => e.status === 'APPROVED');
    expect(approved.length).toBeGreaterThanOrEqual(4);
    expect(approved.map((e) => e.official.email)).toContain('official@demo.ketqua.vn');
    for (const e of approved) expect([e.official.email, e.capCheck.ok]).toEqual([e.official.email, true]);
    const pending = all.filter((e) => e.status === 'PENDING');
    expect(pending.map((e) => [e.official.email, e.capCheck.violations])).toEqual([['ho.thi.diem.my@demo.ketqua.vn', [{ kind: 'HOME_SHARE_CAP', weekday: 1 }]]]);

    // The official reads it as their own request, with the commitment they accepted.
    const mine = await w.ok<{ enrollments: { edges: Array<{ node: Node }> } }>('official', query, {});
    expect(mine.enrollments.edges.map((e) => e.node.status)).toEqual(['APPROVED']);
    const commitment = (await w.ok<{ currentCommitmentText: { version: number; body: string } }>('official', P.commitment)).currentCommitmentText;
    expect(commitment.body).toContain('Tôi tự nguyện đăng ký làm việc tại nhà');
  });

  it('has someone of Phòng Công chức viên chức at home on every weekday, within the 30% cap of both units', async () => {
    for (const date of WEEK) {
      const ccvc = (await w.ok<{ unitPresence: { homeCount: number; total: number } }>('head', P.presence, { unitId: w.unitOf['CCVC'], date })).unitPresence;
      expect([date, ccvc.homeCount >= 1, ccvc.homeCount <= Math.floor(0.3 * ccvc.total)]).toEqual([date, true, true]);
      const cchc = (await w.ok<{ unitPresence: { homeCount: number; total: number } }>('hr', P.presence, { unitId: w.unitOf['CCHC'], date })).unitPresence;
      expect([date, cchc.homeCount <= Math.floor(0.3 * cchc.total)]).toEqual([date, true]);
    }
    const days = await Promise.all(WEEK.map(async (date) => (await w.ok<{ myPresence: { status: string } }>('official', P.myPresence, { date })).myPresence.status));
    expect(days.filter((s) => s === 'HOME')).toHaveLength(2);
  });

  it('has revealed draws of the last working days of Phòng Công chức viên chức for an inspector to verify', async () => {
    const rows: Array<{ date: string; revealed: boolean; k: number }> = await t.dataSource.query(
      `SELECT date::text, revealed_at IS NOT NULL AS revealed, k FROM spot_check_draw WHERE unit_id = $1 AND date < $2 ORDER BY date`,
      [w.unitOf['CCVC'], t.clock.today()],
    );
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.revealed && r.k >= 1)).toBe(true);
  });

  it('has the 2026 working calendar loaded, Tết 14–22/02 included', async () => {
    const year = (await w.ok<{ workingCalendar: { source: string; entries: Array<{ date: string; document: string }> } }>('official', P.calendar, { year: 2026 })).workingCalendar;
    expect(year.source).toBe('LOADED');
    expect(year.entries.map((e) => e.date)).toEqual(expect.arrayContaining(['2026-02-16', '2026-02-20', '2026-04-30', '2026-09-02']));
    expect(year.entries.every((e) => e.document.length > 0)).toBe(true);
  });

  it('seeding again adds nothing', async () => {
    const counts = async () =>
      (await t.dataSource.query(`SELECT (SELECT count(*) FROM pilot)::int AS p, (SELECT count(*) FROM enrollment)::int AS e, (SELECT count(*) FROM calendar_day)::int AS c`))[0];
    const before = await counts();
    await t.app.get(DemoSeeder).seedIfEmpty({ features: true });
    expect(await counts()).toEqual(before);
  });
});
