import { createTestApp, errorCode, TestApp } from '@ketqua/api/testing';

type Imported = { importCitizenService: { linesRead: number; created: number; replaced: number } };
type Cell = {
  cohort: 'HOME' | 'OFFICE';
  phase: 'PILOT' | 'BASELINE';
  officials: number;
  dossiers: number;
  onTime: number;
  onTimeRatePercent: number | null;
  meanSatisfactionPercent: number | null;
};
type Difference = { pilot: number | null; baseline: number | null; differenceInDifferences: number | null };
type Compared = { citizenServiceComparison: { pilotId: string; cells: Cell[]; onTimeRate: Difference; satisfaction: Difference } };

const IMPORT = `mutation Import($input: ImportCitizenServiceInput!) { importCitizenService(input: $input) { linesRead created replaced } }`;
const COMPARE = `query Compare($input: PilotReportInput!) { citizenServiceComparison(input: $input) {
  pilotId cells { cohort phase officials dossiers onTime onTimeRatePercent meanSatisfactionPercent }
  onTimeRate { pilot baseline differenceInDifferences } satisfaction { pilot baseline differenceInDifferences } } }`;

/**
 * Citizen-service data (dịch vụ công trực tuyến, issue 12): HR's CSV import of the administrative-procedure
 * system's month figures (all or nothing, line-numbered, own agency only, a re-import replaces the month) and
 * the cohort comparison, checked against SQL written here, not through the service.
 */
