import { createTestApp, CallableOperation, errorCode, everyOperation, servedSchema, TestApp } from '@ketqua/api/testing';
import { upload } from '../work/work-fixtures';

/** Writes that touch only the caller's own session, password, inbox or authenticator: the inspector may make them. */
const OWN_ACCOUNT = new Set([
  'logout',
  'changePassword',
  'markNotificationsRead',
  'beginTotpEnrolment',
  'confirmTotpEnrolment',
  'disableSecondFactor',
  'renewRecoveryCodes',
  'setMyNotificationDelivery',
]);
const PUBLIC = new Set(['login', 'refreshSession', 'completeSignIn', 'startCitySignIn', 'completeCitySignIn']);
/**
 * Reads that run as a job: an export of the pilot report, which the inspector may read (it writes
 * only the file, the export's own row and the audit of that access; refused exactly as the report is,
 * see reports/report-exports.spec.ts).
 */
const READ_AS_EXPORT = new Set(['startReportExport']);

/**
 * Issue 10 §2: the inspector is read-only, yet `logWork` and `POST /files` accepted it. Every
 * mutation of the schema (a new one included, automatically) and every write route refuse it.
 */
describe('the inspector changes nothing', () => {
  let t: TestApp;
  let mutations: CallableOperation[];
  let inspector: string;

  beforeAll(async () => {
    t = await createTestApp();
    mutations = everyOperation(await servedSchema(t.url)).filter((o) => o.kind === 'mutation');
    inspector = await t.login('inspector@demo.ketqua.vn');
  });
  afterAll(() => t.close());

  it('every mutation but its own account ones is FORBIDDEN before anything is read or written', async () => {
    const auditBefore = Number((await t.dataSource.query('SELECT count(*) AS n FROM audit_event'))[0].n);
    const accepted: string[] = [];
    for (const op of mutations.filter((m) => !OWN_ACCOUNT.has(m.name) && !PUBLIC.has(m.name) && !READ_AS_EXPORT.has(m.name))) {
      const res = await t.gql(op.query, op.variables, { token: inspector });
      const reason = res.errors?.[0]?.extensions?.reason;
      if (errorCode(res) !== 'FORBIDDEN' || !['READ_ONLY_ROLE', 'ROLE_NOT_ALLOWED'].includes(String(reason)))
        accepted.push(`${op.name}: ${JSON.stringify(res.errors?.[0] ?? res.data)}`);
    }
    expect(accepted).toEqual([]);
    expect(mutations.length).toBeGreaterThan(45);
    expect(Number((await t.dataSource.query('SELECT count(*) AS n FROM audit_event'))[0].n)).toBe(auditBefore);
  });

  it('logWork names the reason', async () => {
    const res = await t.gql(
      'mutation($input: LogWorkInput!) { logWork(input: $input) { id } }',
      { input: { workDate: '2026-03-02', minutes: 60, note: 'thanh tra' } },
      { token: inspector },
    );
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.errors?.[0].extensions?.reason).toBe('READ_ONLY_ROLE');
    expect(Number((await t.dataSource.query('SELECT count(*) AS n FROM work_log'))[0].n)).toBe(0);
  });

  it('POST /files is refused', async () => {
    const res = await upload(t, inspector, 'bao-cao.txt', Buffer.from('nội dung'));
    expect(res.status).toBe(403);
    expect(res.json).toMatchObject({ code: 'FORBIDDEN', reason: 'READ_ONLY_ROLE' });
    expect(Number((await t.dataSource.query('SELECT count(*) AS n FROM stored_file'))[0].n)).toBe(0);
  });

  it('reading still works, and so do its own account writes', async () => {
    expect(errorCode(await t.gql('{ officials(first: 5) { totalCount } }', {}, { token: inspector }))).toBeUndefined();
    expect(errorCode(await t.gql('mutation { markNotificationsRead(input: { all: true }) }', {}, { token: inspector }))).toBeUndefined();
    expect(errorCode(await t.gql('mutation { logout }', {}, { token: inspector }))).toBeUndefined();
  });
});
