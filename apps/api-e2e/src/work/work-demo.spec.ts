import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DemoSeeder } from '@ketqua/api/demo';
import { createTestApp, TestApp } from '@ketqua/api/testing';
import { AssignmentView, download, ok, Q, signIn } from './work-fixtures';

type Board = { assignments: { totalCount: number; edges: Array<{ node: { id: string; title: string; status: string; isOverdue: boolean; assignee: { email: string } } }> } };

/** The demo data makes "Việc của tôi", the team board and the review queue alive on `npm start`. */
describe('work demo data', () => {
  let t: TestApp;
  let dataDir: string;
  let token: Record<string, string>;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ketqua-demo-'));
    t = await createTestApp({ seedDemo: 'full', env: { KETQUA_DATA_DIR: dataDir } });
    ({ token } = await signIn(t));
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('official@ has work in every state, some overdue, one awaiting review with a downloadable draft', async () => {
    const [y, m] = t.clock.today().split('-').map(Number);
    const from = `${Math.floor((y * 12 + m - 4) / 12)}-${String(((y * 12 + m - 4) % 12) + 1).padStart(2, '0')}-01`;
    // From the first of the three months before this one: the pilot history's accepted work (issue 12) comes earlier, oldest deadline first.
    const mine = ok(await t.gql<Board>(Q.list, { filter: { mine: true, dueFrom: from }, first: 100 }, { token: token['official'] })).assignments.edges.map((e) => e.node);
    expect(new Set(mine.map((a) => a.status))).toEqual(new Set(['ASSIGNED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'ACCEPTED']));
    expect(mine.some((a) => a.isOverdue)).toBe(true);
    const submitted = mine.find((a) => a.status === 'SUBMITTED')!;
    const full = ok(await t.gql<{ assignment: AssignmentView }>(Q.get, { id: submitted.id }, { token: token['head'] })).assignment;
    const file = full.deliverables[0].files[0];
    const got = await download(t, token['head'], file.url);
    expect(got.status).toBe(200);
    expect(got.body.toString('utf8')).toContain('Dự thảo lần 1');
  });

  it('head@ sees a review queue and overdue work across the team', async () => {
    const queue = ok(await t.gql<Board>(Q.list, { filter: { statuses: ['SUBMITTED'] } }, { token: token['head'] })).assignments;
    expect(queue.totalCount).toBeGreaterThanOrEqual(2);
    const overdue = ok(await t.gql<Board>(Q.list, { filter: { overdue: true } }, { token: token['head'] })).assignments;
    expect(new Set(overdue.edges.map((e) => e.node.assignee.email)).size).toBeGreaterThanOrEqual(2);
  });

  it('seeding again adds nothing', async () => {
    const before = (await t.dataSource.query('SELECT count(*)::int AS n FROM assignment'))[0].n;
    await t.app.get(DemoSeeder).seedIfEmpty({ features: true });
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM assignment'))[0].n).toBe(before);
  });
});
