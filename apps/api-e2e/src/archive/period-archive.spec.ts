import { ArchiveManifest, readZip, sha256Hex, verifyArchive, writeArchiveZip } from '@ketqua/api/core';
import { ReportExportRunner } from '@ketqua/api/reports';
import { createTestApp, TEST_JWT_SECRET, testDatabaseUrl, TestApp } from '@ketqua/api/testing';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { download, seedSheets, SheetsWorld } from '../evaluation/sheets-fixtures';

const root = join(__dirname, '../../../..');

/** `npm run archive:<command> -- <args>` as an operator runs it, against this worker's database. */
async function runArchiveCommand(command: 'export' | 'verify', args: string[], dataDir: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['-r', '@swc-node/register', `tools/archive/${command}.ts`, ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: testDatabaseUrl(), JWT_SECRET: TEST_JWT_SECRET, KETQUA_DATA_DIR: dataDir, LOG_LEVEL: 'error' },
    });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: `${e.stdout}${e.stderr}` };
  }
}

/** The bundle with one byte of an entry's stored data changed (`path` must be stored, not deflated: a PDF). */
function withByteChanged(zip: Buffer, path: string, at = 40): Buffer {
  const changed = Buffer.from(zip);
  // The first occurrence of the name is in the entry's local header (30 fixed bytes, the name, the extra field, the data).
  const nameAt = changed.indexOf(Buffer.from(path, 'utf8'));
  const dataAt = nameAt + Buffer.byteLength(path) + changed.readUInt16LE(nameAt - 30 + 28);
  expect(changed.subarray(dataAt, dataAt + 5).toString('latin1')).toBe('%PDF-');
  changed[dataAt + at] ^= 0x01;
  return changed;
}

const METRICS = `cohort phase headcount assignments completed completionRatePercent onTime onTimeRatePercent evaluations meanQualityPercent meanScore spotChecks spotCheckCompliancePercent`;

/**
 * The electronic archive of a closed period: HR's download and `npm run archive:export` give a
 * bundle that `npm run archive:verify` accepts; a changed byte, or an audit event rewritten with
 * the manifest re-hashed to match, fails verification. The period's agency is in a pilot, so the
 * bundle carries the pilot report of its month: the same PDF, byte for byte, as the pilot report
 * export of that month by the same person at the same time, and the same figures as the report.
 */
