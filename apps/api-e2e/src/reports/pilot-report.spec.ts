import { createTestApp, GqlResponse, TestApp } from '@ketqua/api/testing';
import { buildReportCity, PLANTED_EFFECT, ReportCity } from './pilot-report-fixture';

const METRICS = `cohort phase headcount assignments completed completionRatePercent onTime onTimeRatePercent evaluations meanQualityPercent meanScore spotChecks spotCheckCompliancePercent assignedUnits workloadPerOfficial`;
const REPORT = `query($input: PilotReportInput!) { pilotReport(input: $input) {
  pilot { id name decisionNumber startDate endDate }
  period { from to startsOn endsOn months } baseline { from to startsOn endsOn months }
  agencyId unitId asOf dataCutOff ruleSetVersions
  summary { ${METRICS} }
  did { estimate lower upper confidenceLevel resamples seed clusters observations homeBaseline homePilot officeBaseline officePilot unavailableReason }
  byAgency { id name agencyId agencyName unitId cells { ${METRICS} } }
  byUnit { id name agencyId agencyName unitId cells { ${METRICS} } }
  byPosition { id name agencyId agencyName cells { ${METRICS} } }
  gradeDistribution { cohort phase grade count percent }
  preTrend { month homeMean officeMean homeCount officeCount }
  balance { dimension key label homeCount homeSharePercent officeCount officeSharePercent }
  dataQuality { missingEvaluations { count listLimit items { officialId officialName unitName cohort phase month } } movedCohort { count listLimit items { officialId officialName unitName cohort reasons } } }
  methodNote { vi en } } }`;

type Metrics = Record<string, number | string | null>;
interface Report {
  summary: Metrics[];
  did: Record<string, number | string | null>;
  byAgency: Array<{ id: string; cells: Metrics[] }>;
  byUnit: Array<{ id: string; agencyId: string; cells: Metrics[] }>;
  byPosition: Array<{ id: string; cells: Metrics[] }>;
  gradeDistribution: Array<{ cohort: string; phase: string; grade: string; count: number; percent: number }>;
  preTrend: Array<{ month: string; homeMean: number | null; officeMean: number | null; homeCount: number; officeCount: number }>;
  balance: Array<{ dimension: string; key: string; homeCount: number; officeCount: number }>;
  dataQuality: {
    missingEvaluations: { count: number; items: Array<{ officialId: string; month: string }> };
    movedCohort: { count: number; items: Array<{ officialId: string; reasons: string[] }> };
  };
  methodNote: { vi: string; en: string };
  ruleSetVersions: string[];
  dataCutOff: string | null;
  period: { startsOn: string; endsOn: string; months: number };
}

const PHASES = { BASELINE: ['2026-01-01', '2026-02-28'], PILOT: ['2026-03-01', '2026-05-31'] } as const;

