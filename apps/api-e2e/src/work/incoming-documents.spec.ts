import { createTestApp, httpRequest, TestApp } from '@ketqua/api/testing';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { IncomingDocumentService } from '@ketqua/api/work';

const TOKEN = 'dms-test-token-1234567890';
const PULL = `mutation { pullIncomingDocuments { fetched created alreadyKnown skipped { externalId reason } } }`;
const LIST = `query($status: IncomingDocumentStatus) { incomingDocuments(filter: { status: $status }) { id externalId number symbol sourceDocument title status version unitId assignmentIds } }`;
const CONFIRM = `mutation($input: ConfirmIncomingDocumentInput!) { confirmIncomingDocument(input: $input) { id status assignmentIds version } }`;
const DISMISS = `mutation($input: DismissIncomingDocumentInput!) { dismissIncomingDocument(input: $input) { id status } }`;

type Pull = { fetched: number; created: number; alreadyKnown: number; skipped: { externalId: string; reason: string }[] };
type Doc = { id: string; externalId: string; number: string; symbol: string; sourceDocument: string; title: string; status: string; version: number; assignmentIds: string[] };

/**
 * The document system adapter against a local HTTP server started here (node:http), standing for
 * the city's document management system: bearer token, the documented JSON shape, repeated and
 * concurrent pulls, bad documents, the system down or answering garbage, and the head's confirmation.
 */
