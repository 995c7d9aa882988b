import { createTestApp, TestApp } from '@ketqua/api/testing';
import { computeAnnualGrade, getRuleSet } from '@ketqua/domain';
import { EQ, EvalView, FULL_SCORES, hcm, makeEvaluation, makePeriod, ok, people, refused, scoreAndPublish, version } from './flow-fixtures';

/** Leaders, viên chức, the annual grade with leave, and transfers. */
describe('evaluation numbers across people and the year', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  let idOf: Record<string, string>;
  const month = (n: number) => {
    const mm = String(n).padStart(2, '0');
    const end = new Date(Date.UTC(2026, n, 0)).getUTCDate();
    return {
      number: n,
      startsOn: `2026-${mm}-01`,
      endsOn: `2026-${mm}-${end}`,
      selfAssessmentUntil: `2026-${mm}-${end}`,
      headScoringUntil: '2026-12-20',
      publishUntil: '2026-12-31',
    };
  };
  const oneTask = [{ title: 'Nhiệm vụ tháng', expectedUnits: 1, deliveredUnits: 1 }];

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.setNow(hcm('2026-07-15T09:00:00'));
    for (const who of ['hr', 'head', 'official']) token[who] = await t.login(`${who}@demo.ketqua.vn`);
    token['phuc'] = await t.login('duong.van.phuc@demo.ketqua.vn');
    token['ha'] = await t.login('le.thi.thu.ha@demo.ketqua.vn');
    token['long'] = await t.login('nguyen.hoang.long@demo.ketqua.vn');
    idOf = await people(t);
  });
  afterAll(() => t.close());

  it('a leader’s unit component comes from the grades of those they evaluate; without one scored it does not apply and says so', async () => {
    const p = await makePeriod(t, month(1));
    const leader = await makeEvaluation(t, { periodId: p, officialId: idOf['duong.van.phuc'], evaluatorId: idOf['head'], level: 'LEVEL_ABOVE', isLeader: true, facts: oneTask });
    const sub = await makeEvaluation(t, { periodId: p, officialId: idOf['mai.thi.thanh.tam'], evaluatorId: idOf['duong.van.phuc'], facts: oneTask });
    const before = ok(await t.gql<{ evaluation: EvalView }>(EQ.get, { id: leader }, { token: token['head'] })).evaluation;
    expect(before.record.leaderComponent).toMatchObject({ applies: false, unitResultsPercent: null, taskResultsFrom: 'OWN_WORK_ONLY' });
    ok(await t.gql(EQ.score, { input: { id: sub, version: await version(t, sub), generalScores: FULL_SCORES } }, { token: token['phuc'] }));
    const after = ok(await t.gql<{ evaluation: EvalView }>(EQ.get, { id: leader }, { token: token['head'] })).evaluation;
    expect(after.record.leaderComponent).toMatchObject({ applies: true, unitResultsPercent: 100, taskResultsFrom: 'OWN_WORK_AND_UNIT_RESULTS' });
  });

  it('both regimes in one unit: the công chức by points, the viên chức by conditions (no general sub-scores)', async () => {
    const p = await makePeriod(t, month(2));
    const cc = await makeEvaluation(t, { periodId: p, officialId: idOf['do.minh.khoi'], evaluatorId: idOf['le.thi.thu.ha'], facts: oneTask });
    const vc = await makeEvaluation(t, { periodId: p, officialId: idOf['phan.thanh.tung'], evaluatorId: idOf['le.thi.thu.ha'], regime: 'VIEN_CHUC', facts: oneTask });
    expect(refused(await t.gql(EQ.score, { input: { id: vc, version: await version(t, vc), generalScores: FULL_SCORES } }, { token: token['ha'] })).code).toBe('BAD_USER_INPUT');
    const v = ok(await t.gql<{ scoreEvaluation: EvalView }>(EQ.score, { input: { id: vc, version: await version(t, vc) } }, { token: token['ha'] })).scoreEvaluation;
    expect(v.record).toMatchObject({ score: null, computedGrade: 'HOAN_THANH_TOT', vienChuc: { total: 1, short: 0, exceeding: 0 } });
    const c = ok(
      await t.gql<{ scoreEvaluation: EvalView }>(EQ.score, { input: { id: cc, version: await version(t, cc), generalScores: FULL_SCORES } }, { token: token['ha'] }),
    ).scoreEvaluation;
    expect(c.record).toMatchObject({ score: 99.25, computedGrade: 'HOAN_THANH_XUAT_SAC', vienChuc: null });
  });

  it('the annual grade is libs/domain on the published periods, weighted by days worked (leave pro-rates)', async () => {
    const scores = [FULL_SCORES, FULL_SCORES.map((s) => ({ ...s, points: 3 }))];
    const worked = [22, 11];
    const published: EvalView[] = [];
    for (const [i, n] of [3, 4].entries()) {
      const p = await makePeriod(t, month(n));
      const id = await makeEvaluation(t, { periodId: p, officialId: idOf['official'], evaluatorId: idOf['head'], workedDays: worked[i], facts: oneTask });
      published.push(await scoreAndPublish(t, token['head'], id, scores[i]));
    }
    const annual = ok(
      await t.gql<{ annualGrade: { averageScore: number; grade: string; periods: Array<{ score: number }> } }>(
        EQ.annual,
        { officialId: idOf['official'], year: 2026 },
        { token: token['official'] },
      ),
    ).annualGrade;
    const expected = computeAnnualGrade({ periods: published.map((e, i) => ({ periodId: e.id, score: e.record.score, weightDays: worked[i] })) }, getRuleSet('v1'));
    expect(annual.averageScore).toBe(expected.averageScore);
    expect(annual.grade).toBe(expected.grade);
    expect(annual.periods.map((p) => p.score)).toEqual(published.map((e) => e.record.score));
    const unweighted = (published[0].record.score! + published[1].record.score!) / 2;
    expect(annual.averageScore).toBeGreaterThan(unweighted); // the half-worked, lower month counts half
  });

  it('a transfer carries the published periods: the new unit’s head reads them and the annual grade, and cannot change them', async () => {
    const [tcbc] = await t.dataSource.query(`SELECT u.id FROM unit u JOIN agency a ON a.id = u.agency_id WHERE a.code = 'SNV' AND u.code = 'TCBC'`);
    const before = ok(
      await t.gql<{ annualGrade: { periods: Array<{ evaluationId: string; unitId: string }> } }>(
        EQ.annual,
        { officialId: idOf['official'], year: 2026 },
        { token: token['official'] },
      ),
    ).annualGrade;
    expect(refused(await t.gql(EQ.annual, { officialId: idOf['official'], year: 2026 }, { token: token['long'] })).code).toBe('FORBIDDEN');
    await t.dataSource.query(`UPDATE app_user SET unit_id = $1 WHERE id = $2`, [tcbc.id, idOf['official']]);
    const long = await t.login('nguyen.hoang.long@demo.ketqua.vn');
    const atNewUnit = ok(
      await t.gql<{ annualGrade: { periods: Array<{ evaluationId: string; unitId: string }> } }>(EQ.annual, { officialId: idOf['official'], year: 2026 }, { token: long }),
    ).annualGrade;
    expect(atNewUnit.periods).toEqual(before.periods);
    const first = before.periods[0].evaluationId;
    expect(ok(await t.gql<{ evaluation: EvalView }>(EQ.get, { id: first }, { token: long })).evaluation.status).toBe('PUBLISHED');
    expect(refused(await t.gql(EQ.reopen, { input: { id: first, version: await version(t, first), reason: 'Sửa' } }, { token: long })).code).toBe('FORBIDDEN');
  });

  it('viên chức: under 6 months worked in the year is NOT_CLASSIFIED', async () => {
    t.clock.setNow(hcm('2026-10-15T09:00:00')); // every self-assessment window of May–September closed
    for (const n of [5, 6, 7, 8, 9]) {
      const p = await makePeriod(t, { ...month(n), agencyCode: 'SNV' });
      const id = await makeEvaluation(t, { periodId: p, officialId: idOf['truong.van.loc'], evaluatorId: idOf['vo.thi.kim.ngan'], regime: 'VIEN_CHUC', facts: oneTask });
      const ngan = await t.login('vo.thi.kim.ngan@demo.ketqua.vn');
      const v = await version(t, id);
      ok(await t.gql(EQ.score, { input: { id, version: v } }, { token: ngan }));
      ok(await t.gql(EQ.approve, { input: { evaluations: [{ id, version: await version(t, id) }] } }, { token: ngan }));
      ok(await t.gql(EQ.publish, { input: { evaluations: [{ id, version: await version(t, id) }] } }, { token: ngan }));
    }
    const annual = ok(
      await t.gql<{ annualGrade: { regime: string; grade: string; monthsWorked: number; reasons: string[] } }>(
        EQ.annual,
        { officialId: idOf['truong.van.loc'], year: 2026 },
        { token: token['hr'] },
      ),
    ).annualGrade;
    expect(annual).toMatchObject({ regime: 'VIEN_CHUC', grade: 'NOT_CLASSIFIED', monthsWorked: 5, reasons: ['WORKED_UNDER_MIN_MONTHS'] });
  });
});
