import { createTestApp, TestApp } from '@ketqua/api/testing';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODE, download, seedSheets, SheetsWorld } from './sheets-fixtures';

const NAME = 'Lê Thị Hồng Nhung';

/** Printed sheets over HTTP: who gets which PDF, the draft watermark, the unit summary, the streamed ZIP, the audit of each download. */
describe('evaluation sheets: PDF and ZIP downloads', () => {
  let t: TestApp;
  let w: SheetsWorld;
  let dir: string;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ketqua-sheets-'));
    t = await createTestApp();
    t.clock.setNow(new Date('2026-11-20T02:00:00Z'));
    w = await seedSheets(t);
    for (const who of ['official', 'head', 'hr', 'inspector', 'admin']) token[who] = await t.login(`${who}@demo.ketqua.vn`);
    token['bao'] = await t.login('bui.quoc.bao@demo.ketqua.vn');
    token['phuc'] = await t.login('duong.van.phuc@demo.ketqua.vn');
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const text = (pdf: Buffer, name: string, mode: 'raw' | 'layout' = 'raw') => {
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', [`-${mode}`, '-enc', 'UTF-8', file, '-']).toString('utf8');
  };
  const sheetUrl = (id: string) => `/evaluation-sheets/${id}`;
  const unitUrl = (tail: string) => `/evaluation-sheets/periods/${w.periodId}/units/${w.unitId}/${tail}`;
  const downloads = async () => Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'evaluation.sheet-download'`))[0].n);

  it('the official downloads their published sheet: the name stored decomposed comes out NFC, with the grade and the code; pdftoppm renders it', async () => {
    const got = await download(t, token['official'], sheetUrl(w.evaluation['official']));
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(String(got.headers['content-disposition'])).toMatch(/^attachment; filename="phieu-danh-gia-le-thi-hong-nhung-thang-10-2026-[0-9a-f]{8}\.pdf"$/);
    expect(got.headers['cache-control']).toBe('private, no-store');
    const lines = text(got.body, 'own', 'layout')
      .split('\n')
      .map((l) => l.trim());
    expect(lines).toContain(`Họ và tên: ${NAME}`);
    expect(lines).toContain('XẾP LOẠI CHẤT LƯỢNG: Hoàn thành xuất sắc nhiệm vụ');
    expect(lines).toContain(`Mã xác minh: ${CODE}`);
    const flat = text(got.body, 'own-raw').replace(/\s+/g, ' ');
    expect(flat.replace(/\s+/g, '')).toContain('Thẩmđịnhhồsơtuyểndụngđợt2(official)(125/SNV-CCVC)');
    expect(flat).toContain('Trễ hạn (hạn 15/10/2026): 0 điểm — miễn trừ, nguyên nhân khách quan: Mất điện diện rộng ở trụ sở');
    expect(flat.replace(/\s+/g, '')).not.toContain('BẢNNHÁP');

    execFileSync('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', join(dir, 'own.pdf'), join(dir, 'own-page')]);
    const png = readdirSync(dir).find((f) => f.startsWith('own-page'));
    expect(png).toBeDefined();
    expect(statSync(join(dir, png as string)).size).toBeGreaterThan(5000);
  });

  it('an official cannot download a colleague’s sheet (403), a head outside the unit cannot (403), an unknown id is 404, anonymous 401', async () => {
    expect((await download(t, token['official'], sheetUrl(w.evaluation['bui.quoc.bao']))).status).toBe(403);
    expect((await download(t, token['bao'], sheetUrl(w.evaluation['official']))).status).toBe(403);
    expect((await download(t, token['phuc'], sheetUrl(w.evaluation['official']))).status).toBe(403);
    expect((await download(t, token['head'], sheetUrl('00000000-0000-4000-8000-000000000000'))).status).toBe(404);
    expect((await download(t, token['head'], '/evaluation-sheets/not-a-uuid')).status).toBe(400);
    expect((await download(t, null, sheetUrl(w.evaluation['official']))).status).toBe(401);
  });

  it('the evaluator, HR and the inspector in scope get it; an unpublished sheet is watermarked BẢN NHÁP on every page and carries no code', async () => {
    for (const who of ['head', 'hr', 'inspector']) expect((await download(t, token[who], sheetUrl(w.evaluation['official']))).status).toBe(200);
    const draft = await download(t, token['bao'], sheetUrl(w.evaluation['bui.quoc.bao']));
    expect(draft.status).toBe(200);
    expect(String(draft.headers['content-disposition'])).toContain('-ban-nhap.pdf');
    const pages = text(draft.body, 'draft')
      .split('\f')
      .filter((p) => p.trim());
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) expect(page.replace(/\s+/g, '')).toContain('BẢNNHÁP');
    expect(pages.join(' ')).toContain('Mã xác minh: chưa có (phiếu chưa công bố)');
  });

  it('the unit summary lists every official of the unit with score, grade and status, and the totals per grade; officials are refused', async () => {
    const got = await download(t, token['head'], unitUrl('summary'));
    expect(got.status).toBe(200);
    const flat = text(got.body, 'summary').replace(/\s+/g, ' ');
    const count = Object.keys(w.evaluation).length;
    expect(flat).toContain(NAME);
    expect(flat).toContain('Bùi Quốc Bảo');
    expect(flat).toContain('Đã công bố');
    expect(flat).toContain('Chờ tự đánh giá');
    expect(flat).toContain(`Tổng số ${count} 100%`);
    expect(flat).toMatch(/Hoàn thành xuất sắc nhiệm vụ 2 /);
    expect((await download(t, token['official'], unitUrl('summary'))).status).toBe(403);
    expect((await download(t, token['phuc'], unitUrl('summary'))).status).toBe(403);
    expect((await download(t, token['hr'], `/evaluation-sheets/periods/00000000-0000-4000-8000-000000000000/units/${w.unitId}/summary`)).status).toBe(404);
  });

  it('the ZIP holds one PDF per evaluation of the unit, with stable names, each a rendered sheet; the same download twice gives the same names', async () => {
    const got = await download(t, token['head'], unitUrl('sheets.zip'));
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toBe('application/zip');
    const zip = join(dir, 'unit.zip');
    writeFileSync(zip, got.body);
    const names = execFileSync('zipinfo', ['-1', zip]).toString('utf8').trim().split('\n');
    const count = Object.keys(w.evaluation).length;
    expect(names).toHaveLength(count);
    for (const n of names) expect(n).toMatch(/^\d{2}-[a-z0-9-]+-[0-9a-f]{8}(-ban-nhap)?\.pdf$/);
    const ids = Object.values(w.evaluation).map((id) => id.slice(0, 8));
    expect(names.map((n) => n.match(/-([0-9a-f]{8})(-ban-nhap)?\.pdf$/)?.[1]).sort()).toEqual(ids.sort());
    expect(names.find((n) => n.includes('le-thi-hong-nhung'))).not.toContain('ban-nhap');
    expect(names.find((n) => n.includes('bui-quoc-bao'))).toContain('-ban-nhap');
    const out = join(dir, 'unzipped');
    execFileSync('unzip', ['-q', zip, '-d', out]);
    const nhung = names.find((n) => n.includes('le-thi-hong-nhung')) as string;
    expect(text(execFileSync('cat', [join(out, nhung)]), 'from-zip', 'layout')).toContain(`Họ và tên: ${NAME}`);
    const again = await download(t, token['hr'], unitUrl('sheets.zip'));
    writeFileSync(join(dir, 'again.zip'), again.body);
    expect(
      execFileSync('zipinfo', ['-1', join(dir, 'again.zip')])
        .toString('utf8')
        .trim()
        .split('\n'),
    ).toEqual(names);
    expect((await download(t, token['bao'], unitUrl('sheets.zip'))).status).toBe(403);
    expect((await download(t, token['phuc'], unitUrl('sheets.zip'))).status).toBe(403);
  });

  it('every download is in the audit trail as an access to personal data, refusals are not', async () => {
    const before = await downloads();
    await download(t, token['official'], sheetUrl(w.evaluation['official']));
    await download(t, token['official'], sheetUrl(w.evaluation['bui.quoc.bao']));
    await download(t, token['head'], unitUrl('sheets.zip'));
    expect(await downloads()).toBe(before + 2);
    const [last] = await t.dataSource.query(
      `SELECT e.actor_id, e.entity_type, e.entity_id, e.data FROM audit_event e WHERE action = 'evaluation.sheet-download' ORDER BY seq DESC LIMIT 1`,
    );
    const [head] = await t.dataSource.query(`SELECT id FROM app_user WHERE email = 'head@demo.ketqua.vn'`);
    expect(last).toMatchObject({ actor_id: head.id, entity_type: 'unit', entity_id: w.unitId });
    expect(last.data).toMatchObject({ format: 'UNIT_ZIP', periodId: w.periodId });
    expect(last.data.evaluationIds).toHaveLength(Object.keys(w.evaluation).length);
  });
});
