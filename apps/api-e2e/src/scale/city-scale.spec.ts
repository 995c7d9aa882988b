import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OPEN_ASSIGNMENT_STATUSES } from '@ketqua/domain';
import { createTestApp, TestApp } from '@ketqua/api/testing';
import { Client } from 'pg';

/**
 * Issue 13 (city scale), part A: what the most opened pages cost in SQL, checked by what they send
 * (statements counted on pg's Client.query in this process, and EXPLAIN of the list queries) while
 * the answers stay what users see. Timings live in tools/bench (docs/PERFORMANCE.md), never here.
 */

// Every SQL text the API sends during `run`.
const sent: string[] = [];
let recording = false;
const clientQuery = Client.prototype.query;
beforeAll(() => {
  Client.prototype.query = function (this: Client, ...args: unknown[]) {
    if (recording) sent.push(typeof args[0] === 'string' ? args[0] : String((args[0] as { text?: string })?.text ?? ''));
    return (clientQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof Client.prototype.query;
});
afterAll(() => {
  Client.prototype.query = clientQuery;
});

async function recorded<T>(run: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
  sent.length = 0;
  recording = true;
  try {
    const result = await run();
    return { result, sql: [...sent] };
  } finally {
    recording = false;
  }
}

type Gql<T> = { data?: T | null; errors?: ReadonlyArray<{ message: string }> };
function ok<T>(res: Gql<T>): T {
  if (res.errors?.length || !res.data) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}

const ROW = `id title status deadline effectiveDeadline isOverdue workingDaysLeft assignee { id fullName } unit { id name }`;

describe('city scale: the SQL behind the most opened pages', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  let headId: string;
  let dataDir: string;

  beforeAll(async () => {
    // The full demo (as npm start): the head's board and queue, official@'s work, a pilot in three units.
    dataDir = mkdtempSync(join(tmpdir(), 'ketqua-scale-'));
    t = await createTestApp({ seedDemo: 'full', env: { KETQUA_DATA_DIR: dataDir } });
    for (const who of ['admin', 'hr', 'head', 'official']) token[who] = await t.login(`${who}@demo.ketqua.vn`);
    headId = (await t.dataSource.query(`SELECT id FROM app_user WHERE email = 'head@demo.ketqua.vn'`))[0].id;
  }, 240_000); // the full demo: slow on a busy machine
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const as = <T>(who: string, query: string, variables: Record<string, unknown> = {}) => t.gql<T>(query, variables, { token: token[who] });

  describe('totalCount is counted only when the client selects it', () => {
    type Page = { assignments: { totalCount?: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string } }> } };
    const page = (withCount: boolean) =>
      `query($first: Int, $after: String) { assignments(first: $first, after: $after) { ${withCount ? 'totalCount' : ''} pageInfo { hasNextPage endCursor } edges { node { id } } } }`;

    it('a page without totalCount runs no COUNT, with it exactly one more statement, and the count is every row over all pages', async () => {
      const without = await recorded(() => as<Page>('head', page(false), { first: 2 }));
      const withCount = await recorded(() => as<Page>('head', page(true), { first: 2 }));
      expect(without.sql.filter((s) => /count\(/i.test(s))).toEqual([]);
      expect(withCount.sql.filter((s) => /count\(/i.test(s))).toHaveLength(1);
      expect(withCount.sql.length).toBe(without.sql.length + 1);
      expect(ok(without.result).assignments.edges).toEqual(ok(withCount.result).assignments.edges);
      // Unchanged for the user: the count equals the rows of every page.
      let ids: string[] = [];
      let after: string | null = null;
      do {
        const p: Page = ok(await as<Page>('head', page(false), { first: 3, after }));
        ids = ids.concat(p.assignments.edges.map((e) => e.node.id));
        after = p.assignments.pageInfo.hasNextPage ? p.assignments.pageInfo.endCursor : null;
      } while (after);
      expect(ok(withCount.result).assignments.totalCount).toBe(ids.length);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('the bell (unread count and the latest notifications) counts only the unread, once', async () => {
      const bell = `query($first: Int!) { unreadNotificationCount notifications(first: $first) { edges { node { id readAt } } } }`;
      const { result, sql } = await recorded(() =>
        as<{ unreadNotificationCount: number; notifications: { edges: Array<{ node: { readAt: string | null } }> } }>('head', bell, { first: 50 }),
      );
      expect(sql.filter((s) => /count\(/i.test(s))).toHaveLength(1);
      const [{ unread }] = await t.dataSource.query(`SELECT count(*)::int AS unread FROM notification WHERE recipient_id = $1 AND read_at IS NULL`, [headId]);
      expect(ok(result).unreadNotificationCount).toBe(unread);
    });
  });

  describe('a list row computes only what it selects', () => {
    it('deadline fields read no deadline history or deliverables; scores read them once for the whole page', async () => {
      type Rows = { assignments: { edges: Array<{ node: { id: string; isOverdue: boolean; workingDaysLeft: number | null; effectiveDeadline: string; scores?: unknown } }> } };
      const rows = await recorded(() => as<Rows>('head', `{ assignments(first: 50) { edges { node { ${ROW} } } } }`));
      expect(ok(rows.result).assignments.edges.length).toBeGreaterThan(3);
      expect(rows.sql.filter((s) => /assignment_deadline|"deliverable"|FROM deliverable/i.test(s))).toEqual([]);
      const withScores = await recorded(() =>
        as<Rows>('head', `{ assignments(first: 50) { edges { node { ${ROW} scores { quantity quality progress } deadlines { deadline missed } } } } }`),
      );
      expect(withScores.sql.filter((s) => /assignment_deadline/i.test(s))).toHaveLength(1);
      expect(withScores.sql.filter((s) => /"deliverable"/i.test(s))).toHaveLength(1);
      // The same rows and the same deadline fields either way.
      const strip = (r: Rows) => r.assignments.edges.map(({ node: { scores: _s, ...rest } }) => ({ ...rest, deadlines: undefined }));
      expect(strip(ok(withScores.result))).toEqual(strip(ok(rows.result)));
    });

    it('the same page costs the same number of statements at 5 rows and at 50', async () => {
      const doc = `query($first: Int) { assignments(first: $first) { totalCount edges { node { ${ROW} assignedBy { fullName } catalogueItem { code } } } } }`;
      const small = await recorded(() => as('head', doc, { first: 5 }));
      const large = await recorded(() => as('head', doc, { first: 50 }));
      expect(large.sql.length).toBe(small.sql.length);
    });
  });

  describe('once per request', () => {
    it('the session lookup and the scope query run once for a document with several top-level fields', async () => {
      const doc = `{
        a: assignments(first: 5) { edges { node { id } } }
        b: assignments(first: 5, filter: { statuses: [SUBMITTED] }) { edges { node { id } } }
        c: officials(first: 5) { edges { node { id } } }
        me { id }
      }`;
      const { result, sql } = await recorded(() => as('head', doc));
      ok(result);
      expect(sql.filter((s) => /JOIN session s/i.test(s))).toHaveLength(1);
      expect(sql.filter((s) => /WITH RECURSIVE/i.test(s))).toHaveLength(1);
    });

    it('loaders never read password_hash (assignees, units, catalogue items of a page)', async () => {
      const { result, sql } = await recorded(() => as('head', `{ assignments(first: 50) { edges { node { ${ROW} assignedBy { fullName email } } } } }`));
      ok(result);
      expect(sql.some((s) => /app_user/i.test(s))).toBe(true);
      expect(sql.filter((s) => /password_hash/i.test(s))).toEqual([]);
    });
  });

  describe('the enrollments page', () => {
    it('checks the caps of a page spanning several units in the same statements as one unit', async () => {
      const doc = `query($filter: EnrollmentFilter) { enrollments(filter: $filter, first: 50) { edges { node { id unit { id } capCheck { ok homeDaysPerWeek } } } } }`;
      type Page = { enrollments: { edges: Array<{ node: { id: string; unit: { id: string }; capCheck: { ok: boolean } } }> } };
      const all = await recorded(() => as<Page>('admin', doc));
      const units = [...new Set(ok(all.result).enrollments.edges.map((e) => e.node.unit.id))];
      expect(units.length).toBeGreaterThan(1);
      const one = await recorded(() => as<Page>('admin', doc, { filter: { unitId: units[0] } }));
      expect(ok(one.result).enrollments.edges.length).toBeGreaterThan(0);
      expect(all.sql.length).toBe(one.sql.length);
      expect(all.sql.filter((s) => /password_hash/i.test(s))).toEqual([]);
      // Unchanged for the user: each enrollment's check is the same alone or in a page of many units.
      const alone = new Map(ok(one.result).enrollments.edges.map((e) => [e.node.id, e.node.capCheck]));
      for (const e of ok(all.result).enrollments.edges.filter((x) => alone.has(x.node.id))) expect(e.node.capCheck).toEqual(alone.get(e.node.id));
    });
  });

  describe('officials: search and import', () => {
    type Found = { officials: { edges: Array<{ node: { fullName: string } }> } };
    const search = `query($search: String) { officials(first: 50, filter: { search: $search }) { edges { node { fullName } } } }`;

    it('finds names with or without diacritics, as before', async () => {
      const plain = ok(await as<Found>('admin', search, { search: 'nguyen' })).officials.edges.map((e) => e.node.fullName);
      const accented = ok(await as<Found>('admin', search, { search: 'Nguyễn' })).officials.edges.map((e) => e.node.fullName);
      expect(plain.length).toBeGreaterThan(0);
      expect(accented).toEqual(plain);
      expect(plain.every((n) => /nguyễn/i.test(n))).toBe(true);
    });

    it('imports a file in the same statements whatever its length, and the accounts read back as given', async () => {
      const snv = (await t.dataSource.query(`SELECT id FROM agency WHERE code = 'SNV'`))[0].id;
      const IMPORT = `mutation($input: ImportOfficialsInput!) { importOfficials(input: $input) { created updated linesRead } }`;
      const csv = (prefix: string, n: number, name = 'Trần Thị Nhập') =>
        ['email,full_name,staff_category,unit_code,position_code,rank_code,role,is_leader']
          .concat(Array.from({ length: n }, (_, i) => `${prefix}.${i}@demo.ketqua.vn,${name} ${i},công chức,CCHC,,,,`))
          .join('\n');
      const three = await recorded(() => as('hr', IMPORT, { input: { agencyId: snv, csv: csv('scale.a', 3) } }));
      const thirty = await recorded(() => as('hr', IMPORT, { input: { agencyId: snv, csv: csv('scale.b', 30) } }));
      expect(ok(three.result)).toEqual({ importOfficials: { created: 3, updated: 0, linesRead: 3 } });
      expect(ok(thirty.result)).toEqual({ importOfficials: { created: 30, updated: 0, linesRead: 30 } });
      expect(thirty.sql.length).toBe(three.sql.length);
      // A second import of the same emails updates them (version moves on), again in the same statements.
      const again = await recorded(() => as('hr', IMPORT, { input: { agencyId: snv, csv: csv('scale.b', 30, 'Lê Văn Sửa') } }));
      expect(ok(again.result)).toEqual({ importOfficials: { created: 0, updated: 30, linesRead: 30 } });
      const rows: Array<{ full_name: string; search_text: string; version: number; must_change_password: boolean; password_hash: string | null; unit: string }> =
        await t.dataSource.query(
          `SELECT u.full_name, u.search_text, u.version, u.must_change_password, u.password_hash, un.code AS unit
           FROM app_user u JOIN unit un ON un.id = u.unit_id WHERE u.email LIKE 'scale.b.%' ORDER BY u.email`,
        );
      expect(rows).toHaveLength(30);
      expect(rows[0]).toMatchObject({
        full_name: 'Lê Văn Sửa 0',
        search_text: expect.stringContaining('le van sua 0'),
        version: 2,
        must_change_password: true,
        password_hash: null,
        unit: 'CCHC',
      });
      const found = ok(await as<Found>('hr', search, { search: 'le van sua 1' })).officials.edges.map((e) => e.node.fullName);
      expect(found).toEqual(expect.arrayContaining(['Lê Văn Sửa 1', 'Lê Văn Sửa 10']));
      const audit = await t.dataSource.query(`SELECT data FROM audit_event WHERE action = 'org.officials.imported' ORDER BY seq DESC LIMIT 1`);
      expect(audit[0].data).toMatchObject({ created: 0, updated: 30, lines: 30 });
      expect(audit[0].data.officialIds).toHaveLength(30);
    });
  });

  describe('the plans of the list queries (EXPLAIN, sequential scans off: a test database is small)', () => {
    const plan = async (sql: string, params: unknown[]) => {
      const runner = t.dataSource.createQueryRunner();
      try {
        await runner.query('SET enable_seqscan = off');
        const rows = (await runner.query(`EXPLAIN ${sql}`, params)) as Array<{ 'QUERY PLAN': string }>;
        return rows.map((r) => r['QUERY PLAN']).join('\n');
      } finally {
        await runner.query('RESET enable_seqscan');
        await runner.release();
      }
    };
    const scope = `(a.unit_id = ANY($1::uuid[]) OR a.assignee_id = $2 OR a.assigned_by_id = $2)`;
    const units = async () => (await t.dataSource.query(`SELECT id FROM unit WHERE head_id = $1`, [headId])).map((u: { id: string }) => u.id);

    it("the head's board: a BitmapOr over the three branches of the scope filter (assigned_by_id has its index)", async () => {
      const p = await plan(`SELECT a.* FROM assignment a WHERE ${scope} ORDER BY a.deadline, a.id LIMIT 51`, [await units(), headId]);
      expect(p).toContain('BitmapOr');
      expect(p).toContain('IDX_assignment_unit_deadline');
      expect(p).toContain('IDX_assignment_assigned_by_deadline');
    });

    it("the head's board as it opens (the open work): a BitmapOr of the partial indexes of open rows, whose predicate is the domain's open statuses", async () => {
      const statuses = OPEN_ASSIGNMENT_STATUSES.map((s) => `'${s}'`).join(', ');
      const p = await plan(`SELECT a.* FROM assignment a WHERE ${scope} AND a.status IN (${statuses}) ORDER BY a.deadline, a.id LIMIT 51`, [await units(), headId]);
      expect(p).toMatch(/IDX_assignment_open_(unit|assignee|assigned_by)_deadline/);
      expect(p).not.toMatch(/Seq Scan|"IDX_assignment_(unit|assignee|assigned_by)_deadline"/);
      const defs: Array<{ indexdef: string }> = await t.dataSource.query(`SELECT indexdef FROM pg_indexes WHERE indexname LIKE 'IDX_assignment_open_%'`);
      expect(defs).toHaveLength(3);
      for (const { indexdef } of defs) expect([...indexdef.matchAll(/'([A-Z_]+)'::text/g)].map((m) => m[1]).sort()).toEqual([...OPEN_ASSIGNMENT_STATUSES].sort());
    });

    it('the review queue: the partial indexes of submitted rows', async () => {
      const p = await plan(`SELECT a.* FROM assignment a WHERE ${scope} AND a.status IN ('SUBMITTED') ORDER BY a.deadline, a.id LIMIT 51`, [await units(), headId]);
      // On the big city it is a BitmapOr of the three (docs/PERFORMANCE.md); a test database's few
      // submitted rows may take one of them with a filter. Either way no other index and no scan of the table.
      expect(p).toMatch(/IDX_assignment_submitted_(unit|assignee|assigned_by)_deadline/);
      expect(p).not.toMatch(/Seq Scan|"IDX_assignment_(unit|assignee|assigned_by)_deadline"/);
    });

    it('"my work": an index scan in keyset order that stops at the page, no sort', async () => {
      const [{ id }] = await t.dataSource.query(`SELECT id FROM app_user WHERE email = 'official@demo.ketqua.vn'`);
      const p = await plan(
        `SELECT a.* FROM assignment a WHERE (a.assignee_id = $1 OR a.assigned_by_id = $1) AND a.assignee_id = $1 AND a.status IN ('ASSIGNED', 'IN_PROGRESS') ORDER BY a.deadline, a.id LIMIT 51`,
        [id],
      );
      expect(p).toMatch(/Index Scan using "IDX_assignment_(open_)?assignee_deadline"/);
      expect(p).not.toMatch(/Sort/);
      const next = await plan(`SELECT a.* FROM assignment a WHERE a.assignee_id = $1 AND (a.deadline, a.id) > ($2, $3) ORDER BY a.deadline, a.id LIMIT 51`, [id, new Date(), id]);
      expect(next).toMatch(/Index Cond: \(\(assignee_id = .*\) AND \(ROW\(deadline, id\) > ROW/);
    });

    it('the officials search: the trigram index', async () => {
      expect(await plan(`SELECT o.id FROM app_user o WHERE o.search_text LIKE $1`, ['%nguyen van%'])).toContain('IDX_app_user_search_trgm');
    });

    it("the bell's unread count: the partial index of unread notifications", async () => {
      expect(await plan(`SELECT count(*) FROM notification n WHERE n.recipient_id = $1 AND n.read_at IS NULL`, [headId])).toContain('IDX_notification_unread');
    });
  });
});
