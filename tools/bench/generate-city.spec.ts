import { AssignmentFactsSource } from '@ketqua/api/core';
import { createTestApp, resetTestDatabase, TestApp, testDatabaseIsEmbedded, testDatabasesReady, testDatabaseUrl } from '@ketqua/api/testing';
import { verifyDraw } from '@ketqua/domain';
import { Client } from 'pg';
import { CITY_PASSWORD, CitySummary } from './city/city-generator';
import { CliOptions, parseArgs, runGenerateCity } from './generate-city';

// A tiny city (200 officials, two months) on this worker's test database, emptied again at the end.
const TODAY = '2026-11-20';
const options = (extra: string[] = []): CliOptions => parseArgs(['--officials', '200', '--months', '2', '--seed', '7', '--today', TODAY, ...extra], TODAY);

/** A hash of every generated row (ids included; the argon2 hash has a random salt and is left out). */
async function rowHash(client: Client): Promise<string> {
  const tables: Record<string, string> = {
    agency: 'id, code, name, kind',
    unit: 'id, agency_id, parent_id, code, name, head_id',
    app_user: 'id, email, full_name, staff_category, unit_id, position_id, rank_id, role, is_leader',
    enrollment: 'id, official_id, unit_id, weekdays, status',
    assignment: 'id, assignee_id, assigned_by_id, title, quantity, accepted_quantity, deadline, status, accepted_at',
    assignment_deadline: 'id, assignment_id, deadline, set_at',
    deliverable: 'id, assignment_id, version_no, submitted_at, on_time, decision, major_error, reviewed_at',
    spot_check_draw: 'id, unit_id, date, commitment, roster, picks',
    spot_check: 'id, draw_id, official_id, date, outcome, responded_at',
    work_log: 'id, official_id, work_date, minutes, note',
  };
  const parts: string[] = [];
  for (const [table, cols] of Object.entries(tables)) {
    const { rows } = await client.query<{ h: string }>(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) AS h FROM (SELECT ${cols} FROM "${table}") t`);
    parts.push(`${table}:${rows[0].h}`);
  }
  return parts.join(' ');
}

describe('npm run generate:city (tiny size)', () => {
  let url: string;
  let client: Client;
  let summary: CitySummary;
  let app: TestApp | undefined;

  beforeAll(async () => {
    await testDatabasesReady();
    url = testDatabaseUrl();
    await resetTestDatabase(url);
    summary = await runGenerateCity(url, options(), undefined, { embedded: testDatabaseIsEmbedded() });
    client = new Client({ connectionString: url });
    await client.connect();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await client?.end();
    await resetTestDatabase(url);
  });

  it('writes an organisation with heads, deputies, both regimes and a pilot, and prints its counts', async () => {
    expect(summary.officials).toBe(200);
    expect(summary.counts['app_user']).toBe(200);
    expect(summary.from).toBe('2026-10-01');
    expect(summary.to).toBe('2026-11-30');
    const q = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0].n);
    expect(await q(`SELECT count(*) AS n FROM unit WHERE head_id IS NULL`)).toBe(0);
    expect(await q(`SELECT count(*) AS n FROM unit u JOIN app_user h ON h.id = u.head_id WHERE h.unit_id <> u.id OR NOT h.is_leader OR h.role <> 'UNIT_HEAD'`)).toBe(0);
    expect(await q(`SELECT count(*) AS n FROM app_user WHERE is_leader AND role = 'OFFICIAL'`)).toBeGreaterThan(0); // deputies
    expect(await q(`SELECT count(*) AS n FROM app_user WHERE staff_category = 'VIEN_CHUC'`)).toBeGreaterThan(10);
    expect(await q(`SELECT count(*) AS n FROM app_user WHERE unit_id = '${summary.ids.unit60Id}'`)).toBe(60);
    expect(await q(`SELECT count(DISTINCT password_hash) AS n FROM app_user`)).toBe(1);
    expect(await q(`SELECT count(*) AS n FROM enrollment WHERE status = 'APPROVED'`)).toBeGreaterThan(0);
    expect(await q(`SELECT count(*) AS n FROM calendar_day WHERE date BETWEEN '2026-01-01' AND '2026-12-31'`)).toBeGreaterThan(0);
    // Every assignment has its deadline row; accepted ones an accepted deliverable; nothing happens after today.
    expect(summary.counts['assignment']).toBeGreaterThan(200 * 2 * 10);
    expect(await q(`SELECT count(*) AS n FROM assignment a WHERE NOT EXISTS (SELECT 1 FROM assignment_deadline d WHERE d.assignment_id = a.id)`)).toBe(0);
    expect(
      await q(
        `SELECT count(*) AS n FROM assignment a WHERE a.status = 'ACCEPTED' AND NOT EXISTS (SELECT 1 FROM deliverable d WHERE d.assignment_id = a.id AND d.decision = 'ACCEPTED')`,
      ),
    ).toBe(0);
    expect(await q(`SELECT count(*) AS n FROM deliverable WHERE submitted_at >= '${TODAY}T00:00:00+07:00' OR reviewed_at >= '${TODAY}T00:00:00+07:00'`)).toBe(0);
    for (const status of ['ACCEPTED', 'RETURNED', 'SUBMITTED', 'IN_PROGRESS', 'ASSIGNED'])
      expect(await q(`SELECT count(*) AS n FROM assignment WHERE status = '${status}'`)).toBeGreaterThan(0);
    expect(await q(`SELECT count(*) AS n FROM deliverable WHERE decision = 'RETURNED' AND major_error`)).toBeGreaterThan(0);
    expect(await q(`SELECT count(*) AS n FROM deliverable WHERE NOT on_time`)).toBeGreaterThan(0);
  });

  it('gives the pilot units a verifiable spot-check draw every working day since the pilot began, drawn among those at home, and their work logs', async () => {
    type Published = Parameters<typeof verifyDraw>[0];
    const draws = await client.query<Published & { seedHex: string }>(
      `SELECT algorithm, unit_id AS "unitId", date::text AS date, commitment, roster, roster_hash AS "rosterHash", parameters, k, picks, seed_hex AS "seedHex"
         FROM spot_check_draw ORDER BY date, unit_id`,
    );
    expect(draws.rows.length).toBeGreaterThan(5);
    expect(summary.counts['spot_check_draw']).toBe(draws.rows.length);
    for (const { seedHex, ...published } of draws.rows) expect(verifyDraw(published, seedHex).mismatches).toEqual([]);
    const q = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0].n);
    // Every check is of an official enrolled for that weekday, closed with an outcome, on a day before today.
    expect(await q(`SELECT count(*) AS n FROM spot_check`)).toBeGreaterThan(0);
    expect(
      await q(
        `SELECT count(*) AS n FROM spot_check c JOIN enrollment e ON e.id = c.enrollment_id
          WHERE c.official_id <> e.official_id OR NOT EXTRACT(ISODOW FROM c.date)::int = ANY(e.weekdays) OR c.status <> 'CLOSED' OR c.date >= '${TODAY}'`,
      ),
    ).toBe(0);
    expect(await q(`SELECT count(*) AS n FROM spot_check WHERE enrollment_id IS NULL`)).toBe(0);
    expect(await q(`SELECT count(DISTINCT outcome) AS n FROM spot_check`)).toBe(3);
    // Work logs stay within a day.
    expect(await q(`SELECT count(*) AS n FROM work_log`)).toBeGreaterThan(0);
    expect(await q(`SELECT count(*) AS n FROM (SELECT 1 FROM work_log GROUP BY official_id, work_date HAVING sum(minutes) > 1440) t`)).toBe(0);
  });

  it('refuses a database that already holds data unless --reset, and the same seed gives the same rows', async () => {
    const before = await rowHash(client);
    await expect(runGenerateCity(url, options(), undefined, { embedded: testDatabaseIsEmbedded() })).rejects.toThrow(/refuses to write into a database that already holds data/);
    expect(await rowHash(client)).toBe(before);
    await client.end();
    const again = await runGenerateCity(url, options(['--reset']), undefined, { embedded: testDatabaseIsEmbedded() });
    client = new Client({ connectionString: url });
    await client.connect();
    expect(again.counts).toEqual(summary.counts);
    expect(again.ids).toEqual(summary.ids);
    expect(await rowHash(client)).toBe(before);
  }, 120_000);

  it('is read by the API: the facts source counts the work, and a generated head signs in and sees the team', async () => {
    app = await createTestApp({ seedDemo: false, keepData: true, now: new Date(`${TODAY}T10:00:00+07:00`) });
    const facts = await app.app.get(AssignmentFactsSource).factsFor([summary.ids.unit60OfficialId], { from: '2026-10-01', to: '2026-10-31' });
    const inOctober = Number(
      (
        await client.query<{ n: string }>(
          `SELECT count(*) AS n FROM assignment WHERE assignee_id = $1 AND (deadline AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN '2026-10-01' AND '2026-10-31'`,
          [summary.ids.unit60OfficialId],
        )
      ).rows[0].n,
    );
    expect(facts.length).toBe(inOctober);
    expect(facts.filter((f) => f.status === 'ACCEPTED').length).toBeGreaterThan(0);
    expect(facts.every((f) => f.deliveredUnits <= f.expectedUnits)).toBe(true);

    const token = await app.login(summary.ids.unit60HeadEmail, CITY_PASSWORD);
    const res = await app.gql<{ assignments: { totalCount: number; edges: Array<{ node: { assignee: { email: string } } }> } }>(
      `query($filter: AssignmentFilter) { assignments(filter: $filter, first: 50) { totalCount edges { node { id status assignee { email } } } } }`,
      { filter: { unitId: summary.ids.unit60Id } },
      { token },
    );
    expect(res.errors).toBeUndefined();
    const own = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM assignment WHERE unit_id = $1`, [summary.ids.unit60Id])).rows[0].n);
    expect(res.data?.assignments.totalCount).toBe(own);
    expect(res.data?.assignments.edges.length).toBe(50);
  }, 120_000);
});