describe('pilot evaluation report (PRODUCT.md 4.7) over GraphQL', () => {
  let t: TestApp;
  let c: ReportCity;
  const token: Record<string, string> = {};
  const input = (extra: Record<string, unknown> = {}) => ({
    pilotId: c.pilotId,
    period: { from: '2026-03', to: '2026-05' },
    baseline: { from: '2026-01', to: '2026-02' },
    ...extra,
  });
  const run = (who: string, variables: Record<string, unknown>, query = REPORT) => t.gql<{ pilotReport: Report }>(query, { input: variables }, { token: token[who] });
  const data = (res: GqlResponse<{ pilotReport: Report }>): Report => {
    if (res.errors?.length || !res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.pilotReport;
  };
  const audits = async () => Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'report.viewed'`))[0].n);

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-06-10T09:00:00+07:00') });
    c = await buildReportCity(t);
    for (const [who, email] of Object.entries({ ...c.emails, admin: 'admin@demo.ketqua.vn', hrCity: 'hr@demo.ketqua.vn' })) token[who] = await t.login(email);
  }, 180_000);
  afterAll(() => t?.close());

  /** The four cells computed here, in plain SQL over the fixture's own cohort lists (not the report's SQL). */
  async function expected(ids: { home: string[]; office: string[] }) {
    const out: Record<string, Record<string, number | null>> = {};
    for (const [cohort, officials] of Object.entries(ids)) {
      for (const [phase, [from, to]] of Object.entries(PHASES)) {
        const [w] = await t.dataSource.query(
          `SELECT count(*)::int AS assignments, count(*) FILTER (WHERE a.status = 'ACCEPTED')::int AS completed,
                  count(*) FILTER (WHERE a.status = 'ACCEPTED' AND EXISTS (SELECT 1 FROM deliverable d WHERE d.assignment_id = a.id AND d.decision = 'ACCEPTED' AND d.on_time))::int AS on_time,
                  COALESCE(sum(a.coefficient * a.quantity), 0)::float8 AS units
             FROM assignment a WHERE a.assignee_id = ANY($1) AND a.status <> 'CANCELLED'
              AND (a.deadline AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN $2 AND $3`,
          [officials, from, to],
        );
        const [e] = await t.dataSource.query(
          `SELECT count(*)::int AS n, avg((r.record->>'score')::numeric)::float8 AS mean
             FROM evaluation e JOIN evaluation_period p ON p.id = e.period_id AND p.kind = 'MONTH'
             JOIN evaluation_revision r ON r.evaluation_id = e.id AND r.revision = e.revision
            WHERE e.status = 'PUBLISHED' AND e.official_id = ANY($1) AND p.starts_on BETWEEN $2 AND $3`,
          [officials, from, to],
        );
        const [s] = await t.dataSource.query(
          `SELECT count(*)::int AS n, count(*) FILTER (WHERE outcome IN ('ON_TIME', 'EXCUSED'))::int AS ok FROM spot_check
            WHERE official_id = ANY($1) AND status = 'CLOSED' AND manual = false AND date BETWEEN $2 AND $3`,
          [officials, from, to],
        );
        out[`${cohort.toUpperCase()}|${phase}`] = { ...w, evaluations: e.n, mean: e.mean, checks: s.n, compliant: s.ok, headcount: officials.length };
      }
    }
    // DiD on each official's mean per phase.
    const [d] = await t.dataSource.query(
      `WITH per AS (
         SELECT CASE WHEN e.official_id = ANY($1) THEN 'HOME' ELSE 'OFFICE' END AS cohort, CASE WHEN p.starts_on >= '2026-03-01' THEN 'PILOT' ELSE 'BASELINE' END AS phase,
                e.official_id, avg((r.record->>'score')::numeric) AS m
           FROM evaluation e JOIN evaluation_period p ON p.id = e.period_id
           JOIN evaluation_revision r ON r.evaluation_id = e.id AND r.revision = e.revision
          WHERE e.official_id = ANY($1) OR e.official_id = ANY($2) GROUP BY 1, 2, 3)
       SELECT ((avg(m) FILTER (WHERE cohort = 'HOME' AND phase = 'PILOT') - avg(m) FILTER (WHERE cohort = 'HOME' AND phase = 'BASELINE'))
             - (avg(m) FILTER (WHERE cohort = 'OFFICE' AND phase = 'PILOT') - avg(m) FILTER (WHERE cohort = 'OFFICE' AND phase = 'BASELINE')))::float8 AS did FROM per`,
      [ids.home, ids.office],
    );
    return { cells: out, did: d.did as number };
  }

  function expectCells(report: Report['summary'], want: Awaited<ReturnType<typeof expected>>['cells']) {
    for (const cell of report) {
      const w = want[`${cell.cohort}|${cell.phase}`];
      expect({
        cell: `${cell.cohort}|${cell.phase}`,
        headcount: cell.headcount,
        assignments: cell.assignments,
        completed: cell.completed,
        onTime: cell.onTime,
        evaluations: cell.evaluations,
        spotChecks: cell.spotChecks,
      }).toEqual({
        cell: `${cell.cohort}|${cell.phase}`,
        headcount: w.headcount,
        assignments: w.assignments,
        completed: w.completed,
        onTime: w.on_time,
        evaluations: w.evaluations,
        spotChecks: w.checks,
      });
      expect(cell.meanScore).toBeCloseTo(w.mean as number, 2);
      expect(cell.completionRatePercent).toBeCloseTo(((w.completed as number) / (w.assignments as number)) * 100, 2);
      expect(cell.onTimeRatePercent).toBeCloseTo(((w.on_time as number) / (w.completed as number)) * 100, 2);
      expect(cell.assignedUnits).toBeCloseTo(w.units as number, 6);
      expect(cell.spotCheckCompliancePercent === null ? null : Number(cell.spotCheckCompliancePercent)).toEqual(
        w.checks ? Math.round(((w.compliant as number) / (w.checks as number)) * 10000) / 100 : null,
      );
    }
  }

  it('gives the numbers of an independent SQL computation, and the DiD recovers the planted effect inside its interval', async () => {
    const before = await audits();
    const r = data(await run('hrCity', input()));
    expect(r.summary.map((s) => `${s.cohort}|${s.phase}`)).toEqual(['HOME|BASELINE', 'HOME|PILOT', 'OFFICE|BASELINE', 'OFFICE|PILOT']);
    const want = await expected({ home: c.home, office: c.office });
    expectCells(r.summary, want.cells);
    // Mean quality: the units-weighted mean of the receipts (home 2 × 100 + 1 × 75 over 3; office 100).
    expect(r.summary.find((s) => s.cohort === 'HOME')?.meanQualityPercent).toBeCloseTo(91.67, 2);
    expect(r.summary.find((s) => s.cohort === 'OFFICE')?.meanQualityPercent).toBe(100);
    expect(r.did.estimate as number).toBeCloseTo(want.did, 3);
    expect(r.did.lower as number).toBeLessThanOrEqual(PLANTED_EFFECT);
    expect(r.did.upper as number).toBeGreaterThanOrEqual(PLANTED_EFFECT);
    expect(r.did.lower as number).toBeGreaterThan(0);
    expect(r.did).toMatchObject({ clusters: 5, confidenceLevel: 0.95, resamples: 2000, observations: 80, unavailableReason: null });
    expect(r.period).toMatchObject({ startsOn: '2026-03-01', endsOn: '2026-05-31', months: 3 });
    expect(r.ruleSetVersions).toEqual(['v1']);
    expect(r.dataCutOff).toBe(new Date('2026-05-31T23:00:00+07:00').toISOString());
    // The same report gives the same interval.
    const again = data(await run('hrCity', input()));
    expect([again.did.lower, again.did.upper, again.did.seed]).toEqual([r.did.lower, r.did.upper, r.did.seed]);
    expect(await audits()).toBe(before + 2);
  });

  it('breaks down by agency, unit and position, with grades, pre-trend, balance, data quality and the method note', async () => {
    const r = data(await run('admin', input()));
    expect(r.byAgency.map((a) => a.id).sort()).toEqual([c.agencyA, c.agencyB].sort());
    expect(r.byUnit).toHaveLength(5);
    expect(r.byPosition).toHaveLength(2);
    const unitA2 = r.byUnit.find((u) => u.id === c.units[1]);
    expect(unitA2?.cells).toHaveLength(4);
    const [members] = await t.dataSource.query(
      `SELECT array_agg(id) FILTER (WHERE id = ANY($2)) AS home, array_agg(id) FILTER (WHERE id = ANY($3)) AS office FROM app_user WHERE unit_id = $1`,
      [c.units[1], c.home, c.office],
    );
    expectCells(unitA2?.cells ?? [], (await expected({ home: members.home, office: members.office })).cells);
    const graded = r.gradeDistribution.filter((g) => g.cohort === 'HOME' && g.phase === 'PILOT');
    expect(graded.map((g) => g.grade)).toEqual(['HOAN_THANH_XUAT_SAC', 'HOAN_THANH_TOT', 'HOAN_THANH', 'KHONG_HOAN_THANH', 'NOT_CLASSIFIED']);
    expect(graded.reduce((a, g) => a + g.count, 0)).toBe(60);
    expect(r.preTrend.map((p) => p.month)).toEqual(['2026-01', '2026-02']);
    expect(r.preTrend[0]).toMatchObject({ homeCount: 20, officeCount: 20 });
    const positions = r.balance.filter((b) => b.dimension === 'POSITION');
    expect(positions.map((b) => [b.homeCount, b.officeCount])).toEqual([
      [12, 12],
      [8, 8],
    ]);
    expect(r.dataQuality.missingEvaluations).toMatchObject({ count: 1, items: [{ officialId: c.missingApril, month: '2026-04' }] });
    expect(r.dataQuality.movedCohort).toMatchObject({ count: 1, items: [{ officialId: c.lateStarter, reasons: ['ENROLLMENT_STARTED_IN_PERIOD'] }] });
    expect(r.methodNote.vi).toContain('Chênh lệch kép');
    expect(r.methodNote.vi.normalize('NFC')).toBe(r.methodNote.vi);
    expect(r.methodNote.en).toContain('clustered by unit');
  });

  it('shows HR of an agency only their agency of a pilot spanning two, and inspectors read it the same way', async () => {
    const r = data(await run('hrB', input()));
    expect(r.byAgency.map((a) => a.id)).toEqual([c.agencyB]);
    expect(r.byUnit.map((u) => u.agencyId)).toEqual([c.agencyB, c.agencyB]);
    const inB = (ids: string[]) => ids.filter((_, i) => i >= 12); // the fixture lists A's units first: 3 units × 4
    expectCells(r.summary, (await expected({ home: inB(c.home), office: inB(c.office) })).cells);
    const i = data(await run('inspectorA', input()));
    expect(i.byAgency.map((a) => a.id)).toEqual([c.agencyA]);
    expect(i.summary[0].headcount).toBe(12);
    const unitOnly = data(await run('hrA', input({ unitId: c.units[2] })));
    expect(unitOnly.byUnit.map((u) => u.id)).toEqual([c.units[2]]);
  });

  it.each([
    ['hrA', () => ({ agencyId: c.agencyB }), 'FORBIDDEN'],
    ['hrA', () => ({ unitId: c.units[3] }), 'FORBIDDEN'],
    ['hrB', () => ({ pilotId: c.pilotAOnlyId }), 'FORBIDDEN'],
    ['headA1', () => ({}), 'FORBIDDEN'],
    ['officialA1', () => ({}), 'FORBIDDEN'],
  ])('refuses %s outside their scope (%#), nested fields included, and audits nothing', async (who, extra, code) => {
    const before = await audits();
    for (const query of [REPORT, `query($input: PilotReportInput!) { pilotReport(input: $input) { dataQuality { movedCohort { items { officialName } } } } }`]) {
      const res = await run(who, input(extra()), query);
      expect(res.errors?.[0]?.extensions?.code).toBe(code);
      expect(res.data?.pilotReport ?? null).toBeNull();
    }
    expect(await audits()).toBe(before);
  });

  it.each([
    [{ baseline: { from: '2026-02', to: '2026-03' } }, 'input.baseline.to'],
    [{ period: { from: '2026-05', to: '2026-03' } }, 'input.period.to'],
    [{ period: { from: '2026-03', to: '2028-06' } }, 'input.period'],
    [{ period: { from: '2026-3', to: '2026-05' } }, null],
    [{ pilotId: 'not-a-uuid' }, null],
  ])('refuses bad input with BAD_USER_INPUT and changes nothing (%#)', async (extra, field) => {
    const before = await audits();
    const res = await run('hrCity', input(extra));
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    if (field) expect(res.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toContain(field);
    expect(await audits()).toBe(before);
  });

  it('answers NOT_FOUND for an unknown pilot', async () => {
    const res = await run('hrCity', input({ pilotId: '00000000-0000-4000-8000-000000000000' }));
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
