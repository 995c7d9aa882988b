import { createTestApp, errorCode, TestApp } from '@ketqua/api/testing';

const OFFICIALS = `query($filter: OfficialFilter, $first: Int) {
  officials(filter: $filter, first: $first) { totalCount edges { node { email unit { code } agency { code } } } }
}`;
const OFFICIAL = `query($id: ID!) { official(id: $id) { email } }`;
const UNITS = `query($filter: UnitFilter) { units(filter: $filter, first: 200) { totalCount edges { node { code agency { code } } } } }`;
const AGENCIES = `{ agencies(first: 50) { edges { node { code } } } }`;

type OfficialsData = { officials: { totalCount: number; edges: Array<{ node: { email: string; unit: { code: string }; agency: { code: string } } }> } };
type UnitsData = { units: { totalCount: number; edges: Array<{ node: { code: string; agency: { code: string } } }> } };

/** Each role sees exactly its scope (PRODUCT.md 1), enforced by the API. */
describe('scope per role', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  const idOf: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    for (const who of ['admin', 'hr', 'head', 'official', 'inspector']) token[who] = await t.login(`${who}@demo.ketqua.vn`);
    const rows: Array<{ id: string; email: string }> = await t.dataSource.query('SELECT id, email FROM app_user');
    for (const r of rows) idOf[r.email] = r.id;
  });
  afterAll(() => t.close());

  const officialsAs = async (who: string, filter = {}) => (await t.gql<OfficialsData>(OFFICIALS, { filter, first: 200 }, { token: token[who] })).data!.officials;
  const unitsAs = async (who: string) => (await t.gql<UnitsData>(UNITS, {}, { token: token[who] })).data!.units.edges.map((e) => e.node.code).sort();

  it('a unit head sees their unit and the units below it, and nobody else', async () => {
    expect(await unitsAs('head')).toEqual(['CCVC', 'CCVC-DTBD']);
    const seen = await officialsAs('head');
    expect(new Set(seen.edges.map((e) => e.node.unit.code))).toEqual(new Set(['CCVC', 'CCVC-DTBD']));
    expect(seen.totalCount).toBe(10);
  });

  it('a unit head of unit A gets FORBIDDEN for an official of unit B', async () => {
    const inTcbc = idOf['nguyen.hoang.long@demo.ketqua.vn'];
    const res = await t.gql(OFFICIAL, { id: inTcbc }, { token: token['head'] });
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.errors?.[0].message).toContain('ngoài phạm vi quản lý');
    expect(res.data).toBeNull();
    const own = await t.gql<{ official: { email: string } }>(OFFICIAL, { id: idOf['bui.quoc.bao@demo.ketqua.vn'] }, { token: token['head'] });
    expect(own.data?.official.email).toBe('bui.quoc.bao@demo.ketqua.vn');
    const unitB = (await t.dataSource.query(`SELECT id FROM unit WHERE code = 'TCBC'`))[0].id;
    expect(errorCode(await t.gql('query($id: ID!) { unit(id: $id) { name } }', { id: unitB }, { token: token['head'] }))).toBe('FORBIDDEN');
  });

  it('an official sees only their own record', async () => {
    const seen = await officialsAs('official');
    expect(seen.edges.map((e) => e.node.email)).toEqual(['official@demo.ketqua.vn']);
    const colleague = await t.gql(OFFICIAL, { id: idOf['bui.quoc.bao@demo.ketqua.vn'] }, { token: token['official'] });
    expect(errorCode(colleague)).toBe('FORBIDDEN');
    expect(await unitsAs('official')).toEqual(['CCVC']);
  });

  it('HR with city scope, the inspector and the administrator see every agency', async () => {
    for (const who of ['hr', 'inspector', 'admin']) {
      const agencies = (await t.gql<{ agencies: { edges: Array<{ node: { code: string } }> } }>(AGENCIES, {}, { token: token[who] })).data!.agencies;
      expect(agencies.edges.map((e) => e.node.code).sort()).toEqual(['PSG', 'SNV']);
      expect((await officialsAs(who)).totalCount).toBe(45);
    }
  });

  it('HR without city scope sees only their own agency', async () => {
    const created = await t.gql<{ createOfficial: { temporaryPassword: string } }>(
      `mutation($input: CreateOfficialInput!) { createOfficial(input: $input) { temporaryPassword } }`,
      {
        input: {
          email: 'tccb.phuong@demo.ketqua.vn',
          fullName: 'Đỗ Thị Tổ Chức',
          staffCategory: 'CONG_CHUC',
          role: 'HR',
          unitId: (await t.dataSource.query(`SELECT u.id FROM unit u JOIN agency a ON a.id = u.agency_id WHERE a.code = 'PSG' AND u.code = 'VP'`))[0].id,
        },
      },
      { token: token['admin'] },
    );
    const temporary = created.data!.createOfficial.temporaryPassword;
    const wardHr = await t.login('tccb.phuong@demo.ketqua.vn', temporary);
    // A temporary password opens nothing else until it is changed.
    // (Not "PhuongSaiGon2026": the password policy refuses a part of the person's own e-mail.)
    const changed = await t.gql(
      'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }',
      { input: { currentPassword: temporary, newPassword: 'Mua-xuan-Ben-Thanh-2026' } },
      { token: wardHr },
    );
    expect(changed.errors).toBeUndefined();
    token['wardHr'] = wardHr;
    const seen = await officialsAs('wardHr');
    expect(new Set(seen.edges.map((e) => e.node.agency.code))).toEqual(new Set(['PSG']));
    expect(seen.totalCount).toBe(13);
    expect(errorCode(await t.gql(OFFICIAL, { id: idOf['official@demo.ketqua.vn'] }, { token: wardHr }))).toBe('FORBIDDEN');
  });

  it('roles are checked on every mutation: officials, heads and inspectors cannot change the organisation', async () => {
    const unitId = (await t.dataSource.query(`SELECT id FROM unit WHERE code = 'CCVC'`))[0].id;
    for (const who of ['official', 'head', 'inspector']) {
      const res = await t.gql('mutation($id: ID!) { deactivateUnit(id: $id) { id } }', { id: unitId }, { token: token[who] });
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.errors?.[0].extensions?.reason).toBe('ROLE_NOT_ALLOWED');
    }
    const still = await t.dataSource.query(`SELECT active FROM unit WHERE id = $1`, [unitId]);
    expect(still[0].active).toBe(true);
  });

  it('HR cannot grant administrator roles or city scope; it may make someone a unit head; an administrator may grant any role', async () => {
    const update = (who: string, input: Record<string, unknown>) =>
      t.gql<{ updateOfficial: { role: string; cityScope: boolean } }>(
        'mutation($input: UpdateOfficialInput!) { updateOfficial(input: $input) { role cityScope } }',
        { input },
        { token: token[who] },
      );
    const id = idOf['official@demo.ketqua.vn'];
    const toAdmin = await update('hr', { id, role: 'ADMIN' });
    expect(errorCode(toAdmin)).toBe('FORBIDDEN');
    expect(toAdmin.errors?.[0].extensions?.reason).toBe('ROLE_NOT_GRANTABLE');
    expect(errorCode(await update('hr', { id, cityScope: true }))).toBe('FORBIDDEN');
    expect((await t.dataSource.query('SELECT role FROM app_user WHERE id = $1', [id]))[0].role).toBe('OFFICIAL');

    expect((await update('hr', { id, role: 'UNIT_HEAD' })).data?.updateOfficial.role).toBe('UNIT_HEAD');
    expect((await update('admin', { id, role: 'INSPECTOR', cityScope: true })).data?.updateOfficial).toEqual({ role: 'INSPECTOR', cityScope: true });
  });
});
