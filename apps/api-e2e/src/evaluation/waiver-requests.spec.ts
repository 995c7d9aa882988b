import { buildRecord, EvaluationFactEntity } from '@ketqua/api/evaluation';
import { createTestApp, httpRequest, TestApp } from '@ketqua/api/testing';
import { calibrateScorers, computePeriodScore, getRuleSet, scoreAssignment } from '@ketqua/domain';
import { CalibrationView, ok, ParityView, plantEvaluation, plantPeriod, QQ, refusal, WaiverListView, WaiverView, World, world } from './quota-fixtures';

const upload = async (t: TestApp, token: string, name: string) => {
  const res = await httpRequest(`${t.url}/files?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${token}` },
    body: Buffer.from(`%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% ${name}\n%%EOF\n`, 'latin1'),
  });
  return JSON.parse(res.body).id as string;
};

/** Waivers: the official asks, the evaluator confirms or refuses, the score recomputes with the trace; calibration and parity on the same records. */
describe('waivers, calibration and parity', () => {
  let t: TestApp;
  let w: World;
  let periodId: string;
  const rules = getRuleSet('v1');

  beforeAll(async () => {
    t = await createTestApp({ seedDemo: 'full' });
    t.clock.setNow(new Date('2026-04-06T09:00:00+07:00'));
    w = await world(t, ['hr', 'head', 'official', 'bui.quoc.bao', 'nguyen.hoang.long', 'inspector']);
    periodId = await plantPeriod(t, w.agencyOf['SNV']);
  });
  afterAll(() => t.close());

  const request = (who: string, input: Record<string, unknown>) => t.gql<{ requestWaiver: WaiverView }>(QQ.request, { input }, { token: w.token[who] });
  const decide = (who: string, input: Record<string, unknown>) => t.gql<{ decideWaiver: WaiverView }>(QQ.decide, { input }, { token: w.token[who] });
  const list = (who: string, filter: Record<string, unknown> = {}) => t.gql<{ waiverRequests: WaiverListView }>(QQ.list, { filter }, { token: w.token[who] });
  // The demo's own decisions are marked `demo`; these tests count their own.
  const audits = async (action: string) =>
    Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = $1 AND (data ->> 'demo') IS NULL`, [action]))[0].n);
  const told = async (recipient: string, kind: string) =>
    Number((await t.dataSource.query('SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND kind = $2', [w.idOf[recipient], kind]))[0].n);
  const recordOf = async (evaluationId: string, generalPoints: number) => {
    const facts = await t.dataSource.getRepository(EvaluationFactEntity).find({ where: { evaluationId }, order: { deadlineDate: 'ASC' } });
    return buildRecord({
      regime: 'CONG_CHUC',
      isLeader: false,
      ruleSet: rules,
      facts,
      generalScores: ['POLITICAL_QUALITY', 'ETHICS_CONDUCT', 'WORKING_STYLE', 'DISCIPLINE'].map((code) => ({ code, points: generalPoints / 4 })),
      overrides: null,
      scheduledWorkingDays: null,
      workedDays: null,
      decidedGrade: null,
      gradeChangeReason: null,
    });
  };

  it('the official asks for an existing deduction; the evaluator confirms and the score changes exactly as libs/domain says, the receipt shows the waiver with its cause', async () => {
    const e = await plantEvaluation(t, w, {
      periodId,
      officialId: w.idOf['official'],
      evaluatorId: w.idOf['head'],
      status: 'SCORED',
      score: 95,
      facts: [{ title: 'Báo cáo quý I', majorErrorReturns: [{ reference: 'v2' }], missedDeadlines: [{ reference: '2026-03-12' }] }, { title: 'Tờ trình' }],
    });
    const evidence = await upload(t, w.token['official'], 'xac-nhan-mat-dien.pdf');
    const before = await recordOf(e.id, 25);
    const requested = ok(
      await request('official', {
        evaluationId: e.id,
        assignmentId: e.assignmentIds[0],
        kind: 'MISSED_DEADLINE',
        reference: '2026-03-12',
        cause: 'Mất điện toàn khu vực ngày 12/3, có xác nhận của Điện lực',
        attachmentId: evidence,
      }),
    ).requestWaiver;
    expect(requested).toMatchObject({
      status: 'REQUESTED',
      assignmentTitle: 'Báo cáo quý I',
      attachment: { id: evidence, name: 'xac-nhan-mat-dien.pdf', url: `/files/${evidence}` },
    });
    expect(await told('head', 'WAIVER_REQUESTED')).toBe(1);
    expect(await audits('waiver.request')).toBe(1);
    // The head's queue holds it; another official sees nothing.
    // (The demo's own October request waits there too.)
    expect(ok(await list('head', { toDecide: true })).waiverRequests.edges.map((x) => x.node.id)).toContain(requested.id);
    expect(ok(await list('bui.quoc.bao')).waiverRequests.totalCount).toBe(0);
    expect(ok(await list('official', { mine: true })).waiverRequests.totalCount).toBe(1);
    // The evidence opens for the evaluator who decides (and the official), not for a colleague.
    const evidenceAs = async (who: string) => (await httpRequest(`${t.url}/files/${evidence}`, { headers: { authorization: `Bearer ${w.token[who]}` } })).status;
    expect(await evidenceAs('head')).toBe(200);
    expect(await evidenceAs('official')).toBe(200);
    expect(await evidenceAs('bui.quoc.bao')).toBe(403);

    // The official cannot decide their own; a stale version is a CONFLICT.
    expect(refusal(await decide('official', { id: requested.id, version: requested.version, confirm: true })).code).toBe('FORBIDDEN');
    expect(refusal(await decide('head', { id: requested.id, version: requested.version + 1, confirm: true })).code).toBe('CONFLICT');

    const confirmed = ok(await decide('head', { id: requested.id, version: requested.version, confirm: true, note: 'Công văn 12/ĐL-Q1 của Điện lực' })).decideWaiver;
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', decisionNote: 'Công văn 12/ĐL-Q1 của Điện lực', decidedBy: { fullName: 'Nguyễn Văn Minh' } });
    expect(await told('official', 'WAIVER_CONFIRMED')).toBe(1);
    expect(await audits('waiver.confirm')).toBe(1);

    // libs/domain on the same facts with the waiver: progress 100% again, quality still 75%.
    const expected = computePeriodScore(
      {
        assignments: [
          scoreAssignment({ assignmentId: 'a', expectedUnits: 4, deliveredUnits: 4, majorErrorReturns: [{ reference: 'v2' }], missedDeadlines: [] }, rules),
          scoreAssignment({ assignmentId: 'b', expectedUnits: 4, deliveredUnits: 4, majorErrorReturns: [], missedDeadlines: [] }, rules),
        ].map((s) => ({ assignmentId: s.assignmentId, convertedUnits: s.convertedUnits, quantity: s.quantity, quality: s.quality, progress: s.progress })),
        generalCriteria: ['POLITICAL_QUALITY', 'ETHICS_CONDUCT', 'WORKING_STYLE', 'DISCIPLINE'].map((code) => ({ code, points: 6.25 })),
        leader: null,
        attendance: null,
      },
      rules,
    );
    const after = await recordOf(e.id, 25);
    expect(after.score).toBe(expected.score);
    expect(after.score).toBeGreaterThan(before.score as number);
    const line = after.receipt.lines[0];
    expect(line.progress).toBe(100);
    expect(line.deductions.find((d) => d.kind === 'MISSED_DEADLINE')).toMatchObject({
      points: 0,
      waived: true,
      waiver: 'Mất điện toàn khu vực ngày 12/3, có xác nhận của Điện lực — xác nhận: Công văn 12/ĐL-Q1 của Điện lực',
    });
    expect(line.deductions.find((d) => d.kind === 'MAJOR_ERROR_RETURN')).toMatchObject({ points: 25, waived: false });
    // The calibration view reads the recomputed score.
    const calibration = ok(await t.gql<{ calibration: CalibrationView }>(QQ.calibration, { periodId, unitId: w.unitOf['SNV/CCVC'] }, { token: w.token['head'] })).calibration;
    expect(calibration.unitScores.max).toBe(after.score);

    // Asking again for the waived one is a CONFLICT.
    expect(
      refusal(
        await request('official', { evaluationId: e.id, assignmentId: e.assignmentIds[0], kind: 'MISSED_DEADLINE', reference: '2026-03-12', cause: 'Lý do khách quan lần hai' }),
      ).reason,
    ).toBe('ALREADY_WAIVED');
  });

  it('only on one’s own evaluation, only an existing deduction, only one’s own upload, not twice, never on a published evaluation; a refusal needs a reason', async () => {
    const e = await plantEvaluation(t, w, {
      periodId,
      officialId: w.idOf['bui.quoc.bao'],
      evaluatorId: w.idOf['head'],
      status: 'APPROVED',
      score: 90,
      facts: [{ majorErrorReturns: [{ reference: 'v1' }] }],
    });
    const base = { evaluationId: e.id, assignmentId: e.assignmentIds[0], kind: 'MAJOR_ERROR_RETURN', reference: 'v1', cause: 'Văn bản hướng dẫn thay đổi sau khi nộp' };
    expect(refusal(await request('official', base))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOUR_EVALUATION' });
    expect(refusal(await request('bui.quoc.bao', { ...base, reference: 'v9' }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NO_SUCH_DEDUCTION' });
    expect(refusal(await request('bui.quoc.bao', { ...base, kind: 'MISSED_DEADLINE' }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NO_SUCH_DEDUCTION' });
    expect(refusal(await request('bui.quoc.bao', { ...base, assignmentId: '00000000-0000-4000-8000-000000000001' })).reason).toBe('NOT_COUNTED_ASSIGNMENT');
    expect(refusal(await request('bui.quoc.bao', { ...base, cause: 'ngắn' })).code).toBe('BAD_USER_INPUT');
    expect(refusal(await request('bui.quoc.bao', { ...base, cause: 'Nguyên nhân\u0000 khách quan' })).code).toBe('BAD_USER_INPUT');
    const someoneElses = await upload(t, w.token['official'], 'khong-phai-cua-toi.pdf');
    expect(refusal(await request('bui.quoc.bao', { ...base, attachmentId: someoneElses })).reason).toBe('INVALID_ATTACHMENT');
    expect(refusal(await request('bui.quoc.bao', { ...base, evaluationId: '00000000-0000-4000-8000-000000000002' })).code).toBe('NOT_FOUND');
    const requested = ok(await request('bui.quoc.bao', base)).requestWaiver;
    expect(refusal(await request('bui.quoc.bao', base)).reason).toBe('WAIVER_ALREADY_REQUESTED');
    // A head who is not the evaluator (another unit) is FORBIDDEN.
    expect(refusal(await decide('nguyen.hoang.long', { id: requested.id, version: requested.version, confirm: false, note: 'Không đủ căn cứ' })).code).toBe('FORBIDDEN');
    expect(refusal(await decide('head', { id: requested.id, version: requested.version, confirm: false })).reason).toBe('REASON_REQUIRED');
    expect(refusal(await decide('head', { id: requested.id, version: requested.version, confirm: false, note: '   ' })).reason).toBe('REASON_REQUIRED');
    const facts = async () => (await t.dataSource.query('SELECT major_error_returns FROM evaluation_fact WHERE evaluation_id = $1', [e.id]))[0].major_error_returns;
    const refused = ok(await decide('head', { id: requested.id, version: requested.version, confirm: false, note: 'Hướng dẫn đã ban hành trước khi giao việc' })).decideWaiver;
    expect(refused).toMatchObject({ status: 'REFUSED', decisionNote: 'Hướng dẫn đã ban hành trước khi giao việc' });
    expect(await facts()).toEqual([{ reference: 'v1' }]);
    expect(await told('bui.quoc.bao', 'WAIVER_REFUSED')).toBe(1);
    expect(await audits('waiver.refuse')).toBe(1);
    expect(refusal(await decide('head', { id: requested.id, version: refused.version, confirm: true })).reason).toBe('WAIVER_ALREADY_DECIDED');

    // Published: no new request, no decision.
    const again = ok(await request('bui.quoc.bao', { ...base, cause: 'Bổ sung chứng cứ: văn bản của Sở' })).requestWaiver;
    await t.dataSource.query(`UPDATE evaluation SET status = 'PUBLISHED' WHERE id = $1`, [e.id]);
    expect(refusal(await decide('head', { id: again.id, version: again.version, confirm: true })).reason).toBe('EVALUATION_PUBLISHED');
    expect(refusal(await request('bui.quoc.bao', { ...base, cause: 'Lần thứ ba với chứng cứ mới' })).reason).toBe('EVALUATION_PUBLISHED');
  });

  it('calibration: per scorer beside the unit, numbers equal to libs/domain; FORBIDDEN to an official and out of scope', async () => {
    const cal = await plantPeriod(t, w.agencyOf['SNV']);
    const head = w.idOf['head'];
    const deputy = w.idOf['duong.van.phuc'];
    const plan: Array<[string, number, string]> = [
      ['tran.thi.mai.anh', 95, head],
      ['bui.quoc.bao', 96, head],
      ['dang.thi.phuong.thao', 94, head],
      ['ly.gia.huy', 75, deputy],
      ['ho.thi.diem.my', 74, deputy],
      ['official', 76, deputy],
    ];
    for (const [who, score, scorer] of plan)
      // The unit the evaluation was made in, whatever the demo's transfer moves later.
      await plantEvaluation(t, w, { periodId: cal, officialId: w.idOf[who], unitId: w.unitOf['SNV/CCVC'], evaluatorId: head, status: 'SCORED', score, scoredById: scorer });
    const got = ok(await t.gql<{ calibration: CalibrationView }>(QQ.calibration, { periodId: cal, unitId: w.unitOf['SNV/CCVC'] }, { token: w.token['hr'] })).calibration;
    const domain = calibrateScorers(plan.map(([, score, scorerId]) => ({ scorerId, score, grade: score >= 90 ? 'HOAN_THANH_XUAT_SAC' : 'HOAN_THANH_TOT' })));
    expect(got.unitScores).toEqual(domain.unit.scores);
    expect(got.unitGrades).toMatchObject({ excellent: 3, good: 3 });
    const byId = Object.fromEntries(got.scorers.map((s) => [s.scorer.id, s]));
    for (const s of domain.scorers) {
      expect(byId[s.scorerId].scores).toEqual(s.scores);
      expect([byId[s.scorerId].meanGap, byId[s.scorerId].flag]).toEqual([s.meanGap, s.flag]);
    }
    expect(byId[head].flag).toBe('LENIENT');
    expect(byId[deputy].flag).toBe('HARSH');
    expect(got.meanGapPoints).toBe(5);
    expect(refusal(await t.gql(QQ.calibration, { periodId: cal, unitId: w.unitOf['SNV/CCVC'] }, { token: w.token['official'] })).code).toBe('FORBIDDEN');
    expect(refusal(await t.gql(QQ.calibration, { periodId: cal, unitId: w.unitOf['SNV/CCVC'] }, { token: w.token['nguyen.hoang.long'] })).code).toBe('FORBIDDEN');
  });

  it('workload parity: a home-working official more than 20% below the office average is flagged (planted case)', async () => {
    const par = await plantPeriod(t, w.agencyOf['SNV']);
    // The demo's approved enrollments (official, Bảo, Thảo, Mai Anh) run from 2026-01-01; Mai Anh's ends before March: office in March.
    await t.dataSource.query(`UPDATE enrollment SET end_date = '2026-02-15' WHERE official_id = $1`, [w.idOf['tran.thi.mai.anh']]);
    const plan: Array<[string, number]> = [
      ['tran.thi.mai.anh', 10],
      ['ly.gia.huy', 12],
      ['ho.thi.diem.my', 8],
      ['official', 7.9],
      ['bui.quoc.bao', 8],
      ['dang.thi.phuong.thao', 11],
    ];
    for (const [who, units] of plan)
      await plantEvaluation(t, w, {
        periodId: par,
        officialId: w.idOf[who],
        unitId: w.unitOf['SNV/CCVC'],
        evaluatorId: w.idOf['head'],
        status: 'AWAITING_HEAD',
        facts: [{ expectedUnits: units / 2 }, { expectedUnits: units / 2 }],
      });
    const got = ok(await t.gql<{ workloadParity: ParityView }>(QQ.parity, { periodId: par, unitId: w.unitOf['SNV/CCVC'] }, { token: w.token['head'] })).workloadParity;
    // Office: Mai Anh 10, Huy 12, My 8 → average 10; flag below 8 (20% under).
    expect(got).toMatchObject({ officeAverage: 10, officeCount: 3, thresholdPercent: 20 });
    expect(got.home.map((h) => [h.official.fullName, h.workload, h.belowAveragePercent, h.flagged])).toEqual([
      ['Lê Thị Hồng Nhung', 7.9, 21, true],
      ['Bùi Quốc Bảo', 8, 20, false],
      ['Đặng Thị Phương Thảo', 11, -10, false],
    ]);
    expect(refusal(await t.gql(QQ.parity, { periodId: par, unitId: w.unitOf['SNV/CCVC'] }, { token: w.token['official'] })).code).toBe('FORBIDDEN');
  });
});
