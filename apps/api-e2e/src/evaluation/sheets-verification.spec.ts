import { createTestApp, errorCode, TestApp } from '@ketqua/api/testing';
import { CODE, seedSheets, SHEET_QUERY, SheetsWorld } from './sheets-fixtures';

interface Verified {
  evaluationSheet: {
    code: string;
    evaluationId: string;
    officialName: string;
    unitName: string;
    periodName: string;
    grade: string | null;
    gradeLabel: { vi: string; en: string } | null;
    score: string | null;
    revision: number;
    publishedAt: string;
    latestRevision: number;
    isLatestRevision: boolean;
    reopened: boolean;
    ruleSetVersion: string;
  };
}

/** Xác minh phiếu đánh giá: a printed code resolves to the published record, for any signed-in user, audited. */
describe('evaluationSheet(code)', () => {
  let t: TestApp;
  let w: SheetsWorld;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    w = await seedSheets(t);
    for (const who of ['official', 'inspector']) token[who] = await t.login(`${who}@demo.ketqua.vn`);
    token['thang'] = await t.login('kieu.van.thang@demo.ketqua.vn');
  });
  afterAll(() => t.close());

  const verifications = async () => Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'evaluation.sheet-verify'`))[0].n);

  it('resolves the printed code to the published record (NFC name, grade, score, revision, latest) for an official of another unit', async () => {
    const before = await verifications();
    const res = await t.gql<Verified>(SHEET_QUERY, { code: ` ${CODE} ` }, { token: token['thang'] });
    expect(res.errors).toBeUndefined();
    const v = res.data?.evaluationSheet;
    expect(v).toMatchObject({
      code: CODE,
      evaluationId: w.evaluation['official'],
      officialName: 'Lê Thị Hồng Nhung',
      unitName: 'Phòng Công chức viên chức',
      periodName: 'Tháng 10/2026',
      grade: 'HOAN_THANH_XUAT_SAC',
      gradeLabel: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellent completion of duties' },
      score: '97.08',
      revision: 1,
      latestRevision: 1,
      isLatestRevision: true,
      reopened: false,
      ruleSetVersion: 'v1',
    });
    expect(new Date(v?.publishedAt as string).toISOString()).toBe('2026-11-12T02:00:00.000Z');
    expect(await verifications()).toBe(before + 1);
  });

  it('says when the evaluation was reopened after the printed publication', async () => {
    await t.dataSource.query(`UPDATE evaluation SET status = 'REOPENED', revision = 2, reopen_reason = 'Khiếu nại' WHERE id = $1`, [w.evaluation['official']]);
    try {
      const v = (await t.gql<Verified>(SHEET_QUERY, { code: CODE }, { token: token['inspector'] })).data?.evaluationSheet;
      expect(v).toMatchObject({ revision: 1, latestRevision: 1, isLatestRevision: false, reopened: true });
    } finally {
      await t.dataSource.query(`UPDATE evaluation SET status = 'PUBLISHED', revision = 1, reopen_reason = NULL WHERE id = $1`, [w.evaluation['official']]);
    }
  });

  it('an unknown code is NOT_FOUND (and audited), a NUL byte is BAD_USER_INPUT, anonymous is UNAUTHENTICATED', async () => {
    const before = await verifications();
    expect(errorCode(await t.gql(SHEET_QUERY, { code: 'KQ-0000-0000' }, { token: token['official'] }))).toBe('NOT_FOUND');
    expect(await verifications()).toBe(before + 1);
    expect(errorCode(await t.gql(SHEET_QUERY, { code: 'KQ\u0000' }, { token: token['official'] }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(SHEET_QUERY, { code: 'x'.repeat(65) }, { token: token['official'] }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(SHEET_QUERY, { code: CODE }))).toBe('UNAUTHENTICATED');
  });
});
