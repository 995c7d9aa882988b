import { createTestApp, errorCode, TestApp } from '@ketqua/api/testing';

const TEMP_PASSWORD = `mutation($id: ID!) { issueTemporaryPassword(id: $id) { temporaryPassword } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateOfficial(id: $id) { id active } }`;
const REACTIVATE = `mutation($id: ID!) { reactivateOfficial(id: $id) { id active } }`;
const UPDATE = `mutation($input: UpdateOfficialInput!) { updateOfficial(input: $input) { id fullName role cityScope } }`;
const IMPORT = `mutation($input: ImportOfficialsInput!) { importOfficials(input: $input) { created updated } }`;

/**
 * Issue 10 §2: HR issued an administrator's temporary password, signed in as them and made
 * itself ADMIN. Nobody may reset, deactivate or edit an account whose role they could not grant.
 */
describe('accounts are managed only by someone who could grant their role', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  const idOf: Record<string, string> = {};
  const account = async (email: string) =>
    (await t.dataSource.query('SELECT role, city_scope, active, password_hash, must_change_password, full_name FROM app_user WHERE email = $1', [email]))[0];

  beforeAll(async () => {
    t = await createTestApp();
    for (const who of ['admin', 'hr']) token[who] = await t.login(`${who}@demo.ketqua.vn`);
    for (const r of (await t.dataSource.query('SELECT id, email FROM app_user')) as Array<{ id: string; email: string }>) idOf[r.email] = r.id;
  });
  afterAll(() => t.close());

  const refused = (res: Awaited<ReturnType<TestApp['gql']>>, reason: string) => {
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.errors?.[0].extensions?.reason).toBe(reason);
    expect(res.data).toBeNull();
  };

  it('HR gets no temporary password for an administrator, and the administrator keeps theirs', async () => {
    const before = await account('admin@demo.ketqua.vn');
    const res = await t.gql(TEMP_PASSWORD, { id: idOf['admin@demo.ketqua.vn'] }, { token: token['hr'] });
    refused(res, 'ACCOUNT_NOT_MANAGEABLE');
    expect(res.errors?.[0].message).toContain('chỉ quản trị');
    expect(await account('admin@demo.ketqua.vn')).toEqual(before);
    // The administrator's session was not ended either.
    expect(errorCode(await t.gql('{ me { id } }', {}, { token: token['admin'] }))).toBeUndefined();
  });

  it('HR gets no temporary password for the inspector', async () => {
    refused(await t.gql(TEMP_PASSWORD, { id: idOf['inspector@demo.ketqua.vn'] }, { token: token['hr'] }), 'ACCOUNT_NOT_MANAGEABLE');
    expect((await account('inspector@demo.ketqua.vn')).must_change_password).toBe(false);
  });

  it('HR cannot deactivate or edit an administrator', async () => {
    refused(await t.gql(DEACTIVATE, { id: idOf['admin@demo.ketqua.vn'] }, { token: token['hr'] }), 'ACCOUNT_NOT_MANAGEABLE');
    expect((await account('admin@demo.ketqua.vn')).active).toBe(true);
    refused(await t.gql(UPDATE, { input: { id: idOf['admin@demo.ketqua.vn'], fullName: 'Tên Mới' } }, { token: token['hr'] }), 'ACCOUNT_NOT_MANAGEABLE');
    expect((await account('admin@demo.ketqua.vn')).full_name).not.toBe('Tên Mới');
  });

  it('HR cannot make itself or anyone ADMIN, or give city scope', async () => {
    const self = await t.gql(UPDATE, { input: { id: idOf['hr@demo.ketqua.vn'], role: 'ADMIN', cityScope: true } }, { token: token['hr'] });
    expect(errorCode(self)).toBe('FORBIDDEN');
    expect((await account('hr@demo.ketqua.vn')).role).toBe('HR');
    refused(await t.gql(UPDATE, { input: { id: idOf['official@demo.ketqua.vn'], role: 'ADMIN' } }, { token: token['hr'] }), 'ROLE_NOT_GRANTABLE');
    refused(await t.gql(UPDATE, { input: { id: idOf['official@demo.ketqua.vn'], role: 'INSPECTOR' } }, { token: token['hr'] }), 'ROLE_NOT_GRANTABLE');
    refused(await t.gql(UPDATE, { input: { id: idOf['official@demo.ketqua.vn'], cityScope: true } }, { token: token['hr'] }), 'ROLE_NOT_GRANTABLE');
    expect(await account('official@demo.ketqua.vn')).toMatchObject({ role: 'OFFICIAL', city_scope: false });
  });

  it('HR cannot rewrite an administrator through the CSV import', async () => {
    const snv = (await t.dataSource.query(`SELECT id FROM agency WHERE code = 'SNV'`))[0].id;
    const csv = ['email,full_name,staff_category,unit_code,position_code,rank_code,role,is_leader', 'admin@demo.ketqua.vn,Bị Hạ Cấp,CONG_CHUC,CCVC,,,OFFICIAL,'].join('\n');
    const res = await t.gql(IMPORT, { input: { agencyId: snv, csv } }, { token: token['hr'] });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors?.[0].extensions?.['lines'] ?? res.errors?.[0].message)).toContain('email');
    expect(await account('admin@demo.ketqua.vn')).toMatchObject({ role: 'ADMIN', full_name: expect.not.stringContaining('Bị Hạ Cấp') });
  });

  it('HR still manages officials and unit heads', async () => {
    const res = await t.gql<{ issueTemporaryPassword: { temporaryPassword: string } }>(TEMP_PASSWORD, { id: idOf['official@demo.ketqua.vn'] }, { token: token['hr'] });
    expect(res.errors).toBeUndefined();
    expect(res.data?.issueTemporaryPassword.temporaryPassword).toMatch(/.{10,}/);
    const head = idOf['head@demo.ketqua.vn'];
    expect((await t.gql(UPDATE, { input: { id: head, fullName: 'Trưởng Phòng Đổi Tên' } }, { token: token['hr'] })).data?.updateOfficial).toMatchObject({ role: 'UNIT_HEAD' });
  });

  it('an administrator still resets, deactivates, reactivates and edits every role', async () => {
    const inspector = idOf['inspector@demo.ketqua.vn'];
    expect((await t.gql(TEMP_PASSWORD, { id: inspector }, { token: token['admin'] })).errors).toBeUndefined();
    expect((await t.gql(DEACTIVATE, { id: inspector }, { token: token['admin'] })).data).toEqual({ deactivateOfficial: { id: inspector, active: false } });
    // A deactivated inspector stays out of HR's reach too.
    refused(await t.gql(REACTIVATE, { id: inspector }, { token: token['hr'] }), 'ACCOUNT_NOT_MANAGEABLE');
    expect((await t.gql(REACTIVATE, { id: inspector }, { token: token['admin'] })).data).toEqual({ reactivateOfficial: { id: inspector, active: true } });
    const hr = idOf['hr@demo.ketqua.vn'];
    expect((await t.gql(UPDATE, { input: { id: hr, fullName: 'Phòng Tổ chức' } }, { token: token['admin'] })).data?.updateOfficial).toMatchObject({ role: 'HR', cityScope: true });
  });
});
