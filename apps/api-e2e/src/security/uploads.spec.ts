import { FileSweepService } from '@ketqua/api/work';
import { createTestApp, httpRequest, TestApp } from '@ketqua/api/testing';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AssignmentView, hcm, ok, pdf, Q, signIn } from '../work/work-fixtures';

const QUOTA = 1024 * 1024;

/** Issue 10 §4: uploads as curl sends them, content checks, a per-user quota and the sweep of files never attached. */
describe('uploads: content type, PDF header, quota, sweep', () => {
  let t: TestApp;
  let dataDir: string;
  let token: Record<string, string>;
  let idOf: Record<string, string>;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ketqua-uploads-'));
    t = await createTestApp({ env: { KETQUA_DATA_DIR: dataDir, UPLOAD_QUOTA_BYTES: String(QUOTA), UNATTACHED_FILE_TTL_HOURS: '24' } });
    t.clock.setNow(hcm('2026-03-02T09:00:00'));
    ({ token, idOf } = await signIn(t));
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const post = (who: string, name: string, body: Buffer, contentType?: string) =>
    httpRequest(`${t.url}/files?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { ...(contentType ? { 'content-type': contentType } : {}), authorization: `Bearer ${token[who]}` },
      body,
    }).then((r) => ({ status: r.status, json: JSON.parse(r.body) as Record<string, unknown> }));
  const rows = async () => Number((await t.dataSource.query('SELECT count(*)::int AS n FROM stored_file'))[0].n);
  const pathOf = async (id: unknown) => join(dataDir, 'files', (await t.dataSource.query('SELECT storage_path FROM stored_file WHERE id = $1', [id]))[0].storage_path);

  it("stores a file sent with curl's default content type (form-urlencoded) or any other, byte for byte", async () => {
    for (const type of ['application/x-www-form-urlencoded', 'application/json', 'text/plain', undefined]) {
      const body = pdf(`gửi bằng ${type ?? 'no content type'}`);
      const res = await post('official', 'bao-cao.pdf', body, type);
      expect({ type, status: res.status, size: res.json['size'] }).toEqual({ type, status: 201, size: body.length });
      expect(readFileSync(await pathOf(res.json['id']))).toEqual(body);
    }
    await t.dataSource.query('DELETE FROM stored_file');
  });

  it('takes a file as PDF only when it starts with %PDF-', async () => {
    const late = Buffer.concat([Buffer.from('<html><script>alert(1)</script>\n', 'latin1'), pdf('inside')]);
    const res = await post('official', 'trang.pdf', late, 'application/pdf');
    expect(res.status).toBe(400);
    expect(res.json['reason']).toBe('FILE_CONTENT_MISMATCH');
    expect(await rows()).toBe(0);
  });

  it("refuses an upload beyond the user's quota and keeps nothing of it; others still have theirs", async () => {
    const chunk = Buffer.concat([pdf('phần một'), Buffer.alloc(600 * 1024, 0x20)]);
    const first = await post('official', 'mot.pdf', chunk, 'application/pdf');
    expect(first.status).toBe(201);
    const second = await post('official', 'hai.pdf', chunk, 'application/pdf');
    expect(second.status).toBe(400);
    expect(second.json).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_QUOTA_EXCEEDED' });
    expect(second.json['message']).toContain('MB');
    expect(await rows()).toBe(1);
    expect((await post('head', 'cua-truong-phong.pdf', chunk, 'application/pdf')).status).toBe(201);
    await t.dataSource.query('DELETE FROM stored_file');
  });

  it('sweeps files never attached after 24 hours, rows and bytes, and keeps attached and recent ones', async () => {
    const assignment = ok(
      await t.gql<{ createAssignment: AssignmentView[] }>(
        Q.create,
        {
          input: { assigneeIds: [idOf['official']], title: 'Báo cáo có đính kèm', quantity: 1, deadline: hcm('2026-03-13T17:00:00').toISOString() },
        },
        { token: token['head'] },
      ),
    ).createAssignment[0];
    const abandoned = await post('official', 'bo-do.pdf', pdf('bỏ dở'), 'application/pdf');
    const submitted = await post('official', 'nop.pdf', pdf('nộp'), 'application/pdf');
    ok(await t.gql(Q.start, { id: assignment.id }, { token: token['official'] }));
    ok(await t.gql(Q.submit, { input: { assignmentId: assignment.id, fileIds: [submitted.json['id']] } }, { token: token['official'] }));
    const abandonedPath = await pathOf(abandoned.json['id']);
    const submittedPath = await pathOf(submitted.json['id']);
    const sweeper = t.app.get(FileSweepService);

    t.clock.setNow(hcm('2026-03-03T08:59:00'));
    expect(await sweeper.sweep()).toBe(0);
    const fresh = await post('official', 'moi.pdf', pdf('mới'), 'application/pdf');

    t.clock.setNow(hcm('2026-03-03T09:01:00'));
    expect(await sweeper.sweep()).toBe(1);
    expect(existsSync(abandonedPath)).toBe(false);
    expect(existsSync(submittedPath)).toBe(true);
    const left = (await t.dataSource.query('SELECT id FROM stored_file ORDER BY created_at')).map((r: { id: string }) => r.id);
    expect(left).toEqual([submitted.json['id'], fresh.json['id']]);
    const [event] = await t.dataSource.query(`SELECT action, entity_id FROM audit_event WHERE action = 'work.file.swept'`);
    expect(event.entity_id).toBe(abandoned.json['id']);
  });
});
