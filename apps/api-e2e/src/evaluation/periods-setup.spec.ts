import { createTestApp, errorCode, TestApp } from '@ketqua/api/testing';
import { at, MARCH, PeriodView, PeriodWorld, Q } from './periods-fixtures';

/**
 * Evaluation periods, before opening (PRODUCT.md 4.4, docs/RULES.md "Evaluation periods"): who
 * creates and edits them, for which agency or pilot, dates from kind + year + number, windows in
 * order, the cut-off, optimistic versions, and opening exactly once.
 */
describe('evaluation periods: set-up', () => {
  let t: TestApp;
  let w: PeriodWorld;
  const count = async () => Number((await t.dataSource.query('SELECT count(*)::int AS n FROM evaluation_period'))[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.setNow(at('2026-03-02', '08:00'));
    w = await new PeriodWorld(t).init();
  });
  afterAll(() => t.close());

  it('HR creates a month of an agency: dates from the calendar month, a Vietnamese name, DRAFT, audited', async () => {
    const p = await w.createPeriod();
    expect(p).toMatchObject({ startsOn: '2026-03-01', endsOn: '2026-03-31', status: 'DRAFT', jobStatus: null, version: 1 });
    expect(p.name).toBe('Tháng 3/2026 – Sở Nội vụ Thành phố Hồ Chí Minh');
    expect((await w.auditOf('evaluation-period.create')).map((a) => a.entity_id)).toEqual([p.id]);
  });

  it('quarters and years have their own dates; the same period twice for one agency is CONFLICT', async () => {
    const q = await w.createPeriod({ kind: 'QUARTER', number: 1 });
    expect([q.startsOn, q.endsOn]).toEqual(['2026-01-01', '2026-03-31']);
    const y = await w.createPeriod({
      kind: 'YEAR',
      number: null,
      selfAssessmentUntil: '2027-01-10',
      headScoringUntil: '2027-01-20',
      publishUntil: '2027-01-31',
      cutOffAt: '2027-01-05T10:00:00Z',
    });
    expect([y.startsOn, y.endsOn, y.name]).toEqual(['2026-01-01', '2026-12-31', 'Năm 2026 – Sở Nội vụ Thành phố Hồ Chí Minh']);
    const before = await count();
    const again = await w.gql('hr', Q.create, { input: { ...MARCH, agencyId: w.agencyOf['SNV'] } });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(await count()).toBe(before);
  });

  it.each([
    ['a month 13', { number: 13 }, 'input.number'],
    ['a quarter without number', { kind: 'QUARTER', number: null }, 'input.number'],
    ['self-assessment ending inside the period', { selfAssessmentUntil: '2026-02-27' }, 'input.selfAssessmentUntil'],
    ['head scoring before self-assessment', { headScoringUntil: '2026-04-06' }, 'input.headScoringUntil'],
    ['publication before head scoring', { publishUntil: '2026-04-13' }, 'input.publishUntil'],
    ['a cut-off inside the period', { cutOffAt: '2026-02-20T10:00:00Z' }, 'input.cutOffAt'],
    ['a cut-off after head scoring', { cutOffAt: '2026-04-20T10:00:00Z' }, 'input.cutOffAt'],
    ['both an agency and a pilot', { pilotId: '00000000-0000-4000-8000-000000000001' }, 'input.agencyId'],
  ])('%s is refused with the field, nothing stored', async (_what, input, field) => {
    const before = await count();
    const res = await w.gql('hr', Q.create, { input: { ...MARCH, number: 2, agencyId: w.agencyOf['SNV'], ...input } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors?.[0]?.extensions)).toContain(field);
    expect(await count()).toBe(before);
  });

  it('a NUL byte in the name, or an unknown agency, is refused', async () => {
    expect(errorCode(await w.gql('hr', Q.create, { input: { ...MARCH, number: 2, agencyId: w.agencyOf['SNV'], name: 'Kỳ\u0000 5' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await w.gql('hr', Q.create, { input: { ...MARCH, number: 2, agencyId: '00000000-0000-4000-8000-000000000001' } }))).toBe('NOT_FOUND');
  });

  it.each(['head', 'official', 'inspector'])('%s may not create periods (FORBIDDEN)', async (who) => {
    expect(errorCode(await w.gql(who, Q.create, { input: { ...MARCH, number: 2, agencyId: w.agencyOf['SNV'] } }))).toBe('FORBIDDEN');
  });

  it('HR without city scope manages only their own agency; a period of another agency is out of their sight', async () => {
    const psg = await w.createPeriod({ agencyId: w.agencyOf['PSG'] }, 'admin');
    await t.dataSource.query(`UPDATE app_user SET city_scope = false WHERE email = 'hr@demo.ketqua.vn'`);
    try {
      expect(errorCode(await w.gql('hr', Q.create, { input: { ...MARCH, number: 2, agencyId: w.agencyOf['PSG'] } }))).toBe('FORBIDDEN');
      expect(errorCode(await w.gql('hr', Q.get, { id: psg.id }))).toBe('FORBIDDEN');
      expect(errorCode(await w.gql('hr', Q.open, { id: psg.id, version: psg.version }))).toBe('FORBIDDEN');
      const listed = await w.ok<{ evaluationPeriods: { edges: { node: { id: string } }[] } }>('hr', Q.list);
      expect(listed.evaluationPeriods.edges.map((e) => e.node.id)).not.toContain(psg.id);
    } finally {
      await t.dataSource.query(`UPDATE app_user SET city_scope = true WHERE email = 'hr@demo.ketqua.vn'`);
    }
    // An official sees their own agency's periods (read-only), not another's.
    const mine = await w.ok<{ evaluationPeriods: { edges: { node: { id: string; agencyId: string } }[] } }>('official', Q.list);
    expect(mine.evaluationPeriods.edges.length).toBeGreaterThan(0);
    expect(new Set(mine.evaluationPeriods.edges.map((e) => e.node.agencyId))).toEqual(new Set([w.agencyOf['SNV']]));
  });

  it('a period of a pilot covers the pilot’s units; HR reads it and the name says the pilot', async () => {
    const pilot = await w.ok<{ createPilot: { id: string } }>('hr', Q.createPilot, {
      input: {
        name: 'Thí điểm làm việc tại nhà',
        decisionNumber: '12/QĐ-TEST',
        startDate: '2026-03-01',
        endDate: '2026-12-31',
        unitIds: [w.unitOf['SNV/CCVC'], w.unitOf['SNV/CCHC']],
      },
    });
    const p = await w.createPeriod({ agencyId: null, pilotId: pilot.createPilot.id, kind: 'QUARTER', number: 1 });
    expect(p.name).toBe('Quý 1/2026 – Thí điểm làm việc tại nhà');
    expect(errorCode(await w.gql('hr', Q.create, { input: { ...MARCH, pilotId: '00000000-0000-4000-8000-000000000001' } }))).toBe('NOT_FOUND');
    // A head of a pilot unit sees it; a head of a unit outside does not.
    await w.login('pham.minh.quan');
    expect((await w.ok<{ evaluationPeriod: { id: string } }>('head', Q.get, { id: p.id })).evaluationPeriod.id).toBe(p.id);
    expect(errorCode(await w.gql('pham.minh.quan', Q.get, { id: p.id }))).toBe('FORBIDDEN');
  });

  describe('editing', () => {
    let p: PeriodView;
    beforeAll(async () => {
      p = await w.createPeriod({ number: 8, selfAssessmentUntil: '2026-09-07', headScoringUntil: '2026-09-14', publishUntil: '2026-09-21', cutOffAt: '2026-09-02T10:00:00Z' });
    });

    it('omitted fields stay, the version moves, the change is audited', async () => {
      const res = await w.ok<{ updateEvaluationPeriod: PeriodView }>('hr', Q.update, { input: { id: p.id, version: p.version, publishUntil: '2026-09-25' } });
      expect(res.updateEvaluationPeriod).toMatchObject({ publishUntil: '2026-09-25', selfAssessmentUntil: '2026-09-07', version: p.version + 1 });
      const audit = (await w.auditOf('evaluation-period.update')).at(-1);
      expect(audit?.data).toEqual({ changes: { publishUntil: { from: '2026-09-21', to: '2026-09-25' } } });
      p = res.updateEvaluationPeriod;
    });

    it('a stale version is CONFLICT and changes nothing; windows out of order are refused', async () => {
      expect(errorCode(await w.gql('hr', Q.update, { input: { id: p.id, version: p.version - 1, publishUntil: '2026-09-30' } }))).toBe('CONFLICT');
      expect(errorCode(await w.gql('hr', Q.update, { input: { id: p.id, version: p.version, headScoringUntil: '2026-09-30' } }))).toBe('BAD_USER_INPUT');
      expect((await w.ok<{ evaluationPeriod: PeriodView }>('hr', Q.get, { id: p.id })).evaluationPeriod).toMatchObject({ publishUntil: '2026-09-25', version: p.version });
      expect(errorCode(await w.gql('head', Q.update, { input: { id: p.id, version: p.version, publishUntil: '2026-09-30' } }))).toBe('FORBIDDEN');
    });

    it('opening queues the job once: a second open is CONFLICT; once open, windows may only move later', async () => {
      const opened = await w.open(p);
      expect(opened).toMatchObject({ status: 'OPENING', jobStatus: 'QUEUED' });
      expect(errorCode(await w.gql('hr', Q.open, { id: p.id, version: opened.version }))).toBe('CONFLICT');
      expect(errorCode(await w.gql('inspector', Q.open, { id: p.id, version: opened.version }))).toBe('FORBIDDEN');
      const shorter = await w.gql('hr', Q.update, { input: { id: p.id, version: opened.version, selfAssessmentUntil: '2026-09-05' } });
      expect(errorCode(shorter)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(shorter.errors?.[0]?.extensions)).toContain('WINDOW_SHORTENED');
      const longer = await w.ok<{ updateEvaluationPeriod: PeriodView }>('hr', Q.update, { input: { id: p.id, version: opened.version, selfAssessmentUntil: '2026-09-09' } });
      expect(longer.updateEvaluationPeriod.selfAssessmentUntil).toBe('2026-09-09');
      expect((await w.auditOf('evaluation-period.open')).map((a) => a.entity_id)).toContain(p.id);
    });
  });
});
