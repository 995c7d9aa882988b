import { createTestApp, errorCode, GqlResponse, openSubscription, TestApp } from '@ketqua/api/testing';

/**
 * Tổng quan đơn vị (journey 2) over HTTP: the figures equal an independent SQL computation on a
 * fixture written here (not through the service), scope per role, and the live refresh after a review.
 */
const FIGURES = `assigned accepted acceptedOnTime unitsAssigned unitsDelivered completionRate onTimeRate meanQuality runningScore
  spotChecksOnTime spotChecksOwed spotCheckCompliance parityFlagged`;
const OVERVIEW = `query($unitId: ID) { unitOverview(unitId: $unitId) {
  unitId unitName asOf overdue reviewQueue overdueByOfficial { officialId count }
  today { date workingDay home office away entries { status official { id fullName } } }
  windows { kind from to periodId periodName unit { ${FIGURES} } officials { homeWorker parityFlag belowOfficeAveragePercent official { id fullName } figures { ${FIGURES} } } }
  trend { label from to assigned accepted unitsAssigned unitsDelivered completionRate onTimeRate } } }`;

interface Figures {
  assigned: number;
  accepted: number;
  acceptedOnTime: number;
  unitsAssigned: number;
  unitsDelivered: number;
  completionRate: number | null;
  onTimeRate: number | null;
  meanQuality: number | null;
  runningScore: number | null;
  spotChecksOnTime: number;
  spotChecksOwed: number;
  spotCheckCompliance: number | null;
  parityFlagged: number;
}
interface Overview {
  unitId: string;
  unitName: string;
  asOf: string;
  overdue: number;
  reviewQueue: number;
  overdueByOfficial: Array<{ officialId: string; count: number }>;
  today: { date: string; workingDay: boolean; home: number; office: number; away: number; entries: Array<{ status: string; official: { id: string } }> };
  windows: Array<{
    kind: string;
    from: string;
    to: string;
    periodId: string | null;
    unit: Figures;
    officials: Array<{ official: { id: string; fullName: string }; figures: Figures }>;
  }>;
  trend: Array<{
    label: string;
    from: string;
    to: string;
    assigned: number;
    accepted: number;
    unitsAssigned: number;
    unitsDelivered: number;
    completionRate: number | null;
    onTimeRate: number | null;
  }>;
}

const hcm = (isoLocal: string) => new Date(`${isoLocal}+07:00`);
const pct = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

function ok<T>(res: GqlResponse<T>): T {
  if (res.errors?.length || !res.data) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}