describe('incoming documents from the document management system', () => {
  let t: TestApp;
  let server: Server;
  let mode: 'ok' | 'down' | 'error' | 'garbage' = 'ok';
  let requests = 0;
  const token: Record<string, string> = {};
  const documents: Array<Record<string, unknown>> = [
    {
      id: 'VB-2026-0001',
      number: '125',
      symbol: 'SNV-CCVC',
      title: 'Thẩm định hồ sơ tuyển dụng đợt 3',
      summary: 'Hoàn thành trước ngày 20/12',
      issuedOn: '2026-11-28',
      dueOn: '2026-12-20',
      agencyCode: 'SNV',
      unitCode: 'CCVC',
    },
    {
      id: 'VB-2026-0002',
      number: '126',
      symbol: 'SNV-CCVC',
      title: 'Báo cáo tổng kết công tác đào tạo năm 2026',
      summary: null,
      issuedOn: null,
      dueOn: null,
      agencyCode: 'SNV',
      unitCode: 'CCVC',
    },
    { id: 'VB-2026-0003', number: '127', symbol: 'SNV', title: 'Tiêu đề có ký tự\u0000NUL', agencyCode: 'SNV', unitCode: 'CCVC' },
    { id: 'VB-2026-0004', number: '128', symbol: 'X', title: 'Đơn vị không có', agencyCode: 'SNV', unitCode: 'KHONG-CO' },
    { id: 'VB-2026-0005', number: '129', title: 'Thiếu ký hiệu', agencyCode: 'SNV', unitCode: 'CCVC' },
  ];

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests++;
      if (mode === 'down') return req.socket.destroy();
      if (req.headers.authorization !== `Bearer ${TOKEN}`) return res.writeHead(401).end();
      if (mode === 'error') return res.writeHead(500).end('boom');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(mode === 'garbage' ? '{"documents": "not a list"' : JSON.stringify({ documents }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/van-ban-den`;
    t = await createTestApp({ env: { DOCUMENT_SYSTEM_URL: url, DOCUMENT_SYSTEM_TOKEN: TOKEN, DOCUMENT_SYSTEM_TIMEOUT_MS: '2000' } });
    for (const who of ['official', 'head', 'hr', 'inspector', 'admin']) token[who] = await t.login(`${who}@demo.ketqua.vn`);
    // A head of another unit of the same agency (not above or below head@'s), and a unit of another agency.
    const [other] = await t.dataSource.query(
      `SELECT h.email, u.code FROM unit u JOIN agency a ON a.id = u.agency_id JOIN app_user h ON h.id = u.head_id
        WHERE a.code = 'SNV' AND u.code NOT LIKE 'CCVC%' AND u.parent_id IS NULL AND h.role = 'UNIT_HEAD' AND h.active AND h.email <> 'head@demo.ketqua.vn'
        ORDER BY h.email LIMIT 1`,
    );
    token['otherHead'] = await t.login(other.email);
    const [ward] = await t.dataSource.query(`SELECT a.code AS agency, u.code FROM unit u JOIN agency a ON a.id = u.agency_id WHERE a.code <> 'SNV' ORDER BY u.code LIMIT 1`);
    documents.push(
      { id: 'VB-2026-0006', number: '130', symbol: 'SNV-VP', title: 'Văn bản của đơn vị khác trong Sở', agencyCode: 'SNV', unitCode: other.code },
      { id: 'VB-2026-0007', number: '131', symbol: 'UBND', title: 'Văn bản của cơ quan khác', agencyCode: ward.agency, unitCode: ward.code },
    );
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => server.close(resolve));
  });

  const rows = async () => Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM incoming_document`))[0].n);
  const pulls = async () => Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'work.incoming.pulled'`))[0].n);
  const pull = (who: string) => t.gql<{ pullIncomingDocuments: Pull }>(PULL, {}, { token: token[who] });

  it('the system down, failing or answering garbage: SERVICE_UNAVAILABLE, nothing written; /health says unreachable', async () => {
    for (const m of ['down', 'error', 'garbage'] as const) {
      mode = m;
      const res = await pull('head');
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'DOCUMENT_SYSTEM_UNAVAILABLE' });
      expect(res.errors?.[0]?.message).toMatch(/không trả lời; chưa có gì thay đổi/);
    }
    expect(await rows()).toBe(0);
    expect(await pulls()).toBe(0);
    const health = JSON.parse((await httpRequest(`${t.url}/health`)).body);
    expect(health.adapters['documents']).toMatchObject({ configured: true, reachable: false });
    mode = 'ok';
  });

  const externalIds = (p: Pull | undefined) => p?.skipped.map((x) => x.externalId).sort();
  const drafted = async () => (await t.dataSource.query(`SELECT external_id FROM incoming_document ORDER BY external_id`)).map((r: { external_id: string }) => r.external_id);

  it('a pull makes one draft per valid document of the caller’s scope with its số/ký hiệu, skips the bad ones with reasons, and answers only for that scope; a repeated or concurrent pull duplicates none', async () => {
    // A unit head: their unit's documents only (2 valid, 2 bad); the other units' stay in the system.
    const first = await pull('head');
    expect(first.errors).toBeUndefined();
    expect(first.data?.pullIncomingDocuments).toMatchObject({ fetched: 4, created: 2, alreadyKnown: 0 });
    expect(externalIds(first.data?.pullIncomingDocuments)).toEqual(['VB-2026-0003', 'VB-2026-0005']);
    expect(await drafted()).toEqual(['VB-2026-0001', 'VB-2026-0002']);

    // Another unit's head: their own document, nothing of head@'s counted or reported.
    const otherHead = await pull('otherHead');
    expect(otherHead.data?.pullIncomingDocuments).toEqual({ fetched: 1, created: 1, alreadyKnown: 0, skipped: [] });

    // HR of one agency: that agency's documents (already pulled by its heads), not the ward's.
    await t.dataSource.query(`UPDATE app_user SET city_scope = false WHERE email = 'hr@demo.ketqua.vn'`);
    try {
      const agencyHr = await pull('hr');
      expect(agencyHr.data?.pullIncomingDocuments).toMatchObject({ fetched: 5, created: 0, alreadyKnown: 3 });
      expect(externalIds(agencyHr.data?.pullIncomingDocuments)).toEqual(['VB-2026-0003', 'VB-2026-0005']);
    } finally {
      await t.dataSource.query(`UPDATE app_user SET city_scope = true WHERE email = 'hr@demo.ketqua.vn'`);
    }
    expect(await drafted()).toEqual(['VB-2026-0001', 'VB-2026-0002', 'VB-2026-0006']);
    const burst = await Promise.all([1, 2, 3, 4].map(() => pull('head')));
    expect(burst.every((b) => b.data?.pullIncomingDocuments.created === 0 && b.data.pullIncomingDocuments.alreadyKnown === 2)).toBe(true);

    // The scheduled pull takes everything (the ward's document, which has no head pulling it here).
    const scheduled = await t.app.get(IncomingDocumentService).pull(null);
    expect(scheduled).toMatchObject({ fetched: 7, created: 1, alreadyKnown: 3 });
    expect(await drafted()).toEqual(['VB-2026-0001', 'VB-2026-0002', 'VB-2026-0006', 'VB-2026-0007']);
    // ADMIN (like city-wide HR) answers for the whole city, with the document naming no unit of Ketqua.
    const all = await pull('admin');
    expect(all.data?.pullIncomingDocuments).toMatchObject({ fetched: 7, created: 0, alreadyKnown: 4 });
    expect(externalIds(all.data?.pullIncomingDocuments)).toEqual(['VB-2026-0003', 'VB-2026-0004', 'VB-2026-0005']);
    expect(all.data?.pullIncomingDocuments.skipped.find((x) => x.externalId === 'VB-2026-0004')?.reason).toMatch(/no unit SNV\/KHONG-CO/);
    expect((await pull('hr')).data?.pullIncomingDocuments).toMatchObject({ fetched: 7, created: 0, alreadyKnown: 4 });
    const audited = await t.dataSource.query(
      `SELECT data FROM audit_event WHERE action = 'work.incoming.pulled' AND actor_id = (SELECT id FROM app_user WHERE email = 'head@demo.ketqua.vn') ORDER BY occurred_at LIMIT 1`,
    );
    expect(audited[0].data).toMatchObject({ answered: 7, scope: 'units', fetched: 4, created: ['VB-2026-0001', 'VB-2026-0002'] });

    const drafts = await t.gql<{ incomingDocuments: Doc[] }>(LIST, { status: 'DRAFT' }, { token: token['head'] });
    expect(drafts.data?.incomingDocuments.map((d) => d.sourceDocument).sort()).toEqual(['125/SNV-CCVC', '126/SNV-CCVC']);
    expect(drafts.data?.incomingDocuments.find((d) => d.number === '125')?.title).toBe('Thẩm định hồ sơ tuyển dụng đợt 3');
    const health = JSON.parse((await httpRequest(`${t.url}/health`)).body);
    expect(health.adapters['documents']).toMatchObject({ configured: true, reachable: true });
  });

  it('officials and inspectors do not pull; a head sees only their units’ drafts and confirms or dismisses them; decided stays decided', async () => {
    expect((await pull('official')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await pull('inspector')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(LIST, {}, { token: token['official'] })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql<{ incomingDocuments: Doc[] }>(LIST, {}, { token: token['otherHead'] })).data?.incomingDocuments.map((d) => d.externalId)).toEqual(['VB-2026-0006']);

    const drafts = (await t.gql<{ incomingDocuments: Doc[] }>(LIST, {}, { token: token['head'] })).data!.incomingDocuments;
    const doc = drafts.find((d) => d.number === '125')!;
    const [official] = await t.dataSource.query(`SELECT id FROM app_user WHERE email = 'official@demo.ketqua.vn'`);
    const input = { id: doc.id, version: doc.version, assigneeIds: [official.id], deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(), quantity: 1 };
    expect((await t.gql(CONFIRM, { input }, { token: token['otherHead'] })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const confirmed = await t.gql<{ confirmIncomingDocument: Doc }>(CONFIRM, { input }, { token: token['head'] });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data?.confirmIncomingDocument).toMatchObject({ status: 'CONFIRMED' });
    const [assignment] = await t.dataSource.query(`SELECT title, source_document, assignee_id FROM assignment WHERE id = $1`, [
      confirmed.data?.confirmIncomingDocument.assignmentIds[0],
    ]);
    expect(assignment).toEqual({ title: 'Thẩm định hồ sơ tuyển dụng đợt 3', source_document: '125/SNV-CCVC', assignee_id: official.id });
    const twice = await t.gql(CONFIRM, { input: { ...input, version: confirmed.data?.confirmIncomingDocument.version } }, { token: token['head'] });
    expect(twice.errors?.[0]?.extensions?.reason).toBe('INCOMING_DOCUMENT_DECIDED');
    expect((await t.gql(CONFIRM, { input }, { token: token['head'] })).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const other = drafts.find((d) => d.number === '126')!;
    const dismissed = await t.gql<{ dismissIncomingDocument: Doc }>(DISMISS, { input: { id: other.id, version: other.version } }, { token: token['head'] });
    expect(dismissed.data?.dismissIncomingDocument.status).toBe('DISMISSED');
    // Pulled again later: a decided document does not come back as a draft.
    expect((await pull('head')).data?.pullIncomingDocuments.created).toBe(0);
    expect((await t.gql<{ incomingDocuments: Doc[] }>(LIST, {}, { token: token['head'] })).data?.incomingDocuments).toEqual([]);
    expect(requests).toBeGreaterThan(5);
  });
});
