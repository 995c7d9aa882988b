import { exportFileChecks, PDF_HEADINGS, ReportExportRunner, SUMMARY_SHEET, XLSX_HEADER_ROW, csvFileName } from '@ketqua/api/reports';
import { createTestApp, errorCode, GqlResponse, openSubscription, TestApp } from '@ketqua/api/testing';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { download } from '../evaluation/sheets-fixtures';
import { buildReportCity, ReportCity } from './pilot-report-fixture';

const START = `mutation($input: StartReportExportInput!) { startReportExport(input: $input) { id kind format status progress downloadUrl manifestUrl requestedById } }`;
const EXPORT = `query($id: ID!) { reportExport(id: $id) {
  id status progress byteSize sha256 fileName mediaType downloadUrl manifestUrl error rowCounts { key title rows }
  manifest { exportId kind format title fileName mediaType byteSize sha256 pilot { id name } periods { role name startsOn endsOn } filters { name value }
             ruleSetVersions dataCutOff rowCounts { key title rows } generatedAt generatedBy { id email fullName } manifestVersion json } } }`;
const PROGRESS = `subscription($id: ID!) { reportExportProgress(id: $id) { exportId status progress downloadUrl rowCounts { key rows } } }`;
const METRICS = `cohort phase headcount assignments completed completionRatePercent onTime onTimeRatePercent evaluations meanQualityPercent meanScore spotChecks spotCheckCompliancePercent assignedUnits workloadPerOfficial`;
const REPORT = `query($input: PilotReportInput!) { pilotReport(input: $input) {
  summary { ${METRICS} } did { estimate lower upper confidenceLevel }
  byAgency { name cells { ${METRICS} } } byUnit { name agencyName cells { ${METRICS} } } byPosition { name cells { ${METRICS} } }
  gradeDistribution { grade } preTrend { month } balance { key } dataQuality { missingEvaluations { items { officialId } } movedCohort { items { officialId } } } } }`;

type Metrics = Record<string, number | string | null>;
interface Report {
  summary: Metrics[];
  did: { estimate: number; lower: number; upper: number; confidenceLevel: number };
  byAgency: Array<{ name: string; cells: Metrics[] }>;
  byUnit: Array<{ name: string; agencyName: string; cells: Metrics[] }>;
  byPosition: Array<{ name: string; cells: Metrics[] }>;
  gradeDistribution: unknown[];
  preTrend: unknown[];
  balance: unknown[];
  dataQuality: { missingEvaluations: { items: unknown[] }; movedCohort: { items: unknown[] } };
}
interface ExportView {
  id: string;
  status: string;
  progress: number;
  byteSize: number;
  sha256: string;
  fileName: string;
  mediaType: string;
  downloadUrl: string | null;
  manifestUrl: string | null;
  rowCounts: Array<{ key: string; title: string; rows: number }>;
  manifest: { sha256: string; byteSize: number; json: string; rowCounts: Array<{ key: string; rows: number }>; generatedBy: { email: string }; [k: string]: unknown };
}
interface Progress {
  status: string;
  progress: number;
  downloadUrl: string | null;
}

const COHORT_VI: Record<string, string> = { HOME: 'Tại nhà', OFFICE: 'Tại cơ quan' };
const PHASE_VI: Record<string, string> = { BASELINE: 'Kỳ so sánh', PILOT: 'Kỳ thí điểm' };

/**
 * Report exports over HTTP (issue 12, Downloads): HR starts an export, watches its progress live,
 * downloads the file and its manifest; the files are read back with the tools a reader has and
 * compared with the report the API answers; scope and roles are refused exactly as for the report.
 */
