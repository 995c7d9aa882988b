import { createTestApp, errorCode, TestApp } from '@ketqua/api/testing';

const EVENTS = `query($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { seq occurredAt action entityType entityId data hash prevHash actor { email } } }
  }
}`;
const STATUS = `{ auditChainStatus { ok eventsChecked brokenAtSeq brokenReason headSeq headHash } }`;

type Node = {
  seq: string;
  occurredAt: string;
  action: string;
  entityType: string;
  entityId: string | null;
  data: string;
  hash: string;
  prevHash: string;
  actor: { email: string } | null;
};
type Events = { auditEvents: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: Node }> } };
type Status = { auditChainStatus: { ok: boolean; eventsChecked: number; brokenAtSeq: string | null; brokenReason: string | null; headSeq: string; headHash: string } };

/** The audit-trail page's API (issue 10 §9): filters, keyset pages, chain verification and head; city scope only. */
describe('audit trail page', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  let unitId: string;

  beforeAll(async () => {
    t = await createTestApp();
    for (const who of ['admin', 'hr', 'head', 'official', 'inspector']) token[who] = await t.login(`${who}@demo.ketqua.vn`);
    unitId = (await t.dataSource.query(`SELECT id FROM unit WHERE code = 'CCHC'`))[0].id;
    for (let i = 0; i < 3; i++) {
      const res = await t.gql(
        'mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { id } }',
        { input: { id: unitId, name: `Phòng Cải cách hành chính ${i}` } },
        { token: token['hr'] },
      );
      expect(res.errors).toBeUndefined();
    }
  });
  afterAll(() => t.close());

  const as = <T>(who: string, query: string, variables: Record<string, unknown> = {}) => t.gql<T>(query, variables, { token: token[who] });

  it('an inspector filters by entity: who, when, what changed, seq and hash, newest first', async () => {
    const res = await as<Events>('inspector', EVENTS, { filter: { entityType: 'unit', entityId: unitId } });
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.auditEvents.edges.map((e) => e.node);
    expect(nodes).toHaveLength(3);
    expect(nodes.map((n) => Number(n.seq))).toEqual([...nodes.map((n) => Number(n.seq))].sort((a, b) => b - a));
    expect(nodes.every((n) => n.action === 'org.unit.updated' && n.actor?.email === 'hr@demo.ketqua.vn' && /^[0-9a-f]{64}$/.test(n.hash))).toBe(true);
    expect(JSON.parse(nodes[0].data)).toEqual({ changes: { name: { from: 'Phòng Cải cách hành chính 1', to: 'Phòng Cải cách hành chính 2' } } });
  });

  it('filters by person and by day, and pages by keyset without gaps or repeats', async () => {
    const hrId = (await t.dataSource.query(`SELECT id FROM app_user WHERE email = 'hr@demo.ketqua.vn'`))[0].id;
    const byHr = (await as<Events>('admin', EVENTS, { filter: { actorId: hrId }, first: 200 })).data!.auditEvents;
    expect(byHr.totalCount).toBeGreaterThanOrEqual(4);
    expect(byHr.edges.every((e) => e.node.actor?.email === 'hr@demo.ketqua.vn')).toBe(true);

    const all = (await as<Events>('inspector', EVENTS, { first: 200 })).data!.auditEvents;
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const res = await as<Events>('inspector', EVENTS, { first: 7, after });
      expect(res.errors).toBeUndefined();
      const page: Events['auditEvents'] = res.data!.auditEvents;
      seen.push(...page.edges.map((e) => e.node.seq));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.edges.map((e) => e.node.seq));

    const today = t.clock.today();
    expect((await as<Events>('inspector', EVENTS, { filter: { from: today, to: today } })).data!.auditEvents.totalCount).toBe(all.totalCount);
    expect((await as<Events>('inspector', EVENTS, { filter: { from: '2020-01-01', to: '2020-01-31' } })).data!.auditEvents.totalCount).toBe(0);
    expect(errorCode(await as('inspector', EVENTS, { filter: { from: today, to: '2020-01-01' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await as('inspector', EVENTS, { after: 'WyJ4Il0' }))).toBe('BAD_USER_INPUT');
  });

  it('reports the chain verified with its head, and the first broken event after tampering', async () => {
    const ok = await as<Status>('inspector', STATUS);
    expect(ok.errors).toBeUndefined();
    const head = (await t.dataSource.query(`SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1`))[0];
    expect(ok.data!.auditChainStatus).toEqual({
      ok: true,
      eventsChecked: Number(head.last_seq),
      brokenAtSeq: null,
      brokenReason: null,
      headSeq: String(head.last_seq),
      headHash: head.last_hash,
    });

    await t.dataSource.query('ALTER TABLE audit_event DISABLE TRIGGER USER');
    await t.dataSource.query(`UPDATE audit_event SET data = '{"x":1}' WHERE seq = 2`);
    await t.dataSource.query('ALTER TABLE audit_event ENABLE TRIGGER USER');
    expect((await as<Status>('admin', STATUS)).data!.auditChainStatus).toMatchObject({ ok: false, brokenAtSeq: '2', eventsChecked: 1 });
  });

  it('is refused to roles without city scope, and to agency-scoped inspectors', async () => {
    for (const who of ['head', 'official']) {
      expect(errorCode(await as(who, EVENTS))).toBe('FORBIDDEN');
      expect(errorCode(await as(who, STATUS))).toBe('FORBIDDEN');
    }
    await t.dataSource.query(`UPDATE app_user SET city_scope = false WHERE email = 'inspector@demo.ketqua.vn'`);
    const refused = await t.gql(EVENTS, {}, { token: token['inspector'], lang: 'en' });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.extensions?.reason).toBe('CITY_SCOPE_REQUIRED');
    expect(refused.errors?.[0]?.message).toMatch(/whole city/);
    await t.dataSource.query(`UPDATE app_user SET city_scope = true WHERE email = 'inspector@demo.ketqua.vn'`);
    expect((await as<Events>('hr', EVENTS, { first: 1 })).errors).toBeUndefined();
  });

  it('uses an index for each filter (EXPLAIN of the page query)', async () => {
    // A test database holds a few hundred events, where a sequential scan is cheapest: forbid it on
    // one connection to see which index the planner would take on a real trail.
    const runner = t.dataSource.createQueryRunner();
    await runner.query('SET enable_seqscan = off');
    const plan = async (where: string, params: unknown[]) =>
      ((await runner.query(`EXPLAIN SELECT * FROM audit_event e WHERE ${where} ORDER BY e.seq DESC LIMIT 21`, params)) as Array<{ 'QUERY PLAN': string }>)
        .map((r) => r['QUERY PLAN'])
        .join('\n');
    expect(await plan(`e.entity_type = $1 AND e.entity_id = $2`, ['unit', unitId])).toContain('IDX_audit_event_entity_seq');
    expect(await plan(`e.actor_id = $1`, [unitId])).toContain('IDX_audit_event_actor_seq');
    expect(await plan(`e.occurred_at >= $1 AND e.occurred_at < $2`, ['2020-01-01', '2020-01-02'])).toMatch(/IDX_audit_event_occurred_at|audit_event_pkey/);
    await runner.query('RESET enable_seqscan');
    await runner.release();
  });
});
