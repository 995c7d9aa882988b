import { createTestApp, errorCode, TestApp } from '@ketqua/api/testing';

/**
 * Issue 10 §2: `updateOfficial(input: {id, fullName})` reset role, isLeader and cityScope to the
 * create input's defaults, and `updatePosition(input: {id, name})` cleared its three flags.
 * An omitted field is never changed.
 */
describe('partial updates keep what they omit', () => {
  let t: TestApp;
  let admin: string;
  let hr: string;
  const one = async (sql: string, params: unknown[] = []) => (await t.dataSource.query(sql, params))[0];

  beforeAll(async () => {
    // The whole demo: assignments, catalogue items and evaluation periods to update.
    t = await createTestApp({ seedDemo: 'full' });
    admin = await t.login('admin@demo.ketqua.vn');
    hr = await t.login('hr@demo.ketqua.vn');
  });
  afterAll(() => t.close());

  it('updateOfficial with only a new name keeps the role, the leader flag and the city scope', async () => {
    const head = await one(`SELECT id, role, is_leader FROM app_user WHERE email = 'head@demo.ketqua.vn'`);
    expect(head).toMatchObject({ role: 'UNIT_HEAD', is_leader: true });
    const res = await t.gql<{ updateOfficial: { fullName: string; role: string; isLeader: boolean } }>(
      'mutation($input: UpdateOfficialInput!) { updateOfficial(input: $input) { fullName role isLeader cityScope } }',
      { input: { id: head.id, fullName: 'Bùi Quốc Bảo Mới' } },
      { token: hr },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateOfficial).toEqual({ fullName: 'Bùi Quốc Bảo Mới', role: 'UNIT_HEAD', isLeader: true, cityScope: false });
    // Still the head of their unit, so still a unit head for the scope checks.
    expect(await one(`SELECT role, is_leader FROM app_user WHERE id = $1`, [head.id])).toEqual({ role: 'UNIT_HEAD', is_leader: true });

    const hrRow = await one(`SELECT id FROM app_user WHERE email = 'hr@demo.ketqua.vn'`);
    const renamed = await t.gql<{ updateOfficial: { role: string; cityScope: boolean } }>(
      'mutation($input: UpdateOfficialInput!) { updateOfficial(input: $input) { role cityScope } }',
      { input: { id: hrRow.id, fullName: 'Phòng TCBC' } },
      { token: admin },
    );
    expect(renamed.data?.updateOfficial).toEqual({ role: 'HR', cityScope: true });
  });

  it('an explicit null for a required field is refused and changes nothing', async () => {
    const official = await one(`SELECT id FROM app_user WHERE email = 'official@demo.ketqua.vn'`);
    const res = await t.gql('mutation($input: UpdateOfficialInput!) { updateOfficial(input: $input) { role } }', { input: { id: official.id, role: null } }, { token: admin });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect((await one(`SELECT role FROM app_user WHERE id = $1`, [official.id])).role).toBe('OFFICIAL');
  });

  it('an explicit null for a field an update input declares itself is refused under that field and changes nothing (it reached NOT NULL columns)', async () => {
    const head = await t.login('head@demo.ketqua.vn');
    const assignment = await one(
      `SELECT a.id FROM assignment a JOIN app_user u ON u.id = a.assigned_by_id WHERE u.email = 'head@demo.ketqua.vn' AND a.status IN ('ASSIGNED', 'IN_PROGRESS') ORDER BY a.id LIMIT 1`,
    );
    const item = await one(`SELECT id FROM work_catalogue_item ORDER BY id LIMIT 1`);
    const period = await one(`SELECT id FROM evaluation_period ORDER BY id LIMIT 1`);
    const cases = [
      {
        mutation: 'updateAssignment',
        input: 'UpdateAssignmentInput',
        token: head,
        table: 'assignment',
        id: assignment.id,
        fields: ['title', 'description', 'catalogueItemId', 'quantity'],
      },
      {
        mutation: 'updateCatalogueItem',
        input: 'UpdateCatalogueItemInput',
        token: hr,
        table: 'work_catalogue_item',
        id: item.id,
        fields: ['name', 'unitOfMeasure', 'coefficient', 'active'],
      },
      { mutation: 'updateEvaluationPeriod', input: 'UpdateEvaluationPeriodInput', token: hr, table: 'evaluation_period', id: period.id, fields: ['name'] },
      {
        mutation: 'updateRetentionSettings',
        input: 'UpdateRetentionSettingsInput',
        token: admin,
        table: 'retention_setting',
        id: undefined,
        fields: ['workLogDays', 'spotCheckNoteDays', 'fileDays'],
      },
    ];
    for (const c of cases) {
      const row = async () => (await t.dataSource.query(`SELECT * FROM ${c.table}${c.id ? ' WHERE id = $1' : ''}`, c.id ? [c.id] : []))[0] ?? null;
      const before = await row();
      for (const field of c.fields) {
        const res = await t.gql(
          `mutation($input: ${c.input}!) { ${c.mutation}(input: $input) { __typename } }`,
          { input: { ...(c.id ? { id: c.id } : {}), version: before?.version ?? 1, [field]: null } },
          { token: c.token },
        );
        expect([c.mutation, field, errorCode(res), [...new Set(res.errors?.[0]?.extensions?.fields?.map((f) => f.field))]]).toEqual([
          c.mutation,
          field,
          'BAD_USER_INPUT',
          [`input.${field}`],
        ]);
      }
      expect(await row()).toEqual(before);
    }
  });

  it('updatePosition with only a new name keeps the one-stop desk not eligible for home work', async () => {
    const desk = await one(`SELECT p.id FROM position p JOIN agency a ON a.id = p.agency_id WHERE a.code = 'SNV' AND p.code = 'MC'`);
    const res = await t.gql<{ updatePosition: Record<string, unknown> }>(
      'mutation($input: UpdatePositionInput!) { updatePosition(input: $input) { name handlesAdministrativeProcedures receivesCitizens issuesDecisions active } }',
      { input: { id: desk.id, name: 'Chuyên viên một cửa' } },
      { token: hr },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.updatePosition).toEqual({ name: 'Chuyên viên một cửa', handlesAdministrativeProcedures: true, receivesCitizens: true, issuesDecisions: false, active: true });
  });

  it('updateUnit and updateAgency with only a new name keep code, head, parent and dates', async () => {
    const unit = await one(`SELECT id, code, head_id, parent_id FROM unit WHERE code = 'CCVC-DTBD'`);
    const u = await t.gql<{ updateUnit: Record<string, unknown> }>(
      'mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { name code headId parentId } }',
      { input: { id: unit.id, name: 'Tổ Đào tạo' } },
      { token: hr },
    );
    expect(u.data?.updateUnit).toEqual({ name: 'Tổ Đào tạo', code: unit.code, headId: unit.head_id, parentId: unit.parent_id });
    const agency = await one(`SELECT id, code, kind, valid_from::text AS valid_from, valid_to FROM agency WHERE code = 'SNV'`);
    const a = await t.gql<{ updateAgency: Record<string, unknown> }>(
      'mutation($input: UpdateAgencyInput!) { updateAgency(input: $input) { name code kind validFrom validTo } }',
      { input: { id: agency.id, name: 'Sở Nội vụ' } },
      { token: admin },
    );
    expect(a.data?.updateAgency).toEqual({ name: 'Sở Nội vụ', code: agency.code, kind: agency.kind, validFrom: agency.valid_from, validTo: agency.valid_to });
  });
});