describe('citizen-service data', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  let pilotId: string;
  const count = async (table: string) => Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
  const snapshot = async () => ({ rows: await count('citizen_service_record'), audit: await count('audit_event') });
  const csvOf = (...lines: string[]) => lines.join('\r\n');

  beforeAll(async () => {
    // The whole demo: the running pilot with its enrollments, and the demo's citizen-service months.
    t = await createTestApp({ seedDemo: 'full' });
    for (const who of ['admin', 'hr', 'head', 'official', 'inspector']) token[who] = await t.login(`${who}@demo.ketqua.vn`);
    // HR of the ward (Phường Sài Gòn) without city scope: their own agency only.
    await t.dataSource.query(
      `INSERT INTO app_user (email, full_name, search_text, staff_category, unit_id, position_id, rank_id, role, is_leader, city_scope, active, password_hash, must_change_password, failed_login_count, version)
       SELECT 'hr.psg@demo.ketqua.vn', 'Cán bộ tổ chức phường', 'can bo to chuc phuong hr.psg@demo.ketqua.vn', 'CONG_CHUC', u.id, NULL, NULL, 'HR', false, false, true,
              (SELECT password_hash FROM app_user WHERE email = 'hr@demo.ketqua.vn'), false, 0, 1
         FROM unit u JOIN agency a ON a.id = u.agency_id WHERE a.code = 'PSG' AND u.code = 'VP'`,
    );
    token['hrPsg'] = await t.login('hr.psg@demo.ketqua.vn');
    [{ id: pilotId }] = await t.dataSource.query(`SELECT id FROM pilot LIMIT 1`);
  }, 180_000);
  afterAll(() => t.close());

  const header = 'Email,Tháng,Số hồ sơ đã xử lý,Số hồ sơ đúng hạn,Mức độ hài lòng';

  it('imports a good file (UTF-8 with BOM, Vietnamese headers, CRLF): one row per official and month, audited', async () => {
    const before = await snapshot();
    const csv =
      '\uFEFF' + csvOf(header, 'official@demo.ketqua.vn,05/2025,40,36,91.5', 'ly.gia.huy@demo.ketqua.vn,2025-05,32,30,', 'ha.minh.tri@demo.ketqua.vn,06/2025,1.000,950,88%');
    const res = await t.gql<Imported>(IMPORT, { input: { csv } }, { token: token['hr'] });
    expect(res.errors).toBeUndefined();
    expect(res.data?.importCitizenService).toEqual({ linesRead: 3, created: 3, replaced: 0 });
    const rows = await t.dataSource.query(
      `SELECT u.email, to_char(r.month, 'YYYY-MM-DD') AS month, r.dossiers_handled, r.dossiers_on_time, r.satisfaction_percent::float AS satisfaction
         FROM citizen_service_record r JOIN app_user u ON u.id = r.official_id WHERE r.month < '2025-07-01' ORDER BY u.email`,
    );
    expect(rows).toEqual([
      { email: 'ha.minh.tri@demo.ketqua.vn', month: '2025-06-01', dossiers_handled: 1000, dossiers_on_time: 950, satisfaction: 88 },
      { email: 'ly.gia.huy@demo.ketqua.vn', month: '2025-05-01', dossiers_handled: 32, dossiers_on_time: 30, satisfaction: null },
      { email: 'official@demo.ketqua.vn', month: '2025-05-01', dossiers_handled: 40, dossiers_on_time: 36, satisfaction: 91.5 },
    ]);
    expect(await snapshot()).toEqual({ rows: before.rows + 3, audit: before.audit + 1 });
  });

  it('a re-import of a month replaces it, and the audit event keeps the replaced figures', async () => {
    const [old] = await t.dataSource.query(
      `SELECT r.dossiers_handled, r.dossiers_on_time FROM citizen_service_record r JOIN app_user u ON u.id = r.official_id WHERE u.email = 'official@demo.ketqua.vn' AND r.month = '2025-05-01'`,
    );
    const before = await snapshot();
    const res = await t.gql<Imported>(IMPORT, { input: { csv: csvOf(header, 'official@demo.ketqua.vn,05/2025,44,43,95') } }, { token: token['hr'] });
    expect(res.data?.importCitizenService).toEqual({ linesRead: 1, created: 0, replaced: 1 });
    expect(await snapshot()).toEqual({ rows: before.rows, audit: before.audit + 1 });
    const [event] = await t.dataSource.query(`SELECT data FROM audit_event WHERE action = 'reports.citizen_service.imported' ORDER BY seq DESC LIMIT 1`);
    expect(event.data.replaced).toEqual([
      expect.objectContaining({ month: '2025-05-01', dossiersHandled: old.dossiers_handled, dossiersOnTime: old.dossiers_on_time, satisfactionPercent: 91.5 }),
    ]);
    const [now] = await t.dataSource.query(
      `SELECT r.dossiers_handled, r.satisfaction_percent::float AS s FROM citizen_service_record r JOIN app_user u ON u.id = r.official_id WHERE u.email = 'official@demo.ketqua.vn' AND r.month = '2025-05-01'`,
    );
    expect(now).toEqual({ dossiers_handled: 44, s: 95 });
  });

  it('a burst of the same import at once: every one answers, one row per official and month, each import audited', async () => {
    const csv = csvOf(header, 'official@demo.ketqua.vn,03/2025,21,20,93', 'ly.gia.huy@demo.ketqua.vn,03/2025,12,12,');
    const auditsBefore = Number((await t.dataSource.query(`SELECT count(*) AS n FROM audit_event WHERE action = 'reports.citizen_service.imported'`))[0].n);
    const answers = await Promise.all(Array.from({ length: 8 }, () => t.gql<{ importCitizenService: { linesRead: number } }>(IMPORT, { input: { csv } }, { token: token['hr'] })));
    expect(answers.map((a) => a.errors)).toEqual(Array(8).fill(undefined));
    const rows = await t.dataSource.query(
      `SELECT u.email, r.dossiers_handled FROM citizen_service_record r JOIN app_user u ON u.id = r.official_id WHERE r.month = '2025-03-01' ORDER BY u.email`,
    );
    expect(rows).toEqual([
      { email: 'ly.gia.huy@demo.ketqua.vn', dossiers_handled: 12 },
      { email: 'official@demo.ketqua.vn', dossiers_handled: 21 },
    ]);
    const auditsAfter = Number((await t.dataSource.query(`SELECT count(*) AS n FROM audit_event WHERE action = 'reports.citizen_service.imported'`))[0].n);
    expect(auditsAfter - auditsBefore).toBe(8);
  });

  it('one bad line refuses the whole file: every problem named by line and column, nothing written', async () => {
    const before = await snapshot();
    const csv = csvOf(
      header,
      'official@demo.ketqua.vn,04/2025,10,9,90',
      'not-an-email,04/2025,10,9,90',
      'ly.gia.huy@demo.ketqua.vn,13/2025,10,9,90',
      'ly.gia.huy@demo.ketqua.vn,04/2025,10,11,90',
      'ha.minh.tri@demo.ketqua.vn,04/2025,10,9,120',
      'official@demo.ketqua.vn,2025-04,10,9,90',
      'nobody@demo.ketqua.vn,04/2025,10,9,90',
      'ha.minh.tri@demo.ketqua.vn,12/2099,10,9,90',
    );
    const res = await t.gql(IMPORT, { input: { csv } }, { token: token['hr'] });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.reason).toBe('IMPORT_REFUSED');
    expect(res.errors?.[0].message).toMatch(/^Tệp có lỗi ở 7 dòng \(3, 4, 5, 6, 7, 8, 9\); chưa nhập dòng nào\./);
    expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual([
      'line 3: email',
      'line 4: month',
      'line 5: dossiers_on_time',
      'line 6: satisfaction_percent',
      'line 7: month',
      'line 8: email',
      'line 9: month',
    ]);
    expect(await snapshot()).toEqual(before);
    const en = await t.gql(IMPORT, { input: { csv } }, { token: token['hr'], lang: 'en' });
    expect(en.errors?.[0].message).toContain('nothing was imported');
    // 1.020 is a thousand and twenty; 2.5 is not a count of dossiers.
    const decimal = await t.gql(IMPORT, { input: { csv: csvOf(header, 'ha.minh.tri@demo.ketqua.vn,03/2025,2.5,1,90') } }, { token: token['hr'] });
    expect(decimal.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['line 2: dossiers_handled']);
    // A missing column, or a header only.
    expect((await t.gql(IMPORT, { input: { csv: 'email,month\nofficial@demo.ketqua.vn,04/2025' } }, { token: token['hr'] })).errors?.[0].message).toContain('thiếu cột');
    expect((await t.gql(IMPORT, { input: { csv: header } }, { token: token['hr'] })).errors?.[0].message).toContain('không có dòng dữ liệu');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses NUL bytes and a file over the size limit, storing nothing', async () => {
    const before = await snapshot();
    const nul = await t.gql(IMPORT, { input: { csv: csvOf(header, 'official@demo.ketqua.vn,04/2025,10,9,90\u0000') } }, { token: token['hr'] });
    expect(errorCode(nul)).toBe('BAD_USER_INPUT');
    const huge = csvOf(header, ...Array.from({ length: 25_000 }, (_, i) => `official${i}@demo.ketqua.vn,04/2025,10,9,90`));
    expect(huge.length).toBeGreaterThan(1_000_000);
    const big = await t.gql(IMPORT, { input: { csv: huge } }, { token: token['hr'] });
    expect(big.errors?.length ?? 0).toBeGreaterThan(0);
    expect(big.data?.importCitizenService ?? null).toBeNull();
    expect(await snapshot()).toEqual(before);
  });

  it("HR of one agency may import only that agency's officials: another agency's are refused by line", async () => {
    const before = await snapshot();
    const mixed = await t.gql(
      IMPORT,
      { input: { csv: csvOf(header, 'la.van.hau@demo.ketqua.vn,04/2025,50,49,97', 'official@demo.ketqua.vn,04/2025,10,9,90') } },
      { token: token['hrPsg'] },
    );
    expect(mixed.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['line 3: email']);
    expect(mixed.errors?.[0].message).toContain('không thuộc cơ quan của bạn');
    expect(await snapshot()).toEqual(before);
    const own = await t.gql<Imported>(IMPORT, { input: { csv: csvOf(header, 'la.van.hau@demo.ketqua.vn,04/2025,50,49,97') } }, { token: token['hrPsg'] });
    expect(own.data?.importCitizenService).toEqual({ linesRead: 1, created: 1, replaced: 0 });
  });

  it('only HR may import (admin, head, official and inspector FORBIDDEN); the comparison reads like the report; nobody signed in UNAUTHENTICATED', async () => {
    const before = await snapshot();
    const input = { pilotId, period: { from: '2026-01', to: '2026-08' }, baseline: { from: '2025-07', to: '2025-12' } };
    for (const who of ['admin', 'head', 'official', 'inspector']) {
      expect(errorCode(await t.gql(IMPORT, { input: { csv: csvOf(header, 'official@demo.ketqua.vn,04/2025,10,9,90') } }, { token: token[who] }))).toBe('FORBIDDEN');
    }
    // The comparison is read like the pilot report beside it: HR, ADMIN and INSPECTOR; not a head or an official.
    for (const who of ['head', 'official']) expect(errorCode(await t.gql(COMPARE, { input }, { token: token[who] }))).toBe('FORBIDDEN');
    for (const who of ['admin', 'inspector']) expect((await t.gql(COMPARE, { input }, { token: token[who] })).errors).toBeUndefined();
    expect(errorCode(await t.gql(IMPORT, { input: { csv: csvOf(header, 'official@demo.ketqua.vn,04/2025,10,9,90') } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(COMPARE, { input }))).toBe('UNAUTHENTICATED');
    expect(await snapshot()).toEqual(before);
  });

  it('the comparison per cohort and phase equals an independent SQL computation, with the differences and their DiD', async () => {
    const period = { from: '2026-01', to: '2026-08' };
    const baseline = { from: '2025-05', to: '2025-12' };
    const res = await t.gql<Compared>(COMPARE, { input: { pilotId, period, baseline } }, { token: token['hr'] });
    expect(res.errors).toBeUndefined();
    const got = res.data?.citizenServiceComparison;
    // Written here: home = approved enrollments of the pilot; office = the others of the home cohort's positions.
    const expected: Array<{ cohort: string; phase: string; officials: number; dossiers: number; on_time: number; rate: number | null; satisfaction: number | null }> =
      await t.dataSource.query(
        `WITH home AS (SELECT official_id FROM enrollment WHERE pilot_id = $1 AND status = 'APPROVED'),
              cohort AS (SELECT u.id, CASE WHEN u.id IN (SELECT official_id FROM home) THEN 'HOME' ELSE 'OFFICE' END AS cohort FROM app_user u
                          WHERE u.id IN (SELECT official_id FROM home) OR u.position_id IN (SELECT position_id FROM app_user WHERE id IN (SELECT official_id FROM home))),
              phased AS (SELECT c.cohort, r.*, CASE WHEN r.month BETWEEN $2 AND $3 THEN 'PILOT' WHEN r.month BETWEEN $4 AND $5 THEN 'BASELINE' END AS phase
                           FROM citizen_service_record r JOIN cohort c ON c.id = r.official_id)
         SELECT cohort, phase, count(DISTINCT official_id)::int AS officials, sum(dossiers_handled)::int AS dossiers, sum(dossiers_on_time)::int AS on_time,
                round(100.0 * sum(dossiers_on_time) / nullif(sum(dossiers_handled), 0), 2)::float AS rate, round(avg(satisfaction_percent), 2)::float AS satisfaction
           FROM phased WHERE phase IS NOT NULL GROUP BY cohort, phase ORDER BY cohort, phase DESC`,
        [pilotId, '2026-01-01', '2026-08-31', '2025-05-01', '2025-12-31'],
      );
    expect(expected).toHaveLength(4);
    expect(got?.cells).toEqual(
      expected.map((e) => ({
        cohort: e.cohort,
        phase: e.phase,
        officials: e.officials,
        dossiers: e.dossiers,
        onTime: e.on_time,
        onTimeRatePercent: e.rate,
        meanSatisfactionPercent: e.satisfaction,
      })),
    );
    const cell = (cohort: string, phase: string) => expected.find((e) => e.cohort === cohort && e.phase === phase);
    const [hp, hb, op, ob] = [cell('HOME', 'PILOT'), cell('HOME', 'BASELINE'), cell('OFFICE', 'PILOT'), cell('OFFICE', 'BASELINE')];
    // The differences come from the unrounded figures: allow the rounding of the cells.
    const rate = (e?: { on_time: number; dossiers: number }) => (e ? (100 * e.on_time) / e.dossiers : 0);
    expect(got?.onTimeRate.pilot).toBeCloseTo(rate(hp) - rate(op), 2);
    expect(got?.onTimeRate.baseline).toBeCloseTo(rate(hb) - rate(ob), 2);
    expect(got?.onTimeRate.differenceInDifferences).toBeCloseTo(rate(hp) - rate(op) - (rate(hb) - rate(ob)), 2);
    expect(got?.satisfaction.differenceInDifferences).toBeCloseTo((hp?.satisfaction ?? 0) - (op?.satisfaction ?? 0) - ((hb?.satisfaction ?? 0) - (ob?.satisfaction ?? 0)), 1);
    // The demo's months: the home cohort handles more dossiers on time during the pilot.
    expect(got?.onTimeRate.differenceInDifferences ?? 0).toBeGreaterThan(0);
  });

  it("refuses a baseline that does not end before the pilot, reversed months and a pilot outside HR's agency, as the report does", async () => {
    const bad = await t.gql(COMPARE, { input: { pilotId, period: { from: '2026-01', to: '2026-08' }, baseline: { from: '2025-07', to: '2026-02' } } }, { token: token['hr'] });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fields?.[0].field).toBe('input.baseline.to');
    const reversed = await t.gql(COMPARE, { input: { pilotId, period: { from: '2026-08', to: '2026-01' }, baseline: { from: '2025-07', to: '2025-12' } } }, { token: token['hr'] });
    expect(errorCode(reversed)).toBe('BAD_USER_INPUT');
    const other = await t.gql(COMPARE, { input: { pilotId, period: { from: '2026-01', to: '2026-08' }, baseline: { from: '2025-07', to: '2025-12' } } }, { token: token['hrPsg'] });
    expect(errorCode(other)).toBe('FORBIDDEN');
    const unknown = await t.gql(
      COMPARE,
      { input: { pilotId: '00000000-0000-4000-8000-000000000000', period: { from: '2026-01', to: '2026-08' }, baseline: { from: '2025-07', to: '2025-12' } } },
      { token: token['hr'] },
    );
    expect(errorCode(unknown)).toBe('NOT_FOUND');
  });
});
