import { createTestApp, TestApp } from '@ketqua/api/testing';
import { computePeriodScore, getRuleSet, scoreAssignment } from '@ketqua/domain';
import { audits, EQ, EvalView, FULL_SCORES, hcm, makeEvaluation, makePeriod, ok, people, refused, row, version } from './flow-fixtures';

/** Self-assessment → head scoring → approval → publication → reopen: who, when, and what is refused. */
describe('evaluation flow', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  let idOf: Record<string, string>;
  let periodId: string;
  let mine: string; // official@, evaluated by head@
  let bao: string; // bui.quoc.bao, evaluated by head@
  let headOwn: string; // head@, evaluated by HR (no parent unit)
  const facts = [
    {
      title: 'Báo cáo quý I',
      expectedUnits: 4,
      deliveredUnits: 4,
      majorErrors: [{ reference: 'lần trả 1' }],
      missed: [{ reference: 'hạn 15/3', waived: true }],
      deadlineDate: '2026-03-10',
    },
    { title: 'Thẩm định hồ sơ', expectedUnits: 2, deliveredUnits: 1, deadlineDate: '2026-03-20' },
  ];

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.setNow(hcm('2026-04-02T09:00:00'));
    for (const who of ['admin', 'hr', 'head', 'official', 'inspector']) token[who] = await t.login(`${who}@demo.ketqua.vn`);
    token['bao'] = await t.login('bui.quoc.bao@demo.ketqua.vn');
    token['long'] = await t.login('nguyen.hoang.long@demo.ketqua.vn');
    idOf = await people(t);
    periodId = await makePeriod(t, {
      number: 3,
      startsOn: '2026-03-01',
      endsOn: '2026-03-31',
      selfAssessmentUntil: '2026-04-05',
      headScoringUntil: '2026-04-10',
      publishUntil: '2026-04-15',
    });
    mine = await makeEvaluation(t, { periodId, officialId: idOf['official'], evaluatorId: idOf['head'], facts });
    bao = await makeEvaluation(t, {
      periodId,
      officialId: idOf['bui.quoc.bao'],
      evaluatorId: idOf['head'],
      facts: [{ title: 'Tổng hợp số liệu', expectedUnits: 1, deliveredUnits: 1 }],
    });
    headOwn = await makeEvaluation(t, { periodId, officialId: idOf['head'], evaluatorId: null, level: 'HR', isLeader: true, facts: [] });
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.setNow(hcm('2026-04-02T09:00:00')));

  const get = async (who: string, id: string) => ok(await t.gql<{ evaluation: EvalView }>(EQ.get, { id }, { token: token[who] })).evaluation;

  describe('numbers', () => {
    it('the shown task score is libs/domain on the frozen facts, and the receipt lists exactly those assignments, deductions and waivers', async () => {
      const e = await get('official', mine);
      const rules = getRuleSet('v1');
      const scored = facts.map((f, i) =>
        scoreAssignment(
          {
            assignmentId: `a${i}`,
            expectedUnits: f.expectedUnits,
            deliveredUnits: f.deliveredUnits,
            majorErrorReturns: (f.majorErrors ?? []).map((m) => ({ reference: m.reference, waiver: null })),
            missedDeadlines: (f.missed ?? []).map((m) => ({ reference: m.reference, waiver: m.waived ? { cause: 'Mất điện diện rộng', confirmedBy: 'Công văn 12/UBND' } : null })),
          },
          rules,
        ),
      );
      const expected = computePeriodScore(
        {
          assignments: scored,
          generalCriteria: rules.congChuc.generalCriteria.map((c) => ({ code: c.code, points: 0 })),
          attendance: { scheduledWorkingDays: 22, workedDays: 22 },
        },
        rules,
      );
      expect(e.record.taskPercent).toBe(expected.taskPercent);
      expect(e.record.taskPoints).toBe(expected.taskPoints);
      expect(e.record.score).toBeNull(); // not scored yet: the running task score only
      expect(e.record.receipt.lines.map((l) => [l.title, l.expectedUnits, l.deliveredUnits, l.quantity, l.quality, l.progress])).toEqual([
        ['Báo cáo quý I', 4, 4, scored[0].quantity, scored[0].quality, scored[0].progress],
        ['Thẩm định hồ sơ', 2, 1, scored[1].quantity, scored[1].quality, scored[1].progress],
      ]);
      expect(scored[0].quality).toBe(75); // one unwaived major-error return; the waived missed deadline costs nothing
      expect(scored[0].progress).toBe(100);
      expect(e.record.receipt.lines[0].deductions).toEqual([
        { kind: 'MAJOR_ERROR_RETURN', reason: expect.any(String), points: 25, waived: false, waiver: null },
        { kind: 'MISSED_DEADLINE', reason: expect.any(String), points: 0, waived: true, waiver: expect.stringContaining('Mất điện diện rộng') },
      ]);
      expect(e.record.receipt.lines[1].deductions).toEqual([]);
      expect(e.record.receipt.formula.vi).toContain('Kết quả nhiệm vụ');
    });
  });

  describe('scope', () => {
    it('an official reads only their own evaluation; a head outside their units and another official are FORBIDDEN', async () => {
      expect(refused(await t.gql(EQ.get, { id: bao }, { token: token['official'] }))).toMatchObject({ code: 'FORBIDDEN' });
      expect(refused(await t.gql(EQ.get, { id: mine }, { token: token['long'] }))).toMatchObject({ code: 'FORBIDDEN' });
      const list = ok(
        await t.gql<{ evaluations: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(EQ.list, { filter: { periodId } }, { token: token['official'] }),
      );
      expect(list.evaluations.edges.map((e) => e.node.id)).toEqual([mine]);
      const headList = ok(await t.gql<{ evaluations: { totalCount: number } }>(EQ.list, { filter: { periodId } }, { token: token['head'] }));
      expect(headList.evaluations.totalCount).toBe(3);
      const longList = ok(await t.gql<{ evaluations: { totalCount: number } }>(EQ.list, { filter: { periodId } }, { token: token['long'] }));
      expect(longList.evaluations.totalCount).toBe(0);
    });

    it('nobody scores themselves (SELF_EVALUATION), and only the official writes the self-assessment', async () => {
      const self = await t.gql(EQ.score, { input: { id: headOwn, version: await version(t, headOwn), generalScores: FULL_SCORES } }, { token: token['head'] });
      expect(refused(self)).toEqual({ code: 'FORBIDDEN', reason: 'SELF_EVALUATION' });
      const byHead = await t.gql(EQ.self, { input: { id: mine, version: await version(t, mine), text: 'Thay mặt' } }, { token: token['head'] });
      expect(refused(byHead)).toEqual({ code: 'FORBIDDEN', reason: 'NOT_THE_OFFICIAL' });
    });
  });

  describe('the flow', () => {
    it('the official self-assesses; bad self-scores, a NUL byte and a stale version are refused and change nothing', async () => {
      const v = await version(t, mine);
      const attempt = (input: Record<string, unknown>) =>
        t.gql(EQ.self, { input: { id: mine, version: v, text: 'Hoàn thành các nhiệm vụ được giao', ...input } }, { token: token['official'] });
      expect(refused(await attempt({ selfScores: [{ code: 'NOPE', points: 1 }] })).code).toBe('BAD_USER_INPUT');
      expect(refused(await attempt({ selfScores: FULL_SCORES.map((s, i) => (i === 0 ? { ...s, points: 8 } : s)) })).code).toBe('BAD_USER_INPUT');
      expect(refused(await attempt({ selfScores: FULL_SCORES.map((s, i) => (i === 0 ? { ...s, points: 7.123 } : s)) })).code).toBe('BAD_USER_INPUT');
      expect(refused(await attempt({ text: 'a\u0000b' })).code).toBe('BAD_USER_INPUT');
      expect(refused(await attempt({ version: v - 1 })).code).toBe('CONFLICT');
      expect(await row(t, mine)).toMatchObject({ status: 'AWAITING_SELF_ASSESSMENT', version: v });
      const done = ok(
        await t.gql<{ submitSelfAssessment: EvalView & { selfScores: unknown } }>(
          EQ.self,
          { input: { id: mine, version: v, text: 'Hoàn thành các nhiệm vụ được giao', selfScores: FULL_SCORES, proposedGrade: 'HOAN_THANH_TOT' } },
          { token: token['official'] },
        ),
      );
      expect(done.submitSelfAssessment).toMatchObject({ status: 'AWAITING_HEAD', selfScores: FULL_SCORES });
    });

    it('every invalid transition is CONFLICT and changes nothing', async () => {
      const before = await row(t, mine);
      const n = await audits(t);
      const v = before.version;
      const tries = [
        await t.gql(EQ.approve, { input: { evaluations: [{ id: mine, version: v }] } }, { token: token['head'] }),
        await t.gql(EQ.publish, { input: { evaluations: [{ id: mine, version: v }] } }, { token: token['head'] }),
        await t.gql(EQ.reopen, { input: { id: mine, version: v, reason: 'Sai' } }, { token: token['hr'] }),
      ];
      expect(tries.map(refused)).toEqual([
        { code: 'CONFLICT', reason: 'INVALID_TRANSITION' },
        { code: 'CONFLICT', reason: 'INVALID_TRANSITION' },
        { code: 'CONFLICT', reason: 'INVALID_TRANSITION' },
      ]);
      expect(await row(t, mine)).toEqual(before);
      expect(await audits(t)).toBe(n);
    });

    it('the head returns it with a reason (the official is told), the official resubmits', async () => {
      const r = ok(
        await t.gql<{ returnEvaluation: EvalView & { returnReason: string } }>(
          EQ.ret,
          { input: { id: mine, version: await version(t, mine), reason: 'Bổ sung minh chứng' } },
          { token: token['head'] },
        ),
      );
      expect(r.returnEvaluation).toMatchObject({ status: 'RETURNED', returnReason: 'Bổ sung minh chứng' });
      const told = await t.dataSource.query(`SELECT kind FROM notification WHERE recipient_id = $1 AND kind = 'EVALUATION_RETURNED'`, [idOf['official']]);
      expect(told).toHaveLength(1);
      ok(await t.gql(EQ.self, { input: { id: mine, version: await version(t, mine), text: 'Đã bổ sung', selfScores: FULL_SCORES } }, { token: token['official'] }));
      expect((await row(t, mine)).status).toBe('AWAITING_HEAD');
    });

    it('a grade other than the computed one needs a written reason (BAD_USER_INPUT otherwise); with one it is kept', async () => {
      const v = await version(t, mine);
      const noReason = await t.gql(EQ.score, { input: { id: mine, version: v, generalScores: FULL_SCORES, decidedGrade: 'HOAN_THANH_XUAT_SAC' } }, { token: token['head'] });
      expect(refused(noReason)).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRADE_CHANGE_REASON_REQUIRED' });
      const blank = await t.gql(
        EQ.score,
        { input: { id: mine, version: v, generalScores: FULL_SCORES, decidedGrade: 'HOAN_THANH_XUAT_SAC', gradeChangeReason: '   ' } },
        { token: token['head'] },
      );
      expect(refused(blank).code).toBe('BAD_USER_INPUT');
      expect((await row(t, mine)).status).toBe('AWAITING_HEAD');
      const scored = ok(
        await t.gql<{ scoreEvaluation: EvalView }>(EQ.score, { input: { id: mine, version: v, generalScores: FULL_SCORES } }, { token: token['head'] }),
      ).scoreEvaluation;
      expect(scored.status).toBe('SCORED');
      expect(scored.record.generalPoints).toBe(29.25);
      expect(scored.record.score).toBe(Math.trunc((scored.record.taskPoints! + 29.25) * 100) / 100);
      expect(scored.record.grade).toBe(scored.record.computedGrade);
      const changed = ok(
        await t.gql<{ scoreEvaluation: EvalView }>(
          EQ.score,
          { input: { id: mine, version: scored.version, generalScores: FULL_SCORES, decidedGrade: 'HOAN_THANH', gradeChangeReason: 'Chưa chủ động trong phối hợp' } },
          { token: token['head'] },
        ),
      ).scoreEvaluation;
      expect(changed.record).toMatchObject({ grade: 'HOAN_THANH', gradeChangedFromComputed: true });
      expect(changed.gradeChangeReason).toBe('Chưa chủ động trong phối hợp');
    });

    it('publishing many is all or nothing; published: a revision, a 10-character code, the official told', async () => {
      ok(await t.gql(EQ.approve, { input: { evaluations: [{ id: mine, version: await version(t, mine) }] } }, { token: token['head'] }));
      // bao has no self-assessment and its window is open: the head may not score yet.
      const early = await t.gql(EQ.score, { input: { id: bao, version: await version(t, bao), generalScores: FULL_SCORES } }, { token: token['head'] });
      expect(refused(early)).toEqual({ code: 'CONFLICT', reason: 'SELF_ASSESSMENT_PENDING' });
      const both = await t.gql(
        EQ.publish,
        {
          input: {
            evaluations: [
              { id: mine, version: await version(t, mine) },
              { id: bao, version: await version(t, bao) },
            ],
          },
        },
        { token: token['head'] },
      );
      expect(refused(both)).toEqual({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
      expect((await row(t, mine)).status).toBe('APPROVED');
      const published = ok(
        await t.gql<{ publishEvaluations: Array<{ status: string; verificationCode: string }> }>(
          EQ.publish,
          { input: { evaluations: [{ id: mine, version: await version(t, mine) }] } },
          { token: token['head'] },
        ),
      );
      expect(published.publishEvaluations[0].status).toBe('PUBLISHED');
      expect(published.publishEvaluations[0].verificationCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
      const e = await get('official', mine);
      expect(e.revisions).toEqual([{ revision: 1, reopenReason: null, record: { score: e.record.score, grade: 'HOAN_THANH' } }]);
      expect(await t.dataSource.query(`SELECT kind FROM notification WHERE recipient_id = $1 AND kind = 'EVALUATION_PUBLISHED'`, [idOf['official']])).toHaveLength(1);
      const audit = await t.dataSource.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY seq`, [mine]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual([
        'evaluation.self_assessed',
        'evaluation.returned',
        'evaluation.self_assessed',
        'evaluation.scored',
        'evaluation.scored',
        'evaluation.approved',
        'evaluation.published',
      ]);
    });

    it('a published evaluation is locked: scoring and self-assessing it are CONFLICT', async () => {
      const v = await version(t, mine);
      expect(refused(await t.gql(EQ.score, { input: { id: mine, version: v, generalScores: FULL_SCORES } }, { token: token['head'] })).code).toBe('CONFLICT');
      expect(refused(await t.gql(EQ.self, { input: { id: mine, version: v, text: 'Sửa' } }, { token: token['official'] })).code).toBe('CONFLICT');
    });

    it('reopen: not by the evaluator or the official; HR with a reason keeps the old revision, and the new one publishes after the windows', async () => {
      const v = await version(t, mine);
      expect(refused(await t.gql(EQ.reopen, { input: { id: mine, version: v, reason: 'Sai sót' } }, { token: token['head'] })).code).toBe('FORBIDDEN');
      expect(refused(await t.gql(EQ.reopen, { input: { id: mine, version: v, reason: 'Sai sót' } }, { token: token['official'] })).code).toBe('FORBIDDEN');
      expect(refused(await t.gql(EQ.reopen, { input: { id: mine, version: v, reason: '' } }, { token: token['hr'] })).code).toBe('BAD_USER_INPUT');
      const reopened = ok(
        await t.gql<{ reopenEvaluation: EvalView }>(EQ.reopen, { input: { id: mine, version: v, reason: 'Khiếu nại được chấp nhận' } }, { token: token['hr'] }),
      ).reopenEvaluation;
      expect(reopened).toMatchObject({ status: 'REOPENED', revision: 2, verificationCode: null });
      expect(reopened.revisions).toEqual([{ revision: 1, reopenReason: 'Khiếu nại được chấp nhận', record: { score: expect.any(Number), grade: 'HOAN_THANH' } }]);
      t.clock.setNow(hcm('2026-05-20T09:00:00')); // every window closed: a reopened evaluation is still scored and published
      const rescored = ok(
        await t.gql<{ scoreEvaluation: EvalView }>(EQ.score, { input: { id: mine, version: reopened.version, generalScores: FULL_SCORES } }, { token: token['head'] }),
      ).scoreEvaluation;
      ok(await t.gql(EQ.approve, { input: { evaluations: [{ id: mine, version: rescored.version }] } }, { token: token['head'] }));
      ok(await t.gql(EQ.publish, { input: { evaluations: [{ id: mine, version: await version(t, mine) }] } }, { token: token['head'] }));
      const e = await get('official', mine);
      expect(e.revisions.map((r) => [r.revision, r.record.grade])).toEqual([
        [1, 'HOAN_THANH'],
        [2, e.record.computedGrade],
      ]);
      expect(await t.dataSource.query(`SELECT action FROM audit_event WHERE entity_id = $1 AND action = 'evaluation.reopened'`, [mine])).toHaveLength(1);
    });
  });

  describe('windows (moved clock)', () => {
    it('after the self-assessment window: no self-assessment, and the head may score without one; after head scoring: no scoring', async () => {
      t.clock.setNow(hcm('2026-04-06T08:00:00'));
      expect(refused(await t.gql(EQ.self, { input: { id: bao, version: await version(t, bao), text: 'Muộn' } }, { token: token['bao'] }))).toEqual({
        code: 'CONFLICT',
        reason: 'WINDOW_CLOSED',
      });
      t.clock.setNow(hcm('2026-04-11T08:00:00'));
      expect(refused(await t.gql(EQ.score, { input: { id: bao, version: await version(t, bao), generalScores: FULL_SCORES } }, { token: token['head'] }))).toEqual({
        code: 'CONFLICT',
        reason: 'WINDOW_CLOSED',
      });
      t.clock.setNow(hcm('2026-04-10T23:00:00'));
      const scored = ok(
        await t.gql<{ scoreEvaluation: EvalView }>(EQ.score, { input: { id: bao, version: await version(t, bao), generalScores: FULL_SCORES } }, { token: token['head'] }),
      ).scoreEvaluation;
      expect(scored.status).toBe('SCORED');
      t.clock.setNow(hcm('2026-04-16T08:00:00'));
      expect(refused(await t.gql(EQ.approve, { input: { evaluations: [{ id: bao, version: scored.version }] } }, { token: token['head'] }))).toEqual({
        code: 'CONFLICT',
        reason: 'WINDOW_CLOSED',
      });
      expect((await row(t, bao)).status).toBe('SCORED');
    });
  });

  describe('acting evaluator', () => {
    it('named by the head for dates with a decision: scores under their own name; after the end date FORBIDDEN; never for themselves', async () => {
      const period2 = await makePeriod(t, {
        number: 4,
        startsOn: '2026-04-01',
        endsOn: '2026-04-30',
        selfAssessmentUntil: '2026-05-05',
        headScoringUntil: '2026-05-20',
        publishUntil: '2026-05-30',
      });
      const ofOfficial = await makeEvaluation(t, {
        periodId: period2,
        officialId: idOf['official'],
        evaluatorId: idOf['head'],
        facts: [{ title: 'Việc tháng 4', expectedUnits: 1, deliveredUnits: 1 }],
      });
      const ofBao = await makeEvaluation(t, { periodId: period2, officialId: idOf['bui.quoc.bao'], evaluatorId: idOf['head'], facts: [] });
      const [ccvc] = await t.dataSource.query(`SELECT u.id FROM unit u JOIN agency a ON a.id = u.agency_id WHERE a.code = 'SNV' AND u.code = 'CCVC'`);
      const input = { unitId: ccvc.id, actingUserId: idOf['bui.quoc.bao'], startsOn: '2026-05-06', endsOn: '2026-05-10', decisionDocument: '45/QĐ-SNV' };
      expect(refused(await t.gql(EQ.setActing, { input }, { token: token['long'] })).code).toBe('FORBIDDEN');
      expect(refused(await t.gql(EQ.setActing, { input: { ...input, endsOn: '2026-05-01' } }, { token: token['head'] })).code).toBe('BAD_USER_INPUT');
      ok(await t.gql(EQ.setActing, { input }, { token: token['head'] }));
      t.clock.setNow(hcm('2026-05-08T09:00:00'));
      const scored = ok(
        await t.gql<{ scoreEvaluation: EvalView }>(
          EQ.score,
          { input: { id: ofOfficial, version: await version(t, ofOfficial), generalScores: FULL_SCORES } },
          { token: token['bao'] },
        ),
      ).scoreEvaluation;
      expect(scored.scoredBy).toEqual({ id: idOf['bui.quoc.bao'] });
      const audit = await t.dataSource.query(`SELECT actor_id, data->>'capacity' AS capacity FROM audit_event WHERE entity_id = $1 AND action = 'evaluation.scored'`, [ofOfficial]);
      expect(audit).toEqual([{ actor_id: idOf['bui.quoc.bao'], capacity: 'ACTING_EVALUATOR' }]);
      expect(refused(await t.gql(EQ.score, { input: { id: ofBao, version: await version(t, ofBao), generalScores: FULL_SCORES } }, { token: token['bao'] }))).toEqual({
        code: 'FORBIDDEN',
        reason: 'SELF_EVALUATION',
      });
      t.clock.setNow(hcm('2026-05-11T09:00:00'));
      expect(refused(await t.gql(EQ.score, { input: { id: ofOfficial, version: await version(t, ofOfficial), generalScores: FULL_SCORES } }, { token: token['bao'] })).code).toBe(
        'FORBIDDEN',
      );
    });
  });
});
