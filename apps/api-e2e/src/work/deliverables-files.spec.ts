import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, openSubscription, TestApp } from '@ketqua/api/testing';
import { AssignmentView, download, hcm, ok, pdf, Q, refused, signIn, upload } from './work-fixtures';

const ADDED = `subscription { notificationAdded { kind title { vi en } data } }`;

/** Journeys 1 and 2 up to the review through the API: files, versions, return, resubmission, acceptance. */
describe('deliverables, files and reviews', () => {
  let t: TestApp;
  let dataDir: string;
  let token: Record<string, string>;
  let idOf: Record<string, string>;
  let assignment: AssignmentView;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ketqua-files-'));
    t = await createTestApp({ env: { KETQUA_DATA_DIR: dataDir } });
    t.clock.setNow(hcm('2026-03-02T09:00:00'));
    ({ token, idOf } = await signIn(t));
    assignment = ok(
      await t.gql<{ createAssignment: AssignmentView[] }>(
        Q.create,
        {
          input: {
            assigneeIds: [idOf['official']],
            title: 'Dự thảo tờ trình tuyển dụng công chức',
            quantity: 1,
            deadline: hcm('2026-03-06T17:00:00').toISOString(),
            sourceDocument: '125/SNV-CCVC',
          },
        },
        { token: token['head'] },
      ),
    ).createAssignment[0];
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const fileCount = async () => Number((await t.dataSource.query('SELECT count(*)::int AS n FROM stored_file'))[0].n);

  it('stores an upload under the data directory with its size and SHA-256 computed while streaming', async () => {
    const body = pdf('Báo cáo tuần');
    const res = await upload(t, token['official'], 'Báo cáo tuần 10.pdf', body);
    expect(res.status).toBe(201);
    const sha = createHash('sha256').update(body).digest('hex');
    expect(res.json).toMatchObject({ name: 'Báo cáo tuần 10.pdf', mediaType: 'application/pdf', size: body.length, sha256: sha });
    const [row] = await t.dataSource.query('SELECT sha256, size, storage_path FROM stored_file WHERE id = $1', [res.json['id']]);
    expect(row.sha256).toBe(sha);
    expect(Number(row.size)).toBe(body.length);
    const onDisk = readFileSync(join(dataDir, 'files', row.storage_path));
    expect(createHash('sha256').update(onDisk).digest('hex')).toBe(sha);
  });

  it('refuses a file over 25 MB, a program disguised as a PDF, a type outside the allow-list, and anonymous uploads; nothing is kept', async () => {
    const before = await fileCount();
    const big = Buffer.concat([pdf('x'), Buffer.alloc(25 * 1024 * 1024)]);
    const oversize = await upload(t, token['official'], 'lon.pdf', big);
    expect(oversize.status).toBe(400);
    expect(oversize.json['reason']).toBe('FILE_TOO_LARGE');
    expect(oversize.json['message']).toContain('25 MB');

    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(4096)]);
    const disguised = await upload(t, token['official'], 'bao-cao.pdf', exe);
    expect(disguised.status).toBe(400);
    expect(disguised.json['reason']).toBe('FILE_EXECUTABLE');
    expect(disguised.json['message']).toContain('chương trình');

    const mismatch = await upload(t, token['official'], 'bang-tinh.xlsx', pdf('not a workbook'));
    expect(mismatch.json['reason']).toBe('FILE_CONTENT_MISMATCH');
    expect((await upload(t, token['official'], 'setup.exe', Buffer.from('hello'))).json['reason']).toBe('FILE_TYPE_NOT_ALLOWED');
    expect((await upload(t, null, 'a.pdf', pdf('a'))).status).toBe(401);
    expect(await fileCount()).toBe(before);
    // Nothing refused is left on disk either: one file per stored row, no partial uploads.
    const onDisk = readdirSync(join(dataDir, 'files'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(onDisk.filter((e) => e.name.endsWith('.part'))).toEqual([]);
    expect(onDisk.length).toBe(before);
  });

  it('official submits a file; the head is told live, downloads it; a colleague and another unit cannot', async () => {
    const headLive = await openSubscription<{ kind: string }>(t.url, token['head'], ADDED);
    const baoLive = await openSubscription<{ kind: string }>(t.url, token['bao'], ADDED);
    try {
      ok(await t.gql(Q.start, { id: assignment.id }, { token: token['official'] }));
      const body = pdf('Dự thảo lần 1');
      const file = (await upload(t, token['official'], 'du-thao-v1.pdf', body)).json;
      t.clock.setNow(hcm('2026-03-04T10:00:00'));
      const submitted = ok(
        await t.gql<{ submitDeliverable: { versionNo: number; onTime: boolean } }>(
          Q.submit,
          {
            input: { assignmentId: assignment.id, fileIds: [file['id']], note: 'Kính gửi anh bản dự thảo.', links: ['https://vanban.hochiminhcity.gov.vn/125'] },
          },
          { token: token['official'] },
        ),
      ).submitDeliverable;
      expect(submitted).toMatchObject({ versionNo: 1, onTime: true });
      expect(await headLive.next()).toMatchObject({ kind: 'DELIVERABLE_SUBMITTED' });
      expect(await baoLive.quietFor(300)).toEqual([]);

      const got = await download(t, token['head'], `/files/${file['id']}`);
      expect(got.status).toBe(200);
      expect(got.body.equals(body)).toBe(true);
      expect(got.headers['content-type']).toBe('application/pdf');
      expect(got.headers['x-content-type-options']).toBe('nosniff');
      expect((await download(t, token['official'], `/files/${file['id']}`)).status).toBe(200);
      expect((await download(t, token['bao'], `/files/${file['id']}`)).status).toBe(403);
      expect((await download(t, token['phuc'], `/files/${file['id']}`)).status).toBe(403);
      expect((await download(t, token['hr'], `/files/${file['id']}`)).status).toBe(200);

      // A file already submitted, or someone else's, cannot be attached again.
      const reuse = await t.gql(Q.submit, { input: { assignmentId: assignment.id, fileIds: [file['id']] } }, { token: token['official'] });
      expect(refused(reuse).code).toBe('CONFLICT');
    } finally {
      await headLive.close();
      await baoLive.close();
    }
  });

  it('head returns it for a major content error with a comment; the official is told and sees the comment', async () => {
    const officialLive = await openSubscription<{ kind: string; title: { vi: string } }>(t.url, token['official'], ADDED);
    try {
      const v1 = ok(await t.gql<{ assignment: AssignmentView }>(Q.get, { id: assignment.id }, { token: token['head'] })).assignment.deliverables[0];
      const noComment = await t.gql(Q.review, { input: { deliverableId: v1.id, decision: 'RETURNED', majorError: true } }, { token: token['head'] });
      expect(refused(noComment)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'COMMENT_REQUIRED' });
      expect(refused(await t.gql(Q.review, { input: { deliverableId: v1.id, decision: 'ACCEPTED' } }, { token: token['official'] })).code).toBe('FORBIDDEN');
      expect(refused(await t.gql(Q.review, { input: { deliverableId: v1.id, decision: 'ACCEPTED' } }, { token: token['phuc'] })).code).toBe('FORBIDDEN');

      const returned = ok(
        await t.gql<{ reviewDeliverable: AssignmentView }>(
          Q.review,
          {
            input: { deliverableId: v1.id, decision: 'RETURNED', majorError: true, comment: 'Số liệu biên chế chưa khớp với Quyết định 1520.' },
          },
          { token: token['head'] },
        ),
      ).reviewDeliverable;
      expect(returned.status).toBe('RETURNED');
      expect(returned.deliverables[0].review).toMatchObject({ decision: 'RETURNED', majorError: true, reviewer: { email: 'head@demo.ketqua.vn' } });
      const told = await officialLive.next();
      expect(told).toMatchObject({ kind: 'DELIVERABLE_RETURNED', title: { vi: 'Sản phẩm bị trả lại: Dự thảo tờ trình tuyển dụng công chức' } });
      const seen = ok(await t.gql<{ assignment: AssignmentView }>(Q.get, { id: assignment.id }, { token: token['official'] })).assignment;
      expect(seen.deliverables[0].review?.comment).toBe('Số liệu biên chế chưa khớp với Quyết định 1520.');
    } finally {
      await officialLive.close();
    }
  });

  it('official resubmits; head accepts; every version is kept; quality loses 25 points for the major error until an objective cause is recorded', async () => {
    const file = (await upload(t, token['official'], 'du-thao-v2.pdf', pdf('Dự thảo lần 2'))).json;
    t.clock.setNow(hcm('2026-03-05T15:00:00'));
    const v2 = ok(
      await t.gql<{ submitDeliverable: { id: string; versionNo: number } }>(
        Q.submit,
        {
          input: { assignmentId: assignment.id, fileIds: [file['id']], note: 'Đã sửa số liệu.' },
        },
        { token: token['official'] },
      ),
    ).submitDeliverable;
    expect(v2.versionNo).toBe(2);
    const accepted = ok(
      await t.gql<{ reviewDeliverable: AssignmentView }>(Q.review, { input: { deliverableId: v2.id, decision: 'ACCEPTED' } }, { token: token['head'] }),
    ).reviewDeliverable;
    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.deliverables.map((d) => [d.versionNo, d.review?.decision])).toEqual([
      [1, 'RETURNED'],
      [2, 'ACCEPTED'],
    ]);
    expect(accepted.deliverables.map((d) => d.files[0].name)).toEqual(['du-thao-v1.pdf', 'du-thao-v2.pdf']);
    expect(accepted.scores).toMatchObject({ quantity: 100, quality: 75, progress: 100, convertedUnits: 1 });

    const waived = ok(
      await t.gql<{ recordObjectiveCause: AssignmentView }>(
        Q.cause,
        {
          input: {
            assignmentId: assignment.id,
            deliverableId: accepted.deliverables[0].id,
            cause: 'Biểu mẫu của Bộ thay đổi sau khi giao việc',
            confirmedBy: 'Công văn 88/BNV-CCVC',
          },
        },
        { token: token['head'] },
      ),
    ).recordObjectiveCause;
    expect(waived.scores).toMatchObject({ quality: 100 });
    expect(waived.scores?.qualityDeductions).toEqual([expect.objectContaining({ points: 0, waived: true })]);

    const actions: Array<{ action: string }> = await t.dataSource.query(`SELECT action FROM audit_event WHERE entity_id = $1 OR data->>'assignmentId' = $1 ORDER BY seq`, [
      assignment.id,
    ]);
    expect(actions.map((a) => a.action)).toEqual([
      'work.assignment.created',
      'work.assignment.started',
      'work.deliverable.submitted',
      'work.deliverable.returned',
      'work.deliverable.submitted',
      'work.deliverable.accepted',
      'work.assignment.objective_cause_recorded',
    ]);
  });
});
