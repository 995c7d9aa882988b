import { RetentionService } from '@ketqua/api/privacy';
import { createTestApp, errorCode, GqlResponse, TestApp } from '@ketqua/api/testing';
import { ANONYMISED_TEXT } from '@ketqua/domain';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { download } from '../evaluation/sheets-fixtures';

const EVALUATIONS = `query($first: Int) { evaluations(first: $first) { edges { node { id official { id } status record { score } } } } }`;
const SPOT_CHECKS = `query { spotChecks(first: 50) { edges { node { id official { id } outcome responseNote } } } }`;
const ACCESS = `id occurredAt viewerRole kind recordIds fieldGroups operation purpose viewer { id fullName } subject { id fullName }`;
const MINE = `query($after: String) { myDataAccesses(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${ACCESS} } } } }`;
const ALL = `query($filter: DataAccessFilter, $after: String) { dataAccesses(first: 200, filter: $filter, after: $after) { totalCount edges { node { ${ACCESS} } } } }`;
const SETTINGS = `query { retentionSettings { workLogDays spotCheckNoteDays fileDays version updatedById } }`;
const UPDATE = `mutation($input: UpdateRetentionSettingsInput!) { updateRetentionSettings(input: $input) { workLogDays spotCheckNoteDays fileDays version updatedById } }`;

interface Access {
  viewerRole: string;
  kind: string;
  recordIds: string[];
  fieldGroups: string[];
  operation: string;
  purpose: string | null;
  viewer: { id: string; fullName: string };
  subject: { id: string; fullName: string } | null;
}
type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: Access }> };

/**
 * Personal data (Decree 13/2023/NĐ-CP): reads of other people's evaluations and spot checks by HR,
 * inspectors and the administrator are logged in bulk and shown to the person; retention
 * anonymises and deletes after a pilot ends; a person downloads everything held about them.
 */
