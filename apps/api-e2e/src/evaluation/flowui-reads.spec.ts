import { createTestApp, TestApp } from '@ketqua/api/testing';
import { getRuleSet } from '@ketqua/domain';
import { hcm, makeEvaluation, makePeriod, ok, people } from './flow-fixtures';

/** The reads the flow pages need: one's own year, the criteria to enter scores on, the board's period picker (scoped). */
describe('evaluation flow reads for the dashboard', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  let idOf: Record<string, string>;
  let march: string;
  let april: string;
  let unitId: string;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.setNow(hcm('2026-05-02T09:00:00'));
    for (const who of ['hr', 'head', 'official', 'inspector']) token[who] = await t.login(`${who}@demo.ketqua.vn`);
    token['bao'] = await t.login('bui.quoc.bao@demo.ketqua.vn');
    idOf = await people(t);
    const windows = (m: number) => ({ selfAssessmentUntil: `2026-0${m + 1}-05`, headScoringUntil: `2026-0${m + 1}-10`, publishUntil: `2026-0${m + 1}-15` });
    march = await makePeriod(t, { number: 3, startsOn: '2026-03-01', endsOn: '2026-03-31', ...windows(3) });
    april = await makePeriod(t, { number: 4, startsOn: '2026-04-01', endsOn: '2026-04-30', ...windows(4) });
    await makeEvaluation(t, { periodId: april, officialId: idOf['official'], evaluatorId: idOf['head'] });
    await makeEvaluation(t, { periodId: march, officialId: idOf['official'], evaluatorId: idOf['head'] });
    await makeEvaluation(t, { periodId: march, officialId: idOf['bui.quoc.bao'], evaluatorId: idOf['head'], regime: 'VIEN_CHUC' });
    [{ unit_id: unitId }] = await t.dataSource.query(`SELECT unit_id FROM app_user WHERE id = $1`, [idOf['official']]);
  });
  afterAll(() => t.close());

  it('myEvaluations gives the official their own periods of the year in order, each with the rule set’s general criteria and maxima', async () => {
    const { myEvaluations } = ok(
      await t.gql<{ myEvaluations: Array<{ period: { name: string }; generalCriteria: Array<{ code: string; label: string; maxPoints: number }> }> }>(
        `query { myEvaluations(year: 2026) { period { name } generalCriteria { code label maxPoints } } }`,
        {},
        { token: token['official'] },
      ),
    );
    expect(myEvaluations.map((e) => e.period.name)).toEqual(['Tháng 3/2026', 'Tháng 4/2026']);
    expect(myEvaluations[0].generalCriteria).toEqual(getRuleSet('v1').congChuc.generalCriteria.map((c) => ({ code: c.code, label: c.label, maxPoints: c.maxPoints })));
    const none = ok(await t.gql<{ myEvaluations: unknown[] }>(`query { myEvaluations(year: 2025) { id } }`, {}, { token: token['official'] }));
    expect(none.myEvaluations).toEqual([]);
  });

  it('a viên chức evaluation has no general criteria to score', async () => {
    const { myEvaluations } = ok(
      await t.gql<{ myEvaluations: Array<{ generalCriteria: unknown[] }> }>(`query { myEvaluations(year: 2026) { generalCriteria { code } } }`, {}, { token: token['bao'] }),
    );
    expect(myEvaluations).toEqual([{ generalCriteria: [] }]);
  });

  it('evaluationPeriodsOfUnit lists the unit’s periods newest first for the head, HR and the inspector', async () => {
    for (const who of ['head', 'hr', 'inspector']) {
      const { evaluationPeriodsOfUnit } = ok(
        await t.gql<{ evaluationPeriodsOfUnit: Array<{ id: string; name: string }> }>(
          `query($unitId: ID!) { evaluationPeriodsOfUnit(unitId: $unitId) { id name } }`,
          { unitId },
          { token: token[who] },
        ),
      );
      expect(evaluationPeriodsOfUnit.map((p) => p.id)).toEqual([april, march]);
    }
  });

  it('an official sees only the periods of their own evaluations, and a malformed id is refused', async () => {
    const asBao = ok(
      await t.gql<{ evaluationPeriodsOfUnit: Array<{ id: string }> }>(
        `query($unitId: ID!) { evaluationPeriodsOfUnit(unitId: $unitId) { id } }`,
        { unitId },
        { token: token['bao'] },
      ),
    );
    expect(asBao.evaluationPeriodsOfUnit.map((p) => p.id)).toEqual([march]);
    const bad = await t.gql(`query($unitId: ID!) { evaluationPeriodsOfUnit(unitId: $unitId) { id } }`, { unitId: 'not-a-uuid' }, { token: token['head'] });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const anonymous = await t.gql(`query($unitId: ID!) { evaluationPeriodsOfUnit(unitId: $unitId) { id } }`, { unitId });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
