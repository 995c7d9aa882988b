import { createTestApp, TestApp } from '@ketqua/api/testing';
import { checkExcellentQuota, getRuleSet, QuotaEntry } from '@ketqua/domain';
import {
  CandidateView,
  ExceptionView,
  ok,
  plantEvaluation,
  plantPeriod,
  publishThroughGuard,
  QQ,
  QuotaStatusView,
  refusal,
  ScopeView,
  statusOf,
  World,
  world,
} from './quota-fixtures';

type Status = { quotaStatus: QuotaStatusView };

/** The excellent-grade quota at publication: the meter, the what-if, the refusal, the recorded exception, concurrency, the Party share, access. */
describe('quota', () => {
  let t: TestApp;
  let w: World;
  let snv: string;
  const CCVC_STAFF = ['tran.thi.mai.anh', 'bui.quoc.bao', 'dang.thi.phuong.thao', 'ly.gia.huy', 'ho.thi.diem.my', 'official'];
  const TCBC_STAFF = ['ta.thi.ngoc.lan', 'lam.quang.vinh'];

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.setNow(new Date('2026-04-10T09:00:00+07:00'));
    w = await world(t, ['hr', 'head', 'official', 'inspector', 'nguyen.van.tam', 'nguyen.hoang.long']);
    snv = w.agencyOf['SNV'];
  });
  afterAll(() => t.close());

  const status = (who: string, periodId: string, group?: string) => t.gql<Status>(QQ.status, { agencyId: snv, periodId, group }, { token: w.token[who] });
  const except = (who: string, input: Record<string, unknown>) => t.gql<{ recordQuotaException: ExceptionView }>(QQ.except, { input }, { token: w.token[who] });
  const audits = async (action: string) => Number((await t.dataSource.query('SELECT count(*)::int AS n FROM audit_event WHERE action = $1', [action]))[0].n);

  /** Five good and one excellent published in CCVC's group; two more excellent pending (one approved, one scored) and a pending good one in TCBC. */
  async function plantAgency() {
    const periodId = await plantPeriod(t, snv);
    const head = w.idOf['head'];
    const ev = (who: string, status: 'PUBLISHED' | 'APPROVED' | 'SCORED', score: number, taskGroup = 'CHUYEN_VIEN', evaluator = head) =>
      plantEvaluation(t, w, { periodId, officialId: w.idOf[who], evaluatorId: evaluator, status, score, taskGroup });
    const good = await Promise.all(CCVC_STAFF.slice(0, 5).map((who, i) => ev(who, 'PUBLISHED', 80 + i)));
    const excellentPublished = await ev('official', 'PUBLISHED', 96);
    const pendingApproved = await ev('mai.thi.thanh.tam', 'APPROVED', 92);
    const pendingScored = await ev('chau.minh.nhat', 'SCORED', 94);
    const tcbcGood = await ev(TCBC_STAFF[0], 'APPROVED', 75, 'TO_CHUC', w.idOf['nguyen.hoang.long']);
    return { periodId, good, excellentPublished, pendingApproved, pendingScored, tcbcGood };
  }

  it('shows the live meter per agency and task group, equal to libs/domain on the same grades, with the what-if naming the pending excellent grades lowest score first', async () => {
    const p = await plantAgency();
    const s = ok(await status('hr', p.periodId)).quotaStatus;
    const agency = s.scopes.find((x: ScopeView) => x.kind === 'AGENCY' && x.rule === 'PERCENT_OF_GOOD');
    // 5 + 1 (TCBC) good, 3 excellent: at most floor(20% × 6) = 1.
    expect(agency).toMatchObject({ regime: 'CONG_CHUC', excellent: 3, good: 6, maxExcellent: 1, excess: 2, allowedExcellent: 1, withinQuota: false, exception: null });
    const group = s.scopes.find((x: ScopeView) => x.kind === 'TASK_GROUP' && x.taskGroup === 'CHUYEN_VIEN');
    expect(group).toMatchObject({ excellent: 3, good: 5, maxExcellent: 1, withinQuota: false });
    expect(s.scopes.find((x: ScopeView) => x.taskGroup === 'TO_CHUC')).toMatchObject({ excellent: 0, good: 1, maxExcellent: 0, withinQuota: true });
    // Published only: 1 excellent, 5 good — within quota.
    expect(s.publishedScopes.find((x: ScopeView) => x.kind === 'AGENCY')).toMatchObject({ excellent: 1, good: 5, maxExcellent: 1, withinQuota: true });
    expect(s.withinQuota).toBe(false);
    // The domain on the same grades gives the same numbers.
    const grades = [80, 81, 82, 83, 84].map((score, i) => ({ officialId: `g${i}`, grade: 'HOAN_THANH_TOT' as const, score, taskGroupId: 'CHUYEN_VIEN' }));
    const planted: Array<Omit<QuotaEntry, 'agencyId' | 'regime'>> = [
      ...grades,
      { officialId: 'x1', grade: 'HOAN_THANH_XUAT_SAC', score: 96, taskGroupId: 'CHUYEN_VIEN' },
      { officialId: 'x2', grade: 'HOAN_THANH_XUAT_SAC', score: 92, taskGroupId: 'CHUYEN_VIEN' },
      { officialId: 'x3', grade: 'HOAN_THANH_XUAT_SAC', score: 94, taskGroupId: 'CHUYEN_VIEN' },
      { officialId: 't1', grade: 'HOAN_THANH_TOT', score: 75, taskGroupId: 'TO_CHUC' },
    ];
    const domain = checkExcellentQuota(
      planted.map((e) => ({ ...e, agencyId: snv, regime: 'CONG_CHUC' as const })),
      getRuleSet('v1'),
      { year: 2026 },
    );
    expect(domain.scopes.map((x) => [x.kind, x.taskGroupId, x.excellent, x.good, x.maxExcellent])).toEqual(
      s.scopes.map((x: ScopeView) => [x.kind, x.taskGroup, x.excellent, x.good, x.maxExcellent]),
    );
    // What-if: both pending excellent would break it, each alone too; reconsider the two lowest pending (92 then 94).
    expect(s.wouldBreak.map((c: CandidateView) => [c.official.fullName, c.status, c.grade, c.score, c.breaksAlone])).toEqual([
      ['Mai Thị Thanh Tâm', 'APPROVED', 'HOAN_THANH_XUAT_SAC', 92, true],
      ['Châu Minh Nhật', 'SCORED', 'HOAN_THANH_XUAT_SAC', 94, true],
    ]);
    expect(s.reconsider.map((c: CandidateView) => c.score)).toEqual([92, 94]);
    // A group filter keeps the agency scopes and that group only.
    const filtered = ok(await status('hr', p.periodId, 'TO_CHUC')).quotaStatus;
    expect(filtered.scopes.map((x: ScopeView) => `${x.kind}:${x.taskGroup}`)).toEqual(['AGENCY:null', 'TASK_GROUP:TO_CHUC']);
    expect(filtered.wouldBreak).toEqual([]);
  });

  it('refuses publishing past the quota with the numbers (CONFLICT QUOTA_EXCEEDED, nothing published), then allows it once exceptions cover both scopes', async () => {
    const p = await plantAgency();
    const error = await publishThroughGuard(t, p.periodId, [p.pendingApproved.id]).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'CONFLICT',
      reason: 'QUOTA_EXCEEDED',
      details: { excellent: 2, good: 5, max: 1, allowed: 1, excess: 1, rule: 'PERCENT_OF_GOOD', scope: { kind: 'AGENCY', regime: 'CONG_CHUC', agencyId: snv, taskGroup: null } },
    });
    expect(await statusOf(t, [p.pendingApproved.id])).toEqual(['APPROVED']);
    // Publishing a good grade is never refused: it cannot make the quota worse.
    await publishThroughGuard(t, p.periodId, [p.tcbcGood.id]);
    expect(await statusOf(t, [p.tcbcGood.id])).toEqual(['PUBLISHED']);

    const before = await audits('quota-exception.record');
    const base = { periodId: p.periodId, regime: 'CONG_CHUC', agencyId: snv, rule: 'PERCENT_OF_GOOD', extraExcellent: 1 };
    const agencyException = ok(
      await except('hr', {
        ...base,
        scopeKind: 'AGENCY',
        reason: 'Hoàn thành xuất sắc nhiệm vụ đột xuất của Thành phố',
        grantedBy: 'Giám đốc Sở Nội vụ',
        decisionDocument: '15/QĐ-SNV',
      }),
    ).recordQuotaException;
    expect(agencyException).toMatchObject({ scopeKind: 'AGENCY', taskGroup: null, extraExcellent: 1, grantedBy: 'Giám đốc Sở Nội vụ', recordedById: w.idOf['hr'] });
    expect(await audits('quota-exception.record')).toBe(before + 1);
    // The agency is now covered (6 good → max 1, +1), but the task group is still over.
    const stillOver = await publishThroughGuard(t, p.periodId, [p.pendingApproved.id]).catch((e: unknown) => e);
    expect(stillOver).toMatchObject({ reason: 'QUOTA_EXCEEDED', details: { scope: { kind: 'TASK_GROUP', taskGroup: 'CHUYEN_VIEN' } } });
    ok(
      await except('hr', { ...base, scopeKind: 'TASK_GROUP', taskGroup: 'CHUYEN_VIEN', reason: 'Nhóm chuyên viên hoàn thành đề án vượt tiến độ', grantedBy: 'Giám đốc Sở Nội vụ' }),
    );
    await publishThroughGuard(t, p.periodId, [p.pendingApproved.id]);
    expect(await statusOf(t, [p.pendingApproved.id])).toEqual(['PUBLISHED']);
    // The meter shows the exceptions and what is still over: the third excellent.
    const s = ok(await status('head', p.periodId)).quotaStatus;
    expect(s.scopes.find((x: ScopeView) => x.kind === 'AGENCY')).toMatchObject({ excellent: 3, maxExcellent: 1, exceptionExtra: 1, allowedExcellent: 2, withinQuota: false });
    expect(s.wouldBreak.map((c: CandidateView) => c.score)).toEqual([94]);
    expect(s.exceptions).toHaveLength(2);
    // Recording again for the same scope replaces the numbers (audited with the previous ones).
    const raised = ok(
      await except('hr', { ...base, scopeKind: 'AGENCY', extraExcellent: 2, reason: 'Bổ sung theo quyết định điều chỉnh', grantedBy: 'Giám đốc Sở Nội vụ' }),
    ).recordQuotaException;
    expect(raised.id).toBe(agencyException.id);
    const audit = (await t.dataSource.query(`SELECT data FROM audit_event WHERE action = 'quota-exception.record' ORDER BY seq DESC LIMIT 1`))[0].data;
    expect(audit.previous).toMatchObject({ extraExcellent: 1, reason: 'Hoàn thành xuất sắc nhiệm vụ đột xuất của Thành phố' });
  });

  it('two heads publishing at the same time in one agency: one wins, the other is refused — the quota holds', async () => {
    const periodId = await plantPeriod(t, snv);
    for (const [i, who] of CCVC_STAFF.slice(0, 5).entries())
      await plantEvaluation(t, w, { periodId, officialId: w.idOf[who], evaluatorId: w.idOf['head'], status: 'PUBLISHED', score: 80 + i });
    // Max 1 excellent; two heads each publish one (heads of different units, one group of similar tasks).
    const a = await plantEvaluation(t, w, { periodId, officialId: w.idOf['official'], evaluatorId: w.idOf['head'], status: 'APPROVED', score: 95 });
    const b = await plantEvaluation(t, w, { periodId, officialId: w.idOf[TCBC_STAFF[1]], evaluatorId: w.idOf['nguyen.hoang.long'], status: 'APPROVED', score: 95 });
    const results = await Promise.allSettled([publishThroughGuard(t, periodId, [a.id], 400), publishThroughGuard(t, periodId, [b.id], 400)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ reason: 'QUOTA_EXCEEDED', details: { excellent: 2, max: 1, scope: { kind: 'AGENCY' } } });
    expect((await statusOf(t, [a.id, b.id])).sort()).toEqual(['APPROVED', 'PUBLISHED']);
  });

  it('viên chức: with no Party-member share entered no viên chức may be published excellent (PARTY_SHARE_NOT_ENTERED), an exception lets HR through', async () => {
    const periodId = await plantPeriod(t, snv);
    const vc = (who: string, status: 'PUBLISHED' | 'APPROVED', grade: 'HOAN_THANH_TOT' | 'HOAN_THANH_XUAT_SAC') =>
      plantEvaluation(t, w, { periodId, officialId: w.idOf[who], evaluatorId: w.idOf['head'], status, regime: 'VIEN_CHUC', decidedGrade: grade, taskGroup: 'VC' });
    for (const who of CCVC_STAFF.slice(0, 5)) await vc(who, 'PUBLISHED', 'HOAN_THANH_TOT');
    const excellent = await vc('official', 'APPROVED', 'HOAN_THANH_XUAT_SAC');
    const s = ok(await status('hr', periodId)).quotaStatus;
    const party = s.scopes.find((x: ScopeView) => x.kind === 'AGENCY' && x.rule === 'PARTY_MEMBER_SHARE');
    expect(party).toMatchObject({
      regime: 'VIEN_CHUC',
      excellent: 1,
      classified: 6,
      maxExcellent: 0,
      withinQuota: false,
      partyMemberExcellentPercent: null,
      reason: 'PARTY_SHARE_NOT_ENTERED',
    });
    expect(s.scopes.find((x: ScopeView) => x.kind === 'AGENCY' && x.rule === 'PERCENT_OF_GOOD')).toMatchObject({
      regime: 'VIEN_CHUC',
      excellent: 1,
      good: 5,
      maxExcellent: 1,
      withinQuota: true,
    });
    const error = await publishThroughGuard(t, periodId, [excellent.id]).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'QUOTA_EXCEEDED', details: { rule: 'PARTY_MEMBER_SHARE', partyShareReason: 'PARTY_SHARE_NOT_ENTERED', max: 0, excellent: 1 } });
    // The Party share is a viên chức rule only.
    expect(
      refusal(
        await except('hr', {
          periodId,
          regime: 'CONG_CHUC',
          agencyId: snv,
          scopeKind: 'AGENCY',
          rule: 'PARTY_MEMBER_SHARE',
          extraExcellent: 1,
          reason: 'Lý do đủ dài để ghi',
          grantedBy: 'Giám đốc Sở',
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PARTY_SHARE_VIEN_CHUC_ONLY' });
    for (const scopeKind of ['AGENCY', 'TASK_GROUP'])
      ok(
        await except('hr', {
          periodId,
          regime: 'VIEN_CHUC',
          agencyId: snv,
          scopeKind,
          taskGroup: 'VC',
          rule: 'PARTY_MEMBER_SHARE',
          extraExcellent: 1,
          reason: 'Chờ Đảng ủy cung cấp tỷ lệ; đồng ý theo văn bản',
          grantedBy: 'Bí thư Đảng ủy Sở',
        }),
      );
    await publishThroughGuard(t, periodId, [excellent.id]);
    expect(await statusOf(t, [excellent.id])).toEqual(['PUBLISHED']);
  });

  describe('access', () => {
    let periodId: string;
    beforeAll(async () => {
      ({ periodId } = await plantAgency());
    });

    it('an official is FORBIDDEN; a head of another agency is FORBIDDEN; a head sees the agency numbers but the what-if only of their units; inspectors read', async () => {
      expect(refusal(await status('official', periodId)).code).toBe('FORBIDDEN');
      expect(refusal(await status('nguyen.van.tam', periodId)).code).toBe('FORBIDDEN');
      const head = ok(await status('head', periodId)).quotaStatus;
      expect(head.scopes.find((x: ScopeView) => x.kind === 'AGENCY')).toMatchObject({ excellent: 3, good: 6 });
      expect(head.wouldBreak.map((c: CandidateView) => c.official.fullName)).toEqual(['Mai Thị Thanh Tâm', 'Châu Minh Nhật']);
      const tcbcHead = ok(await status('nguyen.hoang.long', periodId)).quotaStatus;
      expect(tcbcHead.scopes.find((x: ScopeView) => x.kind === 'AGENCY')).toMatchObject({ excellent: 3, good: 6 });
      expect(tcbcHead.wouldBreak).toEqual([]);
      expect(ok(await status('inspector', periodId)).quotaStatus.withinQuota).toBe(false);
      // A period of another agency is not found from this agency.
      const other = await plantPeriod(t, w.agencyOf['PSG']);
      expect(refusal(await status('hr', other)).code).toBe('NOT_FOUND');
    });

    it('only HR records an exception, with a reason and who granted it; bad input is refused and changes nothing', async () => {
      const input = {
        periodId,
        regime: 'CONG_CHUC',
        agencyId: snv,
        scopeKind: 'AGENCY',
        rule: 'PERCENT_OF_GOOD',
        extraExcellent: 1,
        reason: 'Lý do đủ dài để ghi',
        grantedBy: 'Giám đốc Sở',
      };
      const before = await audits('quota-exception.record');
      expect(refusal(await except('head', input)).code).toBe('FORBIDDEN');
      expect(refusal(await except('official', input)).code).toBe('FORBIDDEN');
      expect(refusal(await except('inspector', input)).code).toBe('FORBIDDEN');
      expect(refusal(await except('hr', { ...input, reason: undefined })).code).toBe('BAD_USER_INPUT');
      expect(refusal(await except('hr', { ...input, grantedBy: '  ' })).code).toBe('BAD_USER_INPUT');
      expect(refusal(await except('hr', { ...input, reason: 'Lý do\u0000 có NUL byte' })).code).toBe('BAD_USER_INPUT');
      expect(refusal(await except('hr', { ...input, extraExcellent: 0 })).code).toBe('BAD_USER_INPUT');
      expect(refusal(await except('hr', { ...input, scopeKind: 'TASK_GROUP' })).reason).toBe('TASK_GROUP_REQUIRED');
      expect(refusal(await except('hr', { ...input, periodId: '00000000-0000-4000-8000-000000000000' })).code).toBe('NOT_FOUND');
      expect(await audits('quota-exception.record')).toBe(before);
      expect(Number((await t.dataSource.query('SELECT count(*)::int AS n FROM quota_exception WHERE period_id = $1', [periodId]))[0].n)).toBe(0);
    });
  });
});