describe('report exports: XLSX, CSV, PDF as background jobs with live progress, manifest and audit', () => {
  let t: TestApp;
  let c: ReportCity;
  let runner: ReportExportRunner;
  const token: Record<string, string> = {};
  const dir = mkdtempSync(join(tmpdir(), 'ketqua-export-e2e-'));
  const input = (extra: Record<string, unknown> = {}) => ({
    pilotId: c.pilotId,
    period: { from: '2026-03', to: '2026-05' },
    baseline: { from: '2026-01', to: '2026-02' },
    ...extra,
  });
  const ok = <T>(res: GqlResponse<T>): T => {
    if (res.errors?.length || !res.data) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };
  const start = (who: string, format: string, report = input()) =>
    t.gql<{ startReportExport: ExportView }>(START, { input: { format, pilotReport: report } }, { token: token[who] });
  const view = async (who: string, id: string) => ok(await t.gql<{ reportExport: ExportView }>(EXPORT, { id }, { token: token[who] })).reportExport;
  const audits = async (action: string, id?: string) =>
    Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = $1 AND ($2::text IS NULL OR entity_id = $2)`, [action, id ?? null]))[0].n);
  const exportsCount = async () => Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM report_export`))[0].n);

  /** Starts, watches live, runs the job (JOBS_ENABLED=false in tests: the job is called as pg-boss would) and downloads. */
  async function exportAs(who: string, format: string) {
    const started = ok(await start(who, format)).startReportExport;
    expect(started).toMatchObject({ kind: 'PILOT_REPORT', format, status: 'QUEUED', progress: 0, downloadUrl: null });
    const live = await openSubscription<Progress>(t.url, token[who], PROGRESS, { id: started.id });
    await runner.run(started.id);
    const events: Progress[] = [];
    for (;;) {
      const e = await live.next(10_000);
      events.push(e);
      if (e.status === 'DONE' || e.status === 'FAILED') break;
    }
    await live.close();
    const done = await view(who, started.id);
    const file = await download(t, token[who], done.downloadUrl as string);
    return { started, events, done, file };
  }

  let report: Report;
  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-06-10T09:00:00+07:00') });
    c = await buildReportCity(t);
    runner = t.app.get(ReportExportRunner);
    for (const [who, email] of Object.entries({ ...c.emails, admin: 'admin@demo.ketqua.vn', hrCity: 'hr@demo.ketqua.vn' })) token[who] = await t.login(email);
    report = ok(await t.gql<{ pilotReport: Report }>(REPORT, { input: input() }, { token: token['hrA'] })).pilotReport;
  }, 180_000);
  afterAll(() => t?.close());

  let xlsx: Awaited<ReturnType<typeof exportAs>>;

  it('XLSX: progress arrives live up to 100, the file downloads with its name and type, and parsed back it equals the API’s report', async () => {
    xlsx = await exportAs('hrA', 'XLSX');
    const { events, done, file } = xlsx;
    expect(events[0]).toMatchObject({ status: 'RUNNING' });
    expect(events.some((e) => e.status === 'RUNNING' && e.progress > 0 && e.progress < 100)).toBe(true);
    expect(events.map((e) => e.progress)).toEqual([...events.map((e) => e.progress)].sort((a, b) => a - b));
    expect(events[events.length - 1]).toMatchObject({ status: 'DONE', progress: 100, downloadUrl: `/report-exports/${done.id}/file` });
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.headers['content-disposition']).toBe(`attachment; filename="bao-cao-thi-diem-202603-202605.xlsx"; filename*=UTF-8''bao-cao-thi-diem-202603-202605.xlsx`);
    expect(done).toMatchObject({ status: 'DONE', progress: 100, byteSize: file.body.length, fileName: 'bao-cao-thi-diem-202603-202605.xlsx' });

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.body as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      SUMMARY_SHEET,
      'Theo nhóm và kỳ',
      'Theo cơ quan',
      'Theo đơn vị',
      'Theo vị trí việc làm',
      'Phân bố xếp loại',
      'Xu hướng trước thí điểm',
      'Cân bằng hai nhóm',
      'Thiếu phiếu đánh giá',
      'Chuyển nhóm trong kỳ',
    ]);
    const summary = book.getWorksheet(SUMMARY_SHEET)!;
    const didAt = summary.getColumn(1).values.findIndex((v) => v === 'Chênh lệch kép (DiD) của điểm bình quân');
    expect(summary.getRow(didAt).values).toEqual([
      undefined,
      'Chênh lệch kép (DiD) của điểm bình quân',
      report.did.estimate,
      report.did.lower,
      report.did.upper,
      report.did.confidenceLevel,
    ]);

    // Every breakdown row: the API's cell, value for value (percents stored as fractions, shown as %).
    const sheetRows = (name: string) => {
      const sheet = book.getWorksheet(name)!;
      const header = Array.from(sheet.getRow(XLSX_HEADER_ROW).values as unknown[]).slice(1);
      const rows: Array<Record<string, unknown>> = [];
      sheet.eachRow((row, n) => {
        if (n > XLSX_HEADER_ROW)
          rows.push(
            Object.fromEntries(
              Array.from(row.values as unknown[])
                .slice(1)
                .map((v, i) => [header[i], v ?? null]),
            ),
          );
      });
      // exceljs drops trailing empty cells: fill them as null.
      return { sheet, rows: rows.map((r) => Object.fromEntries(header.map((h) => [h, r[h as string] ?? null]))) };
    };
    const cellsAsSheet = (m: Metrics) => ({
      Nhóm: COHORT_VI[m['cohort'] as string],
      Kỳ: PHASE_VI[m['phase'] as string],
      'Số công chức': m['headcount'],
      'Số nhiệm vụ': m['assignments'],
      'Đã hoàn thành': m['completed'],
      'Tỷ lệ hoàn thành': fraction(m['completionRatePercent']),
      'Đúng hạn': m['onTime'],
      'Tỷ lệ đúng hạn': fraction(m['onTimeRatePercent']),
      'Số phiếu đánh giá': m['evaluations'],
      'Chất lượng bình quân': fraction(m['meanQualityPercent']),
      'Điểm bình quân': m['meanScore'],
      'Số lần kiểm tra đột xuất': m['spotChecks'],
      'Tỷ lệ tuân thủ kiểm tra': fraction(m['spotCheckCompliancePercent']),
      'Đơn vị quy đổi được giao': m['assignedUnits'],
      'Khối lượng/người/tháng': m['workloadPerOfficial'],
    });
    expect(sheetRows('Theo nhóm và kỳ').rows).toEqual(report.summary.map(cellsAsSheet));
    expect(sheetRows('Theo cơ quan').rows).toEqual(report.byAgency.flatMap((a) => a.cells.map((m) => ({ 'Cơ quan': a.name, ...cellsAsSheet(m) }))));
    const units = sheetRows('Theo đơn vị');
    expect(units.rows).toEqual(report.byUnit.flatMap((u) => u.cells.map((m) => ({ 'Cơ quan': u.agencyName, 'Đơn vị': u.name, ...cellsAsSheet(m) }))));
    // Each sheet states its row count, and it is the number of rows it has.
    expect(units.sheet.getCell('A2').value).toBe(`Số dòng dữ liệu: ${units.rows.length}`);
    expect(done.rowCounts.find((r) => r.key === 'by-unit')?.rows).toBe(units.rows.length);
    // HR of agency A: only A's units (the report's own scope).
    expect(new Set(report.byUnit.map((u) => u.agencyName))).toEqual(new Set(['Sở Báo cáo A']));
    expect(units.sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: XLSX_HEADER_ROW });
    expect(units.sheet.autoFilter).toBe(`A${XLSX_HEADER_ROW}:Q${XLSX_HEADER_ROW + units.rows.length}`);
  });

  it('the manifest: JSON through GraphQL and as its own download, SHA-256 and byte size of the file as downloaded, row counts, periods, who and when', async () => {
    const { done, file } = xlsx;
    const sha = createHash('sha256').update(file.body).digest('hex');
    expect(done.sha256).toBe(sha);
    expect(done.manifest).toMatchObject({
      exportId: done.id,
      kind: 'PILOT_REPORT',
      format: 'XLSX',
      sha256: sha,
      byteSize: file.body.length,
      pilot: { id: c.pilotId },
      periods: [
        { role: 'PILOT', startsOn: '2026-03-01', endsOn: '2026-05-31' },
        { role: 'BASELINE', startsOn: '2026-01-01', endsOn: '2026-02-28' },
      ],
      generatedBy: { email: c.emails.hrA },
      manifestVersion: 1,
    });
    expect(done.manifest.rowCounts).toEqual(done.rowCounts);
    expect(done.manifest.rowCounts.find((r) => r.key === 'by-agency')?.rows).toBe(report.byAgency.length * 4);
    const manifest = await download(t, token['hrA'], done.manifestUrl as string);
    expect(manifest.status).toBe(200);
    expect(manifest.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(manifest.headers['content-disposition']).toContain('bao-cao-thi-diem-202603-202605.manifest.json');
    expect(manifest.body.toString('utf8')).toBe(done.manifest.json);
    expect(JSON.parse(done.manifest.json)).toMatchObject({ sha256: sha, exportId: done.id, filters: { agencyId: null, unitId: null } });
  });

  it('audited as access to personal data: the start, each download and each manifest download, by whom', async () => {
    const id = xlsx.done.id;
    expect(await audits('report-export.started', id)).toBe(1);
    expect(await audits('report-export.downloaded', id)).toBe(1);
    expect(await audits('report-export.manifest-downloaded', id)).toBe(1);
    await download(t, token['hrA'], xlsx.done.downloadUrl as string);
    expect(await audits('report-export.downloaded', id)).toBe(2);
    const [row] = await t.dataSource.query(
      `SELECT u.email, e.data FROM audit_event e JOIN app_user u ON u.id = e.actor_id WHERE e.action = 'report-export.started' AND e.entity_id = $1`,
      [id],
    );
    expect(row).toMatchObject({ email: c.emails.hrA, data: { kind: 'PILOT_REPORT', format: 'XLSX', input: { pilotId: c.pilotId } } });
    // The job read the report as the requester: the read is audited like the page's.
    expect(await audits('report.viewed')).toBeGreaterThanOrEqual(2);
  });

  let csvId = '';
  it('CSV: a ZIP, one UTF-8 file with BOM per breakdown, each with the right row count', async () => {
    const { done, file } = await exportAs('hrA', 'CSV');
    csvId = done.id;
    expect(file.headers['content-type']).toBe('application/zip');
    expect(done.fileName).toBe('bao-cao-thi-diem-202603-202605.zip');
    const path = join(dir, 'export.zip');
    writeFileSync(path, file.body);
    const entries = await exportFileChecks.zipEntries(path);
    expect(entries).toEqual([
      csvFileName(1, 'tong-hop'),
      ...['cohorts', 'by-agency', 'by-unit', 'by-position', 'grades', 'pre-trend', 'balance', 'missing-evaluations', 'moved-cohort'].map((k, i) => csvFileName(i + 2, k)),
    ]);
    const expectedRows: Record<string, number> = {
      cohorts: report.summary.length,
      'by-agency': report.byAgency.length * 4,
      'by-unit': report.byUnit.length * 4,
      'by-position': report.byPosition.length * 4,
      grades: report.gradeDistribution.length,
      'pre-trend': report.preTrend.length,
      balance: report.balance.length,
      'missing-evaluations': report.dataQuality.missingEvaluations.items.length,
      'moved-cohort': report.dataQuality.movedCohort.items.length,
    };
    for (const [i, [key, rows]] of Object.entries(expectedRows).entries()) {
      const bytes = await exportFileChecks.zipEntry(path, csvFileName(i + 2, key));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const records: string[][] = parse(bytes.subarray(3).toString('utf8'));
      expect(records.length).toBe(1 + rows);
    }
    const units: string[][] = parse((await exportFileChecks.zipEntry(path, csvFileName(4, 'by-unit'))).subarray(3).toString('utf8'));
    expect(units[0].slice(0, 4)).toEqual(['Cơ quan', 'Đơn vị', 'Nhóm', 'Kỳ']);
    expect(units[1][units[0].indexOf('Điểm bình quân')]).toBe(String(report.byUnit[0].cells[0]['meanScore'] ?? ''));
  });

  it('PDF: pdftotext finds the Vietnamese headings exactly; the chart page rendered to PNG shows the charts; DejaVu embedded', async () => {
    const { done, file } = await exportAs('hrA', 'PDF');
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.body.subarray(0, 5).toString()).toBe('%PDF-');
    const path = join(dir, 'export.pdf');
    writeFileSync(path, file.body);
    const text = await exportFileChecks.pdfText(path);
    for (const heading of [
      'Báo cáo đánh giá thí điểm làm việc tại nhà',
      PDF_HEADINGS.summary,
      PDF_HEADINGS.did,
      PDF_HEADINGS.charts,
      PDF_HEADINGS.tables,
      PDF_HEADINGS.method,
      'Theo đơn vị',
      'Cân bằng hai nhóm',
      'Điểm bình quân hằng tháng trước thí điểm',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toMatch(/Trang 1\/\d+/);
    const cover = await exportFileChecks.renderPdfPage(path, 1, { png: join(dir, 'cover.png') });
    expect(exportFileChecks.pixelsNear(cover, [0, 0, 0], { x0: 0.1, y0: 0.2, x1: 0.9, y1: 0.4 }, 60)).toBeGreaterThan(300);
    const charts = await exportFileChecks.renderPdfPage(path, 3, { png: join(dir, 'charts.png') });
    expect(exportFileChecks.pixelsNear(charts, [0x1f, 0x5f, 0xa8], { x0: 0.15, y0: 0.1, x1: 0.85, y1: 1 })).toBeGreaterThan(200);
    expect(exportFileChecks.pixelsNear(charts, [0xb4, 0x54, 0x0a], { x0: 0.15, y0: 0.1, x1: 0.85, y1: 1 })).toBeGreaterThan(200);
    expect(done.manifest.sha256).toBe(createHash('sha256').update(file.body).digest('hex'));
    if (process.env['KEEP_EXPORT_DIR']) writeFileSync(join(process.env['KEEP_EXPORT_DIR'], 'e2e-report.pdf'), file.body);
  });

  it('an inspector, who may read the report, may export it (read-only role: the export changes no one’s data)', async () => {
    const res = await start('inspectorA', 'CSV');
    expect(res.errors).toBeUndefined();
    expect(res.data?.startReportExport.status).toBe('QUEUED');
  });

  it('refused at the start exactly as the report is: roles, the other agency, a pilot outside the scope, bad input — and nothing is written', async () => {
    const before = await exportsCount();
    const startedBefore = await audits('report-export.started');
    expect(errorCode(await start('headA1', 'XLSX'))).toBe('FORBIDDEN');
    expect(errorCode(await start('officialA1', 'XLSX'))).toBe('FORBIDDEN');
    expect(errorCode(await start('hrB', 'XLSX', input({ agencyId: c.agencyA })))).toBe('FORBIDDEN');
    expect(errorCode(await start('hrB', 'PDF', input({ pilotId: c.pilotAOnlyId })))).toBe('FORBIDDEN');
    expect(errorCode(await start('hrA', 'XLSX', input({ period: { from: '2026-13', to: '2026-05' } })))).toBe('BAD_USER_INPUT');
    expect(errorCode(await start('hrA', 'XLSX', input({ baseline: { from: '2026-04', to: '2026-05' } })))).toBe('BAD_USER_INPUT');
    expect(errorCode(await start('hrA', 'DOCX'))).toBe('BAD_USER_INPUT');
    expect(errorCode(await start('hrA', 'XLSX', input({ pilotId: '00000000-0000-4000-8000-000000000000' })))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(START, { input: { format: 'XLSX', pilotReport: input() } }))).toBe('UNAUTHENTICATED');
    expect(await exportsCount()).toBe(before);
    expect(await audits('report-export.started')).toBe(startedBefore);
  });

  it('someone else’s export: no progress, no read, no download, no manifest (FORBIDDEN); an administrator may; a download before DONE is a CONFLICT', async () => {
    const { id, downloadUrl, manifestUrl } = xlsx.done;
    const downloadsBefore = await audits('report-export.downloaded', id);
    for (const who of ['hrB', 'hrCity', 'inspectorA']) {
      expect(errorCode(await t.gql(EXPORT, { id }, { token: token[who] }))).toBe('FORBIDDEN');
      expect((await download(t, token[who], downloadUrl as string)).status).toBe(403);
      expect((await download(t, token[who], manifestUrl as string)).status).toBe(403);
    }
    for (const who of ['headA1', 'officialA1']) {
      expect(errorCode(await t.gql(EXPORT, { id }, { token: token[who] }))).toBe('FORBIDDEN');
      expect((await download(t, token[who], downloadUrl as string)).status).toBe(403);
    }
    expect((await download(t, null, downloadUrl as string)).status).toBe(401);
    const hrBLive = await openSubscription<Progress>(t.url, token['hrB'], PROGRESS, { id }).catch((e: Error) => e);
    if (!(hrBLive instanceof Error)) {
      await expect(hrBLive.next(3000)).rejects.toThrow(/NOT_YOUR_EXPORT|FORBIDDEN/);
      await hrBLive.close();
    }
    expect((await view('admin', id)).sha256).toBe(xlsx.done.sha256);
    expect(errorCode(await t.gql(EXPORT, { id: '00000000-0000-4000-8000-000000000000' }, { token: token['hrA'] }))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(EXPORT, { id: 'nope' }, { token: token['hrA'] }))).toBe('BAD_USER_INPUT');
    const queued = ok(await start('hrA', 'PDF')).startReportExport;
    const early = await download(t, token['hrA'], `/report-exports/${queued.id}/file`);
    expect(early.status).toBe(409);
    expect(JSON.parse(early.body.toString('utf8'))).toMatchObject({ reason: 'REPORT_EXPORT_NOT_READY' });
    // The downloads refused were not audited as downloads.
    expect(await audits('report-export.downloaded', id)).toBe(downloadsBefore);
  });

  it('retention: after EXPORT_RETENTION_DAYS the file is deleted (EXPIRED, audited), the manifest stays; an export whose job was lost ends FAILED', async () => {
    const before = await view('hrA', csvId);
    await t.dataSource.query(`UPDATE report_export SET finished_at = finished_at - interval '31 days' WHERE id = $1`, [csvId]);
    const lost = ok(await start('hrA', 'XLSX')).startReportExport;
    await t.dataSource.query(`UPDATE report_export SET updated_at = now() - interval '2 hours' WHERE id = $1`, [lost.id]);
    const swept = await runner.sweep(t.clock.now());
    expect(swept.expired).toBeGreaterThanOrEqual(1);
    expect(swept.failed).toBeGreaterThanOrEqual(1);
    const after = await view('hrA', csvId);
    expect(after).toMatchObject({ status: 'EXPIRED', downloadUrl: null, manifestUrl: `/report-exports/${csvId}/manifest.json`, sha256: before.sha256 });
    const gone = await download(t, token['hrA'], `/report-exports/${csvId}/file`);
    expect(gone.status).toBe(409);
    expect(JSON.parse(gone.body.toString('utf8'))).toMatchObject({ reason: 'REPORT_EXPORT_EXPIRED' });
    const manifest = await download(t, token['hrA'], after.manifestUrl as string);
    expect(manifest.status).toBe(200);
    expect(manifest.body.toString('utf8')).toBe(before.manifest.json);
    expect(await audits('report-export.expired', csvId)).toBe(1);
    expect(await view('hrA', lost.id)).toMatchObject({ status: 'FAILED' });
    // Swept once: a second sweep changes nothing.
    expect(await runner.sweep(t.clock.now())).toEqual({ expired: 0, failed: 0 });
  });
});

const fraction = (v: number | string | null | undefined) => (typeof v === 'number' ? Number((v / 100).toPrecision(15)) : null);