describe('electronic archive bundle of a closed period', () => {
  let t: TestApp;
  let w: SheetsWorld;
  let dir: string;
  let pilotId: string;
  const token: Record<string, string> = {};
  const bundleUrl = () => `/evaluation-archives/periods/${w.periodId}/bundle.zip`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ketqua-archive-'));
    t = await createTestApp({ now: new Date('2026-11-20T02:00:00Z') });
    w = await seedSheets(t);
    // A pilot over the period's unit, started in its month: the bundle carries the pilot report of October (baseline September).
    const [pilot] = await t.dataSource.query(
      `INSERT INTO pilot (name, decision_number, start_date, end_date, max_home_share_percent, min_on_site, max_home_days_per_week, core_hours, sample_rate_basis_points, answer_window_minutes, rule_set_version, version)
       VALUES ('Thí điểm lưu trữ', '7/QĐ-LT', '2026-10-01', '2026-12-31', 30, 1, 2, '[{"start":"08:30","end":"11:00"}]', 1000, 15, 'v1', 1) RETURNING id`,
    );
    pilotId = pilot.id;
    await t.dataSource.query(`INSERT INTO pilot_unit (pilot_id, unit_id) VALUES ($1, $2)`, [pilotId, w.unitId]);
    // The published official works from home in it (the others of their position are the office cohort).
    const [commitment] = await t.dataSource.query(`INSERT INTO commitment_text (version, title, body, published_at) VALUES (901, 'Cam kết', 'Cam kết', now()) RETURNING id`);
    await t.dataSource.query(
      `INSERT INTO enrollment (pilot_id, official_id, unit_id, position_id, weekdays, start_date, end_date, status, commitment_text_id, commitment_version, commitment_accepted_at,
                               has_computer, has_phone, has_printer, has_internet, requested_at, decided_at, version)
       SELECT $1, u.id, u.unit_id, NULL, '{1,3}', '2026-10-01', '2026-12-31', 'APPROVED', $2, 901, now(), true, true, true, true, now(), '2026-09-20T09:00:00+07:00', 1
         FROM app_user u WHERE u.email = 'official@demo.ketqua.vn'`,
      [pilotId, commitment.id],
    );
    for (const who of ['official', 'head', 'hr', 'inspector', 'admin']) token[who] = await t.login(`${who}@demo.ketqua.vn`);
    // Events the excerpt must carry: the official reads their sheet, the head the unit's summary.
    expect((await download(t, token['official'], `/evaluation-sheets/${w.evaluation['official']}`)).status).toBe(200);
    expect((await download(t, token['head'], `/evaluation-sheets/periods/${w.periodId}/units/${w.unitId}/summary`)).status).toBe(200);
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses an open period and anyone but HR and ADMIN', async () => {
    const open = await download(t, token['hr'], bundleUrl());
    expect(open.status).toBe(400);
    expect(JSON.parse(open.body.toString('utf8'))).toMatchObject({ reason: 'PERIOD_NOT_CLOSED' });
    await t.dataSource.query(`UPDATE evaluation_period SET status = 'CLOSED' WHERE id = $1`, [w.periodId]);
    for (const who of ['official', 'head', 'inspector']) expect((await download(t, token[who], bundleUrl())).status).toBe(403);
    expect((await download(t, null, bundleUrl())).status).toBe(401);
  });

  it('HR downloads the bundle: manifest, records as JSON and PDF, audit excerpt with the chain head; it verifies, and a changed byte does not', async () => {
    const got = await download(t, token['hr'], bundleUrl());
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toBe('application/zip');
    const entries = readZip(got.body);
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as ArchiveManifest;
    expect([...entries.keys()][0]).toBe('manifest.json');
    expect(manifest).toMatchObject({
      format: 'ketqua-archive',
      formatVersion: 1,
      what: { kind: 'EVALUATION_PERIOD', period: { id: w.periodId, name: 'Tháng 10/2026', status: 'CLOSED' } },
      createdBy: { email: 'hr@demo.ketqua.vn', role: 'HR' },
      createdAt: '2026-11-20T02:00:00.000Z',
      ruleSetVersions: ['v1'],
      counts: { records: 1, recordPdfs: 1, signatures: 0, pilotReportFiles: 2 },
    });
    expect(got.headers['x-ketqua-manifest-sha256']).toMatch(/^[0-9a-f]{64}$/);
    const json = manifest.files.find((f) => f.path.endsWith('.json') && f.path.startsWith('records/'))!;
    expect(json.path).toMatch(/^records\/001-le-thi-hong-nhung-[0-9a-f]{8}\.json$/);
    const record = JSON.parse(entries.get(json.path)!.toString('utf8'));
    expect(record).toMatchObject({ evaluationId: w.evaluation['official'], official: { name: 'Lê Thị Hồng Nhung' }, grade: 'HOAN_THANH_XUAT_SAC', verificationCode: w.code });
    expect(
      entries
        .get(json.path.replace(/\.json$/, '.pdf'))!
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    const events = entries
      .get('audit/events.jsonl')!
      .toString('utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(events.map((e) => e.action)).toEqual(['evaluation.sheet-download', 'evaluation.sheet-download']);
    expect(manifest.counts['auditEvents']).toBe(2);

    const verified = verifyArchive(got.body);
    expect(verified.problems).toEqual([]);
    expect(verified).toMatchObject({ ok: true, checkedEvents: 2 });

    // One byte of the stored record PDF changed: its SHA-256 no longer matches the manifest.
    const broken = verifyArchive(withByteChanged(got.body, json.path.replace(/\.json$/, '.pdf')));
    expect(broken.ok).toBe(false);
    expect(broken.problems.join('\n')).toMatch(/records\/001-.*\.pdf: SHA-256 .* does not match the manifest/);

    // A forger who rewrites an audit event and re-hashes every file in the manifest: the chain catches it.
    const files = new Map([...entries].filter(([path]) => path !== 'manifest.json'));
    const lines = files.get('audit/events.jsonl')!.toString('utf8').trim().split('\n');
    const first = JSON.parse(lines[0]);
    first.data = { ...first.data, format: 'SOMETHING_ELSE' };
    lines[0] = JSON.stringify(first);
    files.set('audit/events.jsonl', Buffer.from(`${lines.join('\n')}\n`));
    const { files: _, ...rest } = manifest;
    const forged = await writeArchiveZip(rest, files, new Date(manifest.createdAt));
    const caught = verifyArchive(forged.zip);
    expect(caught.ok).toBe(false);
    expect(caught.problems.join('\n')).toMatch(new RegExp(`audit event ${first.seq}: content does not match its hash`));

    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'archive.export' AND entity_id = $1`, [w.periodId]);
    expect(n).toBe(1);
  });

  it('npm run archive:export writes the bundle; npm run archive:verify passes it and fails a changed byte', async () => {
    const out = join(dir, 'bundle.zip');
    const exported = await runArchiveCommand('export', ['--period', w.periodId, '--out', out, '--as', 'hr@demo.ketqua.vn'], dir);
    expect(exported.out).toMatch(/archive written: .*bundle\.zip/);
    expect(exported.code).toBe(0);
    // The pilot report's PDF tampered with.
    writeFileSync(join(dir, 'changed.zip'), withByteChanged(readFileSync(out), 'pilot-report/report.pdf', 1000));
    // Both checks at once: each command start compiles the tools (swc), most of its time.
    const [ok, bad] = await Promise.all([runArchiveCommand('verify', [out], dir), runArchiveCommand('verify', [join(dir, 'changed.zip')], dir)]);
    expect(ok.out).toMatch(/^archive OK: .*Tháng 10\/2026; \d+ files and \d+ audit events verified/);
    expect(ok.code).toBe(0);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/archive BROKEN/);
    expect(bad.out).toMatch(/pilot-report\/report\.pdf: SHA-256 [0-9a-f]{64} does not match the manifest/);
  });

  it('the pilot report of the period’s month is in the bundle, hashed in the manifest: the same PDF as its export, the same figures as the report', async () => {
    const got = await download(t, token['hr'], bundleUrl());
    expect(got.status).toBe(200);
    const entries = readZip(got.body);
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as ArchiveManifest;
    const input = {
      pilotId,
      period: { from: '2026-10', to: '2026-10' },
      baseline: { from: '2026-09', to: '2026-09' },
      agencyId: (await t.dataSource.query(`SELECT agency_id FROM unit WHERE id = $1`, [w.unitId]))[0].agency_id,
    };
    expect(manifest.what['pilot']).toEqual({ id: pilotId, name: 'Thí điểm lưu trữ', report: input });
    expect(manifest.counts['pilotReportFiles']).toBe(2);
    for (const path of ['pilot-report/report.json', 'pilot-report/report.pdf']) {
      const listed = manifest.files.find((f) => f.path === path);
      expect(listed).toEqual({ path, size: entries.get(path)!.length, sha256: sha256Hex(entries.get(path)!) });
    }

    // The pilot report export of the same months, by the same HR at the same instant: the very same file.
    const started = await t.gql<{ startReportExport: { id: string } }>(
      `mutation($input: StartReportExportInput!) { startReportExport(input: $input) { id } }`,
      { input: { format: 'PDF', pilotReport: input } },
      { token: token['hr'] },
    );
    expect(started.errors).toBeUndefined();
    const done = await t.app.get(ReportExportRunner).run(started.data!.startReportExport.id);
    expect(done).toMatchObject({ status: 'DONE' });
    expect(sha256Hex(entries.get('pilot-report/report.pdf')!)).toBe(done!.sha256);

    // report.json holds the report's figures as the API answers them.
    const text = entries.get('pilot-report/report.json')!.toString('utf8');
    const report = JSON.parse(text);
    // Streamed member by member, yet the bytes are the bundle's JSON form exactly (docs/ARCHIVE.md).
    expect(text).toBe(`${JSON.stringify(report, null, 2)}\n`);
    const answer = await t.gql<{ pilotReport: { summary: unknown[]; did: unknown } }>(
      `query($input: PilotReportInput!) { pilotReport(input: $input) { summary { ${METRICS} } did { estimate lower upper observations } } }`,
      { input },
      { token: token['hr'] },
    );
    expect(answer.errors).toBeUndefined();
    expect(report.summary.map((c: Record<string, unknown>) => Object.fromEntries(METRICS.split(' ').map((k) => [k, c[k]])))).toEqual(answer.data!.pilotReport.summary);
    expect(report.summary).toContainEqual(expect.objectContaining({ cohort: 'HOME', phase: 'PILOT', headcount: 1, evaluations: 1 }));
    expect(report.did).toMatchObject(answer.data!.pilotReport.did as object);
  });
});
