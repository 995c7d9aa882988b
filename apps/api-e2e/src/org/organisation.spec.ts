import { createTestApp, errorCode, TestApp } from '@ketqua/api/testing';

const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id code name version parent { code } head { email } } }`;
const UPDATE_UNIT = `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { id name version } }`;
const CREATE_OFFICIAL = `mutation($input: CreateOfficialInput!) { createOfficial(input: $input) { temporaryPassword official { id email fullName mustChangePassword hasPassword unit { code } } } }`;
const OFFICIALS = `query($filter: OfficialFilter, $first: Int, $after: String) {
  officials(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { fullName } } }
}`;

type OfficialsPage = { officials: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { fullName: string } }> } };

describe('organisation: HR and ADMIN keep agencies, units, positions and officials', () => {
  let t: TestApp;
  let hr: string;
  let admin: string;
  let snv: string;
  let ccvc: string;

  beforeAll(async () => {
    t = await createTestApp();
    hr = await t.login('hr@demo.ketqua.vn');
    admin = await t.login('admin@demo.ketqua.vn');
    snv = (await t.dataSource.query(`SELECT id FROM agency WHERE code = 'SNV'`))[0].id;
    ccvc = (await t.dataSource.query(`SELECT id FROM unit WHERE code = 'CCVC' AND agency_id = $1`, [snv]))[0].id;
  });
  afterAll(() => t.close());

  const auditCount = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM audit_event'))[0].n);

  it('creates a sub-unit with a head, audited', async () => {
    const before = await auditCount();
    const headId = (await t.dataSource.query(`SELECT id FROM app_user WHERE email = 'tran.thi.mai.anh@demo.ketqua.vn'`))[0].id;
    const res = await t.gql<{ createUnit: { code: string; name: string; version: number; parent: { code: string }; head: { email: string } } }>(
      CREATE_UNIT,
      { input: { agencyId: snv, parentId: ccvc, code: 'ccvc-ql', name: '  Tổ Quản lý hồ sơ  ', headId } },
      { token: hr },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.createUnit).toMatchObject({
      code: 'CCVC-QL',
      name: 'Tổ Quản lý hồ sơ',
      version: 1,
      parent: { code: 'CCVC' },
      head: { email: 'tran.thi.mai.anh@demo.ketqua.vn' },
    });
    expect(await auditCount()).toBe(before + 1);
    const [event] = await t.dataSource.query(`SELECT action, actor_id FROM audit_event ORDER BY seq DESC LIMIT 1`);
    expect(event.action).toBe('org.unit.created');
  });

  it('refuses bad input with BAD_USER_INPUT naming every field, and writes nothing', async () => {
    const before = await auditCount();
    const res = await t.gql(CREATE_UNIT, { input: { agencyId: 'not-a-uuid', code: 'bad code!', name: 'x' } }, { token: hr });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields?.map((f) => f.field).sort()).toEqual(['input.agencyId', 'input.code', 'input.name']);
    expect(res.errors?.[0].message).toMatch(/^Dữ liệu chưa hợp lệ:/);
    expect(await auditCount()).toBe(before);
  });

  it('answers a malformed id with BAD_USER_INPUT, not a server error', async () => {
    for (const op of ['query { official(id: "null") { id } }', 'mutation { issueTemporaryPassword(id: "1; drop") { temporaryPassword } }']) {
      const res = await t.gql(op, {}, { token: hr });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.reason).toBe('INVALID_ID');
    }
  });

  it('refuses a duplicate code and a unit placed under its own sub-unit', async () => {
    const dup = await t.gql(CREATE_UNIT, { input: { agencyId: snv, code: 'TCBC', name: 'Trùng mã' } }, { token: hr });
    expect(errorCode(dup)).toBe('CONFLICT');
    expect(dup.errors?.[0].extensions?.reason).toBe('DUPLICATE_CODE');
    const child = (await t.dataSource.query(`SELECT id FROM unit WHERE code = 'CCVC-DTBD'`))[0].id;
    const cycle = await t.gql(UPDATE_UNIT, { input: { id: ccvc, parentId: child } }, { token: hr });
    expect(errorCode(cycle)).toBe('BAD_USER_INPUT');
    expect((await t.dataSource.query(`SELECT parent_id FROM unit WHERE id = $1`, [ccvc]))[0].parent_id).toBeNull();
  });

  it('optimistic locking: of two edits of the same version one wins, the other gets CONFLICT and changes nothing', async () => {
    const unit = (await t.dataSource.query(`SELECT id, version FROM unit WHERE code = 'CCHC'`))[0];
    const [a, b] = await Promise.all([
      t.gql<{ updateUnit: { name: string; version: number } }>(
        UPDATE_UNIT,
        { input: { id: unit.id, version: unit.version, name: 'Phòng Cải cách hành chính (A)' } },
        { token: hr },
      ),
      t.gql<{ updateUnit: { name: string; version: number } }>(
        UPDATE_UNIT,
        { input: { id: unit.id, version: unit.version, name: 'Phòng Cải cách hành chính (B)' } },
        { token: admin },
      ),
    ]);
    const results = [a, b];
    const won = results.filter((r) => r.data);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(errorCode(lost[0])).toBe('CONFLICT');
    expect(lost[0].errors?.[0].extensions?.reason).toBe('STALE_VERSION');
    const stored = (await t.dataSource.query(`SELECT name, version FROM unit WHERE id = $1`, [unit.id]))[0];
    expect(stored.name).toBe(won[0].data!.updateUnit.name);
    expect(stored.version).toBe(unit.version + 1);
  });

  it('will not deactivate a unit that still has people', async () => {
    const res = await t.gql('mutation($id: ID!) { deactivateUnit(id: $id) { active } }', { id: ccvc }, { token: hr });
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0].message).toContain('công chức');
  });

  it('creates an official with a one-time password that must be changed; deactivation ends their sessions', async () => {
    const res = await t.gql<{
      createOfficial: { temporaryPassword: string; official: { id: string; email: string; mustChangePassword: boolean; hasPassword: boolean; unit: { code: string } } };
    }>(CREATE_OFFICIAL, { input: { email: 'Nguyen.Moi@Demo.Ketqua.vn', fullName: 'Nguyễn Văn Mới', staffCategory: 'CONG_CHUC', unitId: ccvc } }, { token: hr });
    expect(res.errors).toBeUndefined();
    const created = res.data!.createOfficial;
    expect(created.official).toMatchObject({ email: 'nguyen.moi@demo.ketqua.vn', mustChangePassword: true, hasPassword: true, unit: { code: 'CCVC' } });
    const token = await t.login('nguyen.moi@demo.ketqua.vn', created.temporaryPassword);
    expect((await t.gql<{ me: { fullName: string } }>('{ me { fullName } }', {}, { token })).data?.me.fullName).toBe('Nguyễn Văn Mới');

    const dup = await t.gql(CREATE_OFFICIAL, { input: { email: 'nguyen.moi@demo.ketqua.vn', fullName: 'Người Khác', staffCategory: 'VIEN_CHUC', unitId: ccvc } }, { token: hr });
    expect(dup.errors?.[0].extensions?.reason).toBe('DUPLICATE_EMAIL');

    const off = await t.gql<{ deactivateOfficial: { active: boolean } }>(
      'mutation($id: ID!) { deactivateOfficial(id: $id) { active } }',
      { id: created.official.id },
      { token: hr },
    );
    expect(off.data?.deactivateOfficial.active).toBe(false);
    expect((await t.gql('{ me { id } }', {}, { token })).errors?.[0].extensions?.reason).toBe('SESSION_ENDED');
    const again = await t.gql('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email: 'nguyen.moi@demo.ketqua.vn', password: created.temporaryPassword },
    });
    // The same answer as a wrong password: a sign-in never tells whether an account exists or is active.
    expect(again.errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
  });

  it('pages through officials with first/after, without gaps or repeats', async () => {
    const names: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page++) {
      const res: { data: OfficialsPage | null } = await t.gql<OfficialsPage>(OFFICIALS, { first: 7, after }, { token: hr });
      const officials: OfficialsPage['officials'] = res.data!.officials;
      total = officials.totalCount;
      names.push(...officials.edges.map((e) => e.node.fullName));
      if (!officials.pageInfo.hasNextPage) break;
      after = officials.pageInfo.endCursor;
    }
    expect(names).toHaveLength(total);
    expect(new Set(names).size).toBe(total);
    const bad = await t.gql(OFFICIALS, { first: 7, after: 'garbage' }, { token: hr });
    expect(bad.errors?.[0].extensions?.reason).toBe('BAD_CURSOR');
    const tooMany = await t.gql(OFFICIALS, { first: 5000 }, { token: hr });
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
  });

  it('finds Vietnamese names typed without accents', async () => {
    const res = await t.gql<OfficialsPage>(OFFICIALS, { filter: { search: 'dang thi phuong' } }, { token: hr });
    expect(res.data?.officials.edges.map((e) => e.node.fullName)).toEqual(['Đặng Thị Phương Thảo']);
    const withAccents = await t.gql<OfficialsPage>(OFFICIALS, { filter: { search: 'Thảo' } }, { token: hr });
    expect(withAccents.data?.officials.edges.map((e) => e.node.fullName)).toContain('Đặng Thị Phương Thảo');
  });

  it('lists a unit with its sub-units when asked', async () => {
    const only = await t.gql<OfficialsPage>(OFFICIALS, { filter: { unitId: ccvc } }, { token: hr });
    const withSubunits = await t.gql<OfficialsPage>(OFFICIALS, { filter: { unitId: ccvc, includeSubunits: true } }, { token: hr });
    expect(withSubunits.data!.officials.totalCount).toBeGreaterThan(only.data!.officials.totalCount);
  });

  it('creates and closes an agency (city-wide HR), and keeps positions with their eligibility flags', async () => {
    const created = await t.gql<{ createAgency: { id: string; code: string; validTo: string | null } }>(
      `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id code validTo } }`,
      { input: { code: 'xa-thanh-an', name: 'Ủy ban nhân dân xã Thạnh An', kind: 'COMMUNE', validFrom: '2025-07-01' } },
      { token: hr },
    );
    expect(created.data?.createAgency).toMatchObject({ code: 'XA-THANH-AN', validTo: null });
    const badDate = await t.gql(
      `mutation($id: ID!, $d: LocalDate) { deactivateAgency(id: $id, lastDay: $d) { id } }`,
      { id: created.data!.createAgency.id, d: '2025-02-30' },
      { token: hr },
    );
    expect(errorCode(badDate)).toBe('BAD_USER_INPUT');
    const closed = await t.gql<{ deactivateAgency: { validTo: string } }>(
      `mutation($id: ID!) { deactivateAgency(id: $id, lastDay: "2026-12-31") { validTo } }`,
      { id: created.data!.createAgency.id },
      { token: hr },
    );
    expect(closed.data?.deactivateAgency.validTo).toBe('2026-12-31');

    const position = await t.gql<{ createPosition: { code: string; handlesAdministrativeProcedures: boolean } }>(
      `mutation($input: CreatePositionInput!) { createPosition(input: $input) { code handlesAdministrativeProcedures } }`,
      { input: { agencyId: created.data!.createAgency.id, code: 'mc', name: 'Một cửa', handlesAdministrativeProcedures: true, receivesCitizens: true, issuesDecisions: false } },
      { token: hr },
    );
    expect(position.data?.createPosition).toEqual({ code: 'MC', handlesAdministrativeProcedures: true });
  });

  it('refuses an operation whose cost exceeds the complexity limit before running it', async () => {
    const ordinary = await t.gql(`{ officials(first: 200) { edges { node { unit { agency { name } } position { name } rank { name } } } } }`, {}, { token: hr });
    expect(ordinary.errors).toBeUndefined();
    const big = await t.gql(
      `{ ${Array.from({ length: 20 }, (_, i) => `o${i}: officials(first: 200) { edges { node { unit { agency { name } } position { name } rank { name } } } }`).join(' ')} }`,
      {},
      { token: hr },
    );
    expect(big.status).toBe(400);
    expect(errorCode(big)).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0].extensions?.reason).toBe('QUERY_TOO_COMPLEX');
  });
});