describe('unitOverview (Tổng quan đơn vị)', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  const idOf: Record<string, string> = {};
  const unitOf: Record<string, string> = {};
  let periodId: string;

  beforeAll(async () => {
    t = await createTestApp();
    // Wednesday 18/03/2026, 10:00: the week is 16–22/03, the month March, the trend 10/2025–03/2026.
    t.clock.setNow(hcm('2026-03-18T10:00:00'));
    for (const r of await t.dataSource.query('SELECT id, email FROM app_user')) idOf[r.email.split('@')[0]] = r.id;
    for (const r of await t.dataSource.query(`SELECT u.id, a.code || '/' || u.code AS code FROM unit u JOIN agency a ON a.id = u.agency_id`)) unitOf[r.code] = r.id;
    // An HR officer of the ward only (agency scope, not the city).
    await t.dataSource.query(`UPDATE app_user SET role = 'HR', city_scope = false WHERE id = $1`, [idOf['tran.ngoc.han']]);
    for (const who of ['head', 'official', 'hr', 'inspector', 'admin', 'nguyen.hoang.long', 'tran.ngoc.han', 'duong.van.phuc']) token[who] = await t.login(`${who}@demo.ketqua.vn`);
    await plantFixture();
  });
  afterAll(() => t.close());

  /**
   * Deterministic work in Phòng CCVC and its Tổ ĐTBD (the head's subtree) and in Phòng TCBC (outside
   * it): assignments over six months in every state, accepted versions on time or late, returns for
   * a major error, closed spot checks, an absence today and an open period of the agency.
   */
  async function plantFixture() {
    const inScope = ['official', 'bui.quoc.bao', 'ly.gia.huy', 'mai.thi.thanh.tam', 'chau.minh.nhat'];
    const outside = ['ta.thi.ngoc.lan', 'lam.quang.vinh'];
    const statuses = ['ACCEPTED', 'ACCEPTED', 'SUBMITTED', 'IN_PROGRESS', 'ACCEPTED', 'CANCELLED', 'RETURNED', 'ASSIGNED', 'ACCEPTED'];
    let n = 0;
    for (const who of [...inScope, ...outside]) {
      const [{ unit_id: unitId }] = await t.dataSource.query('SELECT unit_id FROM app_user WHERE id = $1', [idOf[who]]);
      const assigner = outside.includes(who) ? idOf['nguyen.hoang.long'] : idOf['head'];
      for (let i = 0; i < 14; i += 1) {
        n += 1;
        const status = statuses[(n * 7 + i) % statuses.length];
        // Deadlines from October 2025 to the end of March 2026, some this week, some already past.
        const day = 1 + ((n * 5 + i * 11) % 170);
        const deadline = new Date(hcm('2025-10-01T17:00:00').getTime() + day * 86_400_000);
        const coefficient = [1, 1.5, 2, 0.75][n % 4];
        const quantity = 1 + (i % 3);
        const acceptedQuantity = status === 'ACCEPTED' && i % 5 === 0 ? quantity - 0.5 : null;
        const [{ id }] = await t.dataSource.query(
          `INSERT INTO assignment (assignee_id, unit_id, assigned_by_id, title, unit_of_measure, coefficient, quantity, accepted_quantity, deadline, status, rule_set_version, version,
                                   accepted_at, cancelled_at, cancel_reason)
           VALUES ($1, $2, $3, $4, 'văn bản', $5, $6, $7, $8, $9, 'v1', 1, $10, $11, $12) RETURNING id`,
          [
            idOf[who],
            unitId,
            assigner,
            `Việc ${n}`,
            coefficient,
            quantity,
            acceptedQuantity,
            deadline,
            status,
            status === 'ACCEPTED' ? deadline : null,
            status === 'CANCELLED' ? deadline : null,
            status === 'CANCELLED' ? 'Không cần nữa' : null,
          ],
        );
        const deliver = (version: number, onTime: boolean, decision: string | null, majorError = false) =>
          t.dataSource.query(
            `INSERT INTO deliverable (assignment_id, version_no, submitted_by_id, submitted_at, on_time, decision, major_error, review_comment, reviewer_id, reviewed_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
            [id, version, idOf[who], deadline, onTime, decision, majorError, decision === 'RETURNED' ? 'Sửa lại' : null, decision ? assigner : null, decision ? deadline : null],
          );
        if (status === 'ACCEPTED') {
          if (i % 4 === 1) await deliver(1, true, 'RETURNED', true);
          await deliver(i % 4 === 1 ? 2 : 1, i % 3 !== 2, 'ACCEPTED');
        } else if (status === 'SUBMITTED') await deliver(1, true, null);
        else if (status === 'RETURNED') await deliver(1, false, 'RETURNED', i % 2 === 0);
      }
      // Closed spot checks in March: a mix of outcomes.
      for (let d = 0; d < 6; d += 1) {
        const date = `2026-03-${String(2 + d * 3).padStart(2, '0')}`;
        const outcome = ['ON_TIME', 'ON_TIME', 'LATE', 'MISSED', 'EXCUSED', 'ON_TIME'][(n + d) % 6];
        await t.dataSource.query(
          `INSERT INTO spot_check (unit_id, official_id, date, pick_order, prompt_at, answer_by, closes_at, status, outcome, manual, version)
           VALUES ($1, $2, $3, 1, $4, $4, $4, 'CLOSED', $5, true, 1)`,
          [unitId, idOf[who], date, hcm(`${date}T09:00:00`), outcome],
        );
      }
    }
    await t.dataSource.query(`INSERT INTO absence (official_id, unit_id, kind, start_date, end_date, recorded_by_id) VALUES ($1, $2, 'LEAVE', '2026-03-17', '2026-03-19', $3)`, [
      idOf['ly.gia.huy'],
      unitOf['SNV/CCVC'],
      idOf['head'],
    ]);
    const [{ id: snv }] = await t.dataSource.query(`SELECT id FROM agency WHERE code = 'SNV'`);
    [{ id: periodId }] = await t.dataSource.query(
      `INSERT INTO evaluation_period (kind, year, number, starts_on, ends_on, agency_id, name, status, self_assessment_until, head_scoring_until, publish_until, cut_off_at, version)
       VALUES ('QUARTER', 2026, 1, '2026-01-01', '2026-03-31', $1, 'Quý I/2026', 'OPEN', '2026-04-03', '2026-04-08', '2026-04-15', '2026-04-01T00:00:00+07:00', 1) RETURNING id`,
      [snv],
    );
  }

  /** The figures of a window, computed here from the tables by SQL of its own (local dates, no GROUPING SETS). */
  async function expected(units: string[], from: string, to: string, officialId: string | null) {
    const [w] = await t.dataSource.query(
      `SELECT count(*)::int AS assigned,
              count(*) FILTER (WHERE a.status = 'ACCEPTED')::int AS accepted,
              count(*) FILTER (WHERE a.status = 'ACCEPTED' AND EXISTS (SELECT 1 FROM deliverable d WHERE d.assignment_id = a.id AND d.decision = 'ACCEPTED' AND d.on_time))::int AS on_time,
              coalesce(sum(a.coefficient * a.quantity), 0)::float AS units_assigned,
              coalesce(sum(CASE WHEN a.status = 'ACCEPTED' THEN a.coefficient * coalesce(a.accepted_quantity, a.quantity) ELSE 0 END), 0)::float AS units_delivered,
              -- Decree 335 quality on converted units (each rounded to 2 decimals, as libs/domain's convertedUnits), 25 points per major-error return.
              avg(CASE WHEN a.status = 'ACCEPTED' THEN
                    round(greatest(0, least(100, 100 * round(a.coefficient * coalesce(a.accepted_quantity, a.quantity), 2) / round(a.coefficient * a.quantity, 2))
                      - 25 * (SELECT count(*) FROM deliverable r WHERE r.assignment_id = a.id AND r.decision = 'RETURNED' AND r.major_error)), 2) END)::float AS quality
         FROM assignment a
        WHERE a.unit_id = ANY($1::uuid[]) AND a.status <> 'CANCELLED'
          AND (a.deadline AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN $2::date AND $3::date
          AND ($4::uuid IS NULL OR a.assignee_id = $4)`,
      [units, from, to, officialId],
    );
    const [s] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE outcome = 'ON_TIME')::int AS on_time, count(*) FILTER (WHERE outcome IN ('ON_TIME', 'LATE', 'MISSED'))::int AS owed
         FROM spot_check WHERE unit_id = ANY($1::uuid[]) AND status = 'CLOSED' AND date BETWEEN $2 AND $3 AND ($4::uuid IS NULL OR official_id = $4)`,
      [units, from, to, officialId],
    );
    return {
      assigned: w.assigned,
      accepted: w.accepted,
      acceptedOnTime: w.on_time,
      unitsAssigned: Math.round(w.units_assigned * 100) / 100,
      unitsDelivered: Math.round(w.units_delivered * 100) / 100,
      completionRate: pct(w.accepted, w.assigned),
      onTimeRate: pct(w.on_time, w.accepted),
      meanQuality: w.quality === null ? null : Math.round(w.quality * 10) / 10,
      spotChecksOnTime: s.on_time,
      spotChecksOwed: s.owed,
      spotCheckCompliance: pct(s.on_time, s.owed),
    };
  }

  it("gives the head their own unit by default, with the week, the month and the agency's open period", async () => {
    const o = ok(await t.gql<{ unitOverview: Overview }>(OVERVIEW, {}, { token: token['head'] })).unitOverview;
    expect(o.unitId).toBe(unitOf['SNV/CCVC']);
    expect(o.unitName).toBe('Phòng Công chức viên chức');
    expect(new Date(o.asOf).toISOString()).toBe(hcm('2026-03-18T10:00:00').toISOString());
    expect(o.windows.map((w) => [w.kind, w.from, w.to])).toEqual([
      ['WEEK', '2026-03-16', '2026-03-22'],
      ['MONTH', '2026-03-01', '2026-03-31'],
      ['PERIOD', '2026-01-01', '2026-03-31'],
    ]);
    expect(o.windows[2].periodId).toBe(periodId);
    expect(o.trend.map((m) => m.label)).toEqual(['10/2025', '11/2025', '12/2025', '01/2026', '02/2026', '03/2026']);
  });

  it('equals an independent SQL computation for the unit and for each official, in every window and month', async () => {
    const o = ok(await t.gql<{ unitOverview: Overview }>(OVERVIEW, {}, { token: token['head'] })).unitOverview;
    const subtree = [unitOf['SNV/CCVC'], unitOf['SNV/CCVC-DTBD']];
    for (const w of o.windows) {
      expect(w.unit).toMatchObject(await expected(subtree, w.from, w.to, null));
      for (const row of w.officials)
        expect({ who: row.official.fullName, ...row.figures }).toMatchObject({ who: row.official.fullName, ...(await expected(subtree, w.from, w.to, row.official.id)) });
    }
    expect(o.windows[1].unit.assigned).toBeGreaterThan(5);
    expect(o.windows[1].unit.spotChecksOwed).toBeGreaterThan(5);
    for (const m of o.trend) {
      const e = await expected(subtree, m.from, m.to, null);
      expect(m).toMatchObject({
        assigned: e.assigned,
        accepted: e.accepted,
        unitsAssigned: e.unitsAssigned,
        unitsDelivered: e.unitsDelivered,
        completionRate: e.completionRate,
        onTimeRate: e.onTimeRate,
      });
    }
    // Nobody outside the subtree is listed, everyone active inside is.
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM app_user WHERE unit_id = ANY($1::uuid[]) AND active', [subtree]);
    expect(o.windows[0].officials).toHaveLength(n);
    expect(o.windows[0].officials.map((r) => r.official.id)).not.toContain(idOf['ta.thi.ngoc.lan']);
  });

  it('counts overdue work and the review queue like the team board, and who is away today', async () => {
    const o = ok(await t.gql<{ unitOverview: Overview }>(OVERVIEW, {}, { token: token['head'] })).unitOverview;
    const subtree = [unitOf['SNV/CCVC'], unitOf['SNV/CCVC-DTBD']];
    const [{ queue }] = await t.dataSource.query(`SELECT count(*)::int AS queue FROM assignment WHERE unit_id = ANY($1::uuid[]) AND status = 'SUBMITTED'`, [subtree]);
    expect(o.reviewQueue).toBe(queue);
    const board = ok(
      await t.gql<{ assignments: { totalCount: number } }>(`query { assignments(filter: { overdue: true }, first: 1) { totalCount } }`, {}, { token: token['head'] }),
    ).assignments.totalCount;
    expect(o.overdue).toBe(board);
    expect(o.overdue).toBeGreaterThan(0);
    expect(o.overdueByOfficial.reduce((s, r) => s + r.count, 0)).toBe(o.overdue);
    expect(o.today).toMatchObject({ date: '2026-03-18', workingDay: true, away: 1, home: 0 });
    expect(o.today.entries.find((e) => e.official.id === idOf['ly.gia.huy'])?.status).toBe('AWAY');
    expect(o.today.home + o.today.office + o.today.away).toBe(o.today.entries.length);
  });

  it('computes the running task score of the period from the same libs/domain numbers as an evaluation', async () => {
    const o = ok(await t.gql<{ unitOverview: Overview }>(OVERVIEW, {}, { token: token['head'] })).unitOverview;
    const period = o.windows[2];
    const withWork = period.officials.filter((r) => r.figures.assigned > 0);
    expect(withWork.length).toBeGreaterThan(2);
    for (const r of withWork) {
      expect(r.figures.runningScore).toBeGreaterThanOrEqual(0);
      expect(r.figures.runningScore).toBeLessThanOrEqual(70);
    }
    expect(period.officials.filter((r) => r.figures.assigned === 0).every((r) => r.figures.runningScore === null)).toBe(true);
    expect(o.windows[0].unit.runningScore).toBeNull();
  });

  it("sends only the chosen window's per-official rows when asked for one, the same figures, and still checks scope on a reused overview", async () => {
    const OF_WINDOW = OVERVIEW.replace(
      'query($unitId: ID) { unitOverview(unitId: $unitId) {',
      'query($unitId: ID, $window: OverviewWindowKind) { unitOverview(unitId: $unitId, window: $window) {',
    );
    const all = ok(await t.gql<{ unitOverview: Overview }>(OVERVIEW, {}, { token: token['head'] })).unitOverview;
    for (const kind of ['WEEK', 'MONTH', 'PERIOD']) {
      const o = ok(await t.gql<{ unitOverview: Overview }>(OF_WINDOW, { window: kind }, { token: token['head'] })).unitOverview;
      expect(o.windows.map((w) => w.kind)).toEqual(['WEEK', 'MONTH', 'PERIOD']);
      expect(o.windows.map((w) => w.unit)).toEqual(all.windows.map((w) => w.unit));
      for (const [i, w] of o.windows.entries()) expect(w.officials).toEqual(w.kind === kind ? all.windows[i].officials : []);
      expect({ ...o, windows: null }).toEqual({ ...all, windows: null });
    }
    // The reused overview does not skip the reader's scope.
    expect(errorCode(await t.gql(OF_WINDOW, { unitId: unitOf['SNV/CCVC'], window: 'WEEK' }, { token: token['nguyen.hoang.long'] }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(OF_WINDOW, { unitId: unitOf['SNV/CCVC'], window: 'WEEK' }, { token: token['official'] }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(OF_WINDOW, { window: 'YEAR' }, { token: token['head'] }))).toBe('BAD_USER_INPUT');
    // Never stored by a browser or proxy (Apollo's cache-control plugin is off; the header stays).
    const raw = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token['head']}` },
      body: JSON.stringify({ query: OF_WINDOW, variables: { window: 'WEEK' } }),
    });
    expect(raw.headers.get('cache-control')).toBe('no-store');
    // Without an open period, PERIOD's rows are WEEK's (the page falls back to the week).
    const noPeriod = ok(await t.gql<{ unitOverview: Overview }>(OF_WINDOW, { unitId: unitOf['PSG/VP'], window: 'PERIOD' }, { token: token['admin'] })).unitOverview;
    expect(noPeriod.windows.map((w) => w.kind)).toEqual(['WEEK', 'MONTH']);
    expect(noPeriod.windows[0].officials.length).toBeGreaterThan(0);
    expect(noPeriod.windows[1].officials).toEqual([]);
  });

  it('scopes by role: heads their subtree, HR their agency, inspectors and the administrator everywhere, officials never', async () => {
    const at = (who: string, unit?: string) => t.gql<{ unitOverview: Overview }>(OVERVIEW, unit ? { unitId: unitOf[unit] } : {}, { token: token[who] });
    expect(ok(await at('head', 'SNV/CCVC-DTBD')).unitOverview.windows[0].officials.length).toBeGreaterThan(0);
    expect(errorCode(await at('head', 'SNV/TCBC'))).toBe('FORBIDDEN');
    expect(errorCode(await at('nguyen.hoang.long', 'SNV/CCVC'))).toBe('FORBIDDEN');
    expect(ok(await at('nguyen.hoang.long')).unitOverview.unitId).toBe(unitOf['SNV/TCBC']);
    // The head of the sub-unit sees it, not the unit above.
    expect(ok(await at('duong.van.phuc')).unitOverview.unitId).toBe(unitOf['SNV/CCVC-DTBD']);
    expect(errorCode(await at('duong.van.phuc', 'SNV/CCVC'))).toBe('FORBIDDEN');
    expect(errorCode(await at('tran.ngoc.han', 'SNV/CCVC'))).toBe('FORBIDDEN');
    expect(ok(await at('tran.ngoc.han', 'PSG/VP')).unitOverview.unitId).toBe(unitOf['PSG/VP']);
    for (const who of ['hr', 'inspector', 'admin']) expect(ok(await at(who, 'SNV/CCVC')).unitOverview.unitId).toBe(unitOf['SNV/CCVC']);
    expect(errorCode(await at('official'))).toBe('FORBIDDEN');
    expect(errorCode(await at('official', 'SNV/CCVC'))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(OVERVIEW, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(OVERVIEW, { unitId: 'not-a-uuid' }, { token: token['head'] }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(OVERVIEW, { unitId: '00000000-0000-4000-8000-000000000000' }, { token: token['hr'] }))).toBe('NOT_FOUND');
  });

  it('tells the head live when a deliverable of the unit is reviewed, and the refetched figures count it', async () => {
    const head = await openSubscription<{ unitId: string; change: string }>(t.url, token['head'], `subscription { unitOverviewChanged { unitId assignmentId change at } }`);
    const other = await openSubscription(t.url, token['nguyen.hoang.long'], `subscription { unitOverviewChanged { unitId change } }`);
    const refused = await openSubscription(t.url, token['official'], `subscription { unitOverviewChanged { unitId } }`);
    await expect(refused.next(2000)).rejects.toThrow(/FORBIDDEN/);
    await refused.close();
    try {
      const before = ok(await t.gql<{ unitOverview: Overview }>(OVERVIEW, {}, { token: token['head'] })).unitOverview;
      const week = before.windows[0].unit;
      const deadline = hcm('2026-03-20T17:00:00').toISOString();
      const created = ok(
        await t.gql<{ createAssignment: Array<{ id: string }> }>(
          `mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id } }`,
          { input: { assigneeIds: [idOf['official']], title: 'Báo cáo nhanh tuần 12', quantity: 1, deadline } },
          { token: token['head'] },
        ),
      ).createAssignment[0];
      ok(await t.gql(`mutation($id: ID!) { startAssignment(id: $id) { id } }`, { id: created.id }, { token: token['official'] }));
      const submitted = ok(
        await t.gql<{ submitDeliverable: { id: string } }>(
          `mutation($input: SubmitDeliverableInput!) { submitDeliverable(input: $input) { id } }`,
          { input: { assignmentId: created.id, fileIds: [], links: [], note: 'Đã xong' } },
          { token: token['official'] },
        ),
      ).submitDeliverable;
      expect(await head.next()).toMatchObject({ unitId: unitOf['SNV/CCVC'], change: 'SUBMITTED' });
      ok(
        await t.gql(
          `mutation($input: ReviewDeliverableInput!) { reviewDeliverable(input: $input) { id } }`,
          { input: { deliverableId: submitted.id, decision: 'ACCEPTED' } },
          { token: token['head'] },
        ),
      );
      expect(await head.next()).toMatchObject({ unitId: unitOf['SNV/CCVC'], change: 'ACCEPTED' });
      expect(await other.quietFor(300)).toEqual([]);
      const after = ok(await t.gql<{ unitOverview: Overview }>(OVERVIEW, {}, { token: token['head'] })).unitOverview.windows[0].unit;
      expect(after).toMatchObject({ assigned: week.assigned + 1, accepted: week.accepted + 1, acceptedOnTime: week.acceptedOnTime + 1 });
    } finally {
      await head.close();
      await other.close();
    }
  });
});
