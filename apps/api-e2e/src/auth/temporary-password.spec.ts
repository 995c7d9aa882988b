import { createTestApp, CallableOperation, errorCode, everyOperation, servedSchema, openSubscription, TestApp } from '@ketqua/api/testing';
import { download, upload } from '../work/work-fixtures';

const TEMP_PASSWORD = `mutation($id: ID!) { issueTemporaryPassword(id: $id) { temporaryPassword } }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
/** What a temporary password opens, and nothing else. */
const ALLOWED = new Set(['me', 'changePassword', 'logout']);
/** Public: they make a session rather than use one. */
// Sign-in itself (password, its second step, the city account) and what the sign-in page shows.
const PUBLIC = new Set(['login', 'refreshSession', 'completeSignIn', 'signInOptions', 'startCitySignIn', 'completeCitySignIn']);

/**
 * Issue 10 §2: a temporary password is not a full credential. Until it is changed the API refuses
 * everything but `me`, `changePassword` and `logout` (PASSWORD_CHANGE_REQUIRED), over GraphQL,
 * over HTTP and for subscriptions.
 */
describe('a temporary password opens only the change-password form', () => {
  let t: TestApp;
  let operations: CallableOperation[];
  let temporary: string;
  let token: string;
  let fileUrl: string;

  beforeAll(async () => {
    t = await createTestApp();
    operations = everyOperation(await servedSchema(t.url));
    const official = await t.login('official@demo.ketqua.vn');
    const uploaded = await upload(t, official, 'note.txt', Buffer.from('ghi chép'));
    fileUrl = `/files/${uploaded.json['id'] as string}`;
    const id = (await t.dataSource.query(`SELECT id FROM app_user WHERE email = 'official@demo.ketqua.vn'`))[0].id;
    const admin = await t.login('admin@demo.ketqua.vn');
    temporary = (await t.gql<{ issueTemporaryPassword: { temporaryPassword: string } }>(TEMP_PASSWORD, { id }, { token: admin })).data!.issueTemporaryPassword.temporaryPassword;
    token = await t.login('official@demo.ketqua.vn', temporary);
  });
  afterAll(() => t.close());

  it('answers `me`, with mustChangePassword set', async () => {
    const res = await t.gql<{ me: { email: string; mustChangePassword: boolean } }>('{ me { email mustChangePassword unit { code } } }', {}, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data?.me).toMatchObject({ email: 'official@demo.ketqua.vn', mustChangePassword: true });
  });

  it('refuses every other query and mutation of the schema with PASSWORD_CHANGE_REQUIRED', async () => {
    const answered: string[] = [];
    for (const op of operations.filter((o) => !ALLOWED.has(o.name) && !PUBLIC.has(o.name))) {
      const res = await t.gql(op.query, op.variables, { token });
      const reason = res.errors?.[0]?.extensions?.reason;
      if (reason !== 'PASSWORD_CHANGE_REQUIRED' && reason !== 'ROLE_NOT_ALLOWED') answered.push(`${op.name}: ${JSON.stringify(res.errors?.[0] ?? res.data)}`);
    }
    expect(answered).toEqual([]);
    expect(operations.length).toBeGreaterThan(60);
  });

  it('refuses uploads and downloads over HTTP', async () => {
    const up = await upload(t, token, 'b.txt', Buffer.from('x'));
    expect(up.status).toBe(403);
    expect(up.json).toMatchObject({ reason: 'PASSWORD_CHANGE_REQUIRED' });
    expect((await download(t, token, fileUrl)).status).toBe(403);
  });

  it('refuses subscriptions', async () => {
    const sub = await openSubscription(t.url, token, 'subscription { notificationAdded { id } }');
    await expect(sub.next(3000)).rejects.toThrow(/PASSWORD_CHANGE_REQUIRED/);
    await sub.close();
  });

  it('after changePassword the same session works in full', async () => {
    const res = await t.gql(CHANGE, { input: { currentPassword: temporary, newPassword: 'MatKhauMoi2026' } }, { token });
    expect(res.errors).toBeUndefined();
    expect(errorCode(await t.gql('{ assignments(first: 5) { totalCount } }', {}, { token }))).toBeUndefined();
    expect((await download(t, token, fileUrl)).status).toBe(200);
    expect(errorCode(await t.gql('mutation { logout }', {}, { token }))).toBeUndefined();
  });
});