describe('personal data: access log, who viewed my data, retention, my data download', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  const id: Record<string, string> = {};
  const ok = <T>(res: GqlResponse<T>): T => {
    if (res.errors?.length || !res.data) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => t.dataSource.query(sql, params) as Promise<T[]>;
  const accessRows = async () => Number((await q<{ n: number }>(`SELECT count(*)::int AS n FROM personal_data_access`))[0].n);

  beforeAll(async () => {
    t = await createTestApp({ seedDemo: 'full', now: new Date('2026-12-01T09:00:00+07:00') });
    for (const who of ['admin', 'hr', 'head', 'official', 'inspector']) {
      token[who] = await t.login(`${who}@demo.ketqua.vn`);
      id[who] = (await q<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [`${who}@demo.ketqua.vn`]))[0].id;
    }
  }, 180_000);
  afterAll(() => t?.close());

  it('HR reading a page of 50 evaluations writes one row per person read, in one go, with the fields read; the purpose sent is kept', async () => {
    const before = await accessRows();
    const purpose = 'Rà soát kết quả thí điểm quý 4';
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token['hr']}`, 'x-ketqua-purpose': encodeURIComponent(purpose) },
      body: JSON.stringify({ query: EVALUATIONS, variables: { first: 50 } }),
    });
    const body = (await res.json()) as GqlResponse<{ evaluations: { edges: Array<{ node: { id: string; official: { id: string } } }> } }>;
    const nodes = ok(body).evaluations.edges.map((e) => ({ id: e.node.id, officialId: e.node.official.id }));
    expect(nodes.length).toBe(50);
    const people = new Set(nodes.map((n) => n.officialId).filter((o) => o !== id['hr']));
    const rows = await q<{ subject_id: string; record_ids: string[]; field_groups: string[]; purpose: string; operation: string; viewer_role: string; occurred_at: Date }>(
      `SELECT subject_id, record_ids, field_groups, purpose, operation, viewer_role, occurred_at FROM personal_data_access ORDER BY occurred_at DESC, id LIMIT 200`,
    );
    const mine = rows.slice(0, (await accessRows()) - before);
    expect(mine.length).toBe(people.size);
    expect(new Set(mine.map((r) => r.subject_id))).toEqual(people);
    // One INSERT: every row of the request has the same instant.
    expect(new Set(mine.map((r) => r.occurred_at.toISOString())).size).toBe(1);
    const first = nodes.find((n) => n.officialId !== id['hr']) as { id: string; officialId: string };
    const row = mine.find((r) => r.subject_id === first.officialId);
    expect(row).toMatchObject({ purpose, viewer_role: 'HR', operation: 'query evaluations' });
    expect(row?.record_ids).toContain(first.id);
    expect(row?.field_groups).toEqual(['official', 'record', 'status']);
  });

  it('the official reading their own evaluations, and the head reading the team’s, are not logged (only HR, inspectors, the administrator)', async () => {
    const before = await accessRows();
    ok(await t.gql(EVALUATIONS, { first: 20 }, { token: token['official'] }));
    ok(await t.gql(EVALUATIONS, { first: 20 }, { token: token['head'] }));
    expect(await accessRows()).toBe(before);
  });

  it('an inspector reading spot checks is logged as SPOT_CHECK, one row per official', async () => {
    const before = await accessRows();
    const nodes = ok(await t.gql<{ spotChecks: { edges: Array<{ node: { official: { id: string } } }> } }>(SPOT_CHECKS, {}, { token: token['inspector'] })).spotChecks.edges;
    expect(nodes.length).toBeGreaterThan(0);
    const people = new Set(nodes.map((e) => e.node.official.id));
    const rows = await q<{ kind: string; viewer_role: string; field_groups: string[] }>(`SELECT kind, viewer_role, field_groups FROM personal_data_access WHERE viewer_id = $1`, [
      id['inspector'],
    ]);
    expect((await accessRows()) - before).toBe(people.size);
    expect(rows).toHaveLength(people.size);
    expect(rows.every((r) => r.kind === 'SPOT_CHECK' && r.viewer_role === 'INSPECTOR')).toBe(true);
    expect(rows[0].field_groups).toEqual(['official', 'outcome', 'responseNote']);
  });

  it('an inspector downloading an official’s printed evaluation sheet is logged as a read of that evaluation', async () => {
    const [e] = await q<{ id: string }>(`SELECT id FROM evaluation WHERE official_id = $1 ORDER BY created_at LIMIT 1`, [id['official']]);
    expect((await download(t, token['inspector'], `/evaluation-sheets/${e.id}`)).status).toBe(200);
    const rows = await q<{ record_ids: string[]; field_groups: string[]; operation: string }>(
      `SELECT record_ids, field_groups, operation FROM personal_data_access WHERE viewer_id = $1 AND subject_id = $2 AND kind = 'EVALUATION'`,
      [id['inspector'], id['official']],
    );
    expect(rows).toEqual([{ record_ids: [e.id], field_groups: ['SHEET_PDF'], operation: 'GET /evaluation-sheets/:evaluationId' }]);
  });

  it('a purpose stated with a download (X-Ketqua-Purpose) is kept and shown to the person and the administrator; a bad one is refused typed, and nothing is read or logged', async () => {
    const [e] = await q<{ id: string }>(`SELECT id FROM evaluation WHERE official_id = $1 ORDER BY created_at LIMIT 1`, [id['official']]);
    const sheet = (who: string, purpose: string) =>
      fetch(`${t.url}/evaluation-sheets/${e.id}`, { headers: { authorization: `Bearer ${token[who]}`, 'x-ketqua-purpose': purpose } });
    const graphql = (purpose: string) =>
      fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token['hr']}`, 'x-ketqua-purpose': purpose },
        body: JSON.stringify({ query: EVALUATIONS, variables: { first: 5 } }),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as GqlResponse<unknown> }));

    // Refused before anything is read: on a route and on GraphQL, too long, a control character, a NUL, bad encoding.
    const before = await accessRows();
    const tooLong = await sheet('inspector', encodeURIComponent('ệ'.repeat(201)));
    expect(tooLong.status).toBe(400);
    expect(await tooLong.json()).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PURPOSE_TOO_LONG', message: expect.stringMatching(/Mục đích xem dữ liệu dài quá 200 ký tự/) });
    for (const bad of [encodeURIComponent('Rà soát\u0007'), 'R%00', '%E0%A4%A']) {
      const refused = await sheet('inspector', bad);
      expect(refused.status).toBe(400);
      expect(await refused.json()).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PURPOSE_INVALID' });
    }
    const read = await graphql(encodeURIComponent('Rà soát\nquý 4'));
    expect(read.body.data ?? null).toBeNull();
    expect(read.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PURPOSE_INVALID' });
    expect(await accessRows()).toBe(before);

    // Stated well (in NFC, whatever the keyboard sent): kept in the row, shown to the official and to the administrator.
    const purpose = 'Thanh tra công vụ theo Quyết định 45/QĐ-TTr';
    // The rows this download adds (the Clock may stand still: an earlier read can share its occurred_at).
    const earlier = (await q<{ id: string }>(`SELECT id FROM personal_data_access`, [])).map((r) => r.id);
    expect((await sheet('inspector', encodeURIComponent(purpose.normalize('NFD')))).status).toBe(200);
    const added = await q<{ purpose: string; operation: string }>(
      `SELECT purpose, operation FROM personal_data_access WHERE viewer_id = $1 AND subject_id = $2 AND NOT (id = ANY($3::uuid[]))`,
      [id['inspector'], id['official'], earlier],
    );
    expect(added).toEqual([{ purpose, operation: 'GET /evaluation-sheets/:evaluationId' }]);
    // Every row of the person's page (rows of one instant have no order among them: the Clock stands still here).
    const everyOfMine = `query { myDataAccesses(first: 200) { edges { node { ${ACCESS} } } } }`;
    const mine = ok(await t.gql<{ myDataAccesses: Page }>(everyOfMine, {}, { token: token['official'] })).myDataAccesses.edges.map((x) => x.node);
    expect(mine).toContainEqual(expect.objectContaining({ viewerRole: 'INSPECTOR', kind: 'EVALUATION', purpose }));
    const all = ok(await t.gql<{ dataAccesses: Page }>(ALL, { filter: { viewerId: id['inspector'], kind: 'EVALUATION' } }, { token: token['admin'] })).dataAccesses;
    expect(all.edges.map((x) => x.node.purpose)).toContain(purpose);
  });

  it('"Ai đã xem dữ liệu của tôi": the official sees who (name and role) read what and why, newest first, in keyset pages', async () => {
    const page1 = ok(await t.gql<{ myDataAccesses: Page }>(MINE, {}, { token: token['official'] })).myDataAccesses;
    expect(page1.totalCount).toBeGreaterThanOrEqual(1);
    const all: Access[] = page1.edges.map((e) => e.node);
    let page = page1;
    while (page.pageInfo.hasNextPage) {
      page = ok(await t.gql<{ myDataAccesses: Page }>(MINE, { after: page.pageInfo.endCursor }, { token: token['official'] })).myDataAccesses;
      all.push(...page.edges.map((e) => e.node));
    }
    expect(all.length).toBe(page1.totalCount);
    expect(all.every((a) => a.subject?.id === id['official'])).toBe(true);
    const byHr = all.find((a) => a.viewerRole === 'HR' && a.kind === 'EVALUATION');
    expect(byHr).toMatchObject({ viewer: { fullName: expect.stringMatching(/\S/) }, purpose: 'Rà soát kết quả thí điểm quý 4' });
    // The head sees only their own (none: nobody logged read the head's records).
    const head = ok(await t.gql<{ myDataAccesses: Page }>(MINE, {}, { token: token['head'] })).myDataAccesses;
    expect(head.edges.every((e) => e.node.subject?.id === id['head'])).toBe(true);
  });

  it('only the administrator sees every access, filtered by person, viewer, kind and day; everyone else is FORBIDDEN', async () => {
    for (const who of ['hr', 'head', 'official', 'inspector']) expect(errorCode(await t.gql(ALL, {}, { token: token[who] }))).toBe('FORBIDDEN');
    const everything = ok(await t.gql<{ dataAccesses: Page }>(ALL, {}, { token: token['admin'] })).dataAccesses;
    expect(everything.totalCount).toBe(await accessRows());
    const ofOfficial = ok(await t.gql<{ dataAccesses: Page }>(ALL, { filter: { subjectId: id['official'] } }, { token: token['admin'] })).dataAccesses;
    expect(ofOfficial.edges.length).toBeGreaterThan(0);
    expect(ofOfficial.edges.every((e) => e.node.subject?.id === id['official'])).toBe(true);
    const byInspector = ok(await t.gql<{ dataAccesses: Page }>(ALL, { filter: { viewerId: id['inspector'], kind: 'SPOT_CHECK' } }, { token: token['admin'] })).dataAccesses;
    expect(byInspector.edges.length).toBeGreaterThan(0);
    expect(byInspector.edges.every((e) => e.node.viewer.id === id['inspector'] && e.node.kind === 'SPOT_CHECK')).toBe(true);
    const today = ok(await t.gql<{ dataAccesses: Page }>(ALL, { filter: { from: '2026-12-01', to: '2026-12-01' } }, { token: token['admin'] })).dataAccesses;
    expect(today.totalCount).toBe(everything.totalCount);
    const tomorrow = ok(await t.gql<{ dataAccesses: Page }>(ALL, { filter: { from: '2026-12-02' } }, { token: token['admin'] })).dataAccesses;
    expect(tomorrow.totalCount).toBe(0);
    // Bad input: a typed error, nothing read or written.
    expect(errorCode(await t.gql(ALL, { filter: { from: '2026-12-02', to: '2026-12-01' } }, { token: token['admin'] }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(ALL, { filter: { subjectId: 'not-a-uuid' } }, { token: token['admin'] }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(ALL, { after: 'forged\u0000' }, { token: token['admin'] }))).toBe('BAD_USER_INPUT');
  });

  it('retention settings: everyone in HR/inspection reads them, only the administrator changes them; an omitted field stays, a stale version is a CONFLICT', async () => {
    for (const who of ['admin', 'hr', 'inspector'])
      expect(ok(await t.gql<{ retentionSettings: { workLogDays: number } }>(SETTINGS, {}, { token: token[who] })).retentionSettings.workLogDays).toBe(730);
    for (const who of ['head', 'official']) expect(errorCode(await t.gql(SETTINGS, {}, { token: token[who] }))).toBe('FORBIDDEN');
    for (const who of ['hr', 'head', 'official', 'inspector'])
      expect(errorCode(await t.gql(UPDATE, { input: { version: 1, fileDays: 60 } }, { token: token[who] }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(UPDATE, { input: { version: 1, fileDays: 29 } }, { token: token['admin'] }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(UPDATE, { input: { version: 1, fileDays: 60, extra: 1 } }, { token: token['admin'] }))).toBe('BAD_USER_INPUT');
    const updated = ok(await t.gql<{ updateRetentionSettings: Record<string, unknown> }>(UPDATE, { input: { version: 1, fileDays: 60 } }, { token: token['admin'] }));
    expect(updated.updateRetentionSettings).toEqual({ workLogDays: 730, spotCheckNoteDays: 730, fileDays: 60, version: 2, updatedById: id['admin'] });
    expect(errorCode(await t.gql(UPDATE, { input: { version: 1, workLogDays: 365 } }, { token: token['admin'] }))).toBe('CONFLICT');
    const audit = await q<{ data: { before: { fileDays: number }; after: { fileDays: number } } }>(`SELECT data FROM audit_event WHERE action = 'privacy.retention.updated'`);
    expect(audit).toHaveLength(1);
    expect(audit[0].data).toMatchObject({ before: { fileDays: 730 }, after: { fileDays: 60 } });
    // Set work logs and notes to 365 days for the run below.
    ok(await t.gql(UPDATE, { input: { version: 2, workLogDays: 365, spotCheckNoteDays: 365 } }, { token: token['admin'] }));
  });

  it('my data download: a ZIP with a JSON per concept (no password hash) and my files, audited; only me, or the administrator with a reason (logged for me)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ketqua-my-data-'));
    const got = await download(t, token['official'], '/personal-data/me.zip');
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toBe('application/zip');
    const zip = join(dir, 'me.zip');
    writeFileSync(zip, got.body);
    const names = execFileSync('zipinfo', ['-1', zip]).toString('utf8').trim().split('\n');
    expect(names).toEqual(expect.arrayContaining(['manifest.json', 'profile.json', 'evaluations.json', 'work-logs.json', 'spot-checks.json', 'data-accesses.json']));
    const read = (name: string) => JSON.parse(execFileSync('unzip', ['-p', zip, name]).toString('utf8'));
    const profile = read('profile.json');
    expect(profile[0]).toMatchObject({ email: 'official@demo.ketqua.vn' });
    expect(profile[0].password_hash).toBeUndefined();
    const evaluations = read('evaluations.json') as Array<{ official_id: string }>;
    const stored = await q<{ n: number }>(`SELECT count(*)::int AS n FROM evaluation WHERE official_id = $1`, [id['official']]);
    expect(evaluations.length).toBe(stored[0].n);
    expect(evaluations.every((e) => e.official_id === id['official'])).toBe(true);
    expect(read('data-accesses.json').length).toBeGreaterThan(0);
    const manifest = read('manifest.json') as { files: Array<{ path: string }> };
    for (const f of manifest.files) expect(names).toContain(f.path);
    expect((await q(`SELECT 1 FROM audit_event WHERE action = 'privacy.personal-data.downloaded' AND entity_id = $1`, [id['official']])).length).toBe(1);

    // Someone else's: HR and the head are refused; the administrator needs a reason, which the person then sees.
    for (const who of ['hr', 'head', 'inspector']) expect((await download(t, token[who], `/personal-data/people/${id['official']}.zip?reason=x`)).status).toBe(403);
    expect((await download(t, token['admin'], `/personal-data/people/${id['official']}.zip`)).status).toBe(400);
    const byAdmin = await download(t, token['admin'], `/personal-data/people/${id['official']}.zip?reason=${encodeURIComponent('Phiếu yêu cầu số 12/2026')}`);
    expect(byAdmin.status).toBe(200);
    // The clock is fixed in this file, so rows share one instant: walk the person's pages to find it.
    const seen: Access[] = [];
    let after: string | null = null;
    do {
      const page: Page = ok(await t.gql<{ myDataAccesses: Page }>(MINE, { after }, { token: token['official'] })).myDataAccesses;
      seen.push(...page.edges.map((e) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.filter((a) => a.kind === 'PERSONAL_DATA_DOWNLOAD')).toEqual([
      expect.objectContaining({ viewerRole: 'ADMIN', purpose: 'Phiếu yêu cầu số 12/2026', viewer: expect.objectContaining({ id: id['admin'] }) }),
    ]);
  });

  it('retention with the clock moved: nothing goes the day before; after it, notes are anonymised and files deleted, numbers kept, audited, once', async () => {
    const retention = t.app.get(RetentionService);
    const pilot = (await q<{ end_date: string }>(`SELECT end_date::text FROM pilot ORDER BY end_date DESC LIMIT 1`))[0];
    const logsBefore = await q<{ id: string; minutes: number; work_date: string }>(
      `SELECT w.id, w.minutes, w.work_date::text FROM work_log w JOIN enrollment e ON e.official_id = w.official_id WHERE w.official_id = $1 ORDER BY w.id`,
      [id['official']],
    );
    expect(logsBefore.length).toBeGreaterThan(0);
    const files = await q<{ id: string; storage_path: string }>(
      `SELECT f.id, f.storage_path FROM stored_file f JOIN enrollment e ON e.official_id = f.uploader_id WHERE f.uploader_id = $1`,
      [id['official']],
    );
    const at = (days: number) => {
      const d = new Date(`${pilot.end_date}T10:00:00+07:00`);
      d.setUTCDate(d.getUTCDate() + days);
      return d;
    };
    // Work logs and notes: 365 days; files: 60 days (set above). On day end+60 nothing has expired.
    t.clock.setNow(at(60));
    expect(await retention.apply()).toEqual({ workLogsAnonymised: 0, spotChecksAnonymised: 0, followUpsAnonymised: 0, filesDeleted: 0 });
    t.clock.setNow(at(61));
    const filesRun = await retention.apply();
    expect(filesRun.workLogsAnonymised).toBe(0);
    expect(filesRun.filesDeleted).toBeGreaterThanOrEqual(files.length);
    const root = resolve(t.config.KETQUA_DATA_DIR, 'files');
    for (const f of files) expect(existsSync(resolve(root, f.storage_path))).toBe(false);
    expect((await q(`SELECT 1 FROM stored_file WHERE uploader_id = $1 AND deleted_at IS NULL`, [id['official']])).length).toBe(0);
    // Rows with name, size and SHA-256 stay: deliverables still show what was submitted.
    expect((await q(`SELECT 1 FROM stored_file WHERE uploader_id = $1`, [id['official']])).length).toBe(files.length);

    t.clock.setNow(at(366));
    const run = await retention.apply();
    expect(run.workLogsAnonymised).toBeGreaterThanOrEqual(logsBefore.length);
    expect(run.spotChecksAnonymised).toBeGreaterThan(0);
    const logsAfter = await q<{ id: string; minutes: number; work_date: string; note: string }>(
      `SELECT id, minutes, work_date::text, note FROM work_log WHERE official_id = $1 ORDER BY id`,
      [id['official']],
    );
    expect(logsAfter.map(({ id: i, minutes, work_date }) => ({ id: i, minutes, work_date }))).toEqual(
      [...new Map(logsBefore.map((l) => [l.id, l])).values()].map(({ id: i, minutes, work_date }) => ({ id: i, minutes, work_date })),
    );
    expect(logsAfter.every((l) => l.note === ANONYMISED_TEXT)).toBe(true);
    const notes = await q<{ n: number }>(`SELECT count(*)::int AS n FROM spot_check WHERE response_note IS NOT NULL AND response_note <> $1 AND pilot_id IS NOT NULL`, [
      ANONYMISED_TEXT,
    ]);
    expect(notes[0].n).toBe(0);
    // Outcomes stay: compliance figures and frozen evaluations do not move.
    expect((await q<{ n: number }>(`SELECT count(*)::int AS n FROM spot_check WHERE status = 'CLOSED' AND outcome IS NULL`))[0].n).toBe(0);
    const audits = await q<{ data: { workLogsAnonymised: number } }>(`SELECT data FROM audit_event WHERE action = 'privacy.retention.applied' ORDER BY seq`);
    expect(audits).toHaveLength(2);
    expect(audits[1].data.workLogsAnonymised).toBe(run.workLogsAnonymised);
    // A second run finds nothing and writes no event.
    expect(await retention.apply()).toEqual({ workLogsAnonymised: 0, spotChecksAnonymised: 0, followUpsAnonymised: 0, filesDeleted: 0 });
    expect(await q(`SELECT 1 FROM audit_event WHERE action = 'privacy.retention.applied'`)).toHaveLength(2);
  });
});
