import { createTestApp, errorCode, GqlResponse, httpRequest, TestApp } from '@ketqua/api/testing';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  GraphQLNamedType,
  isUnionType,
  isInterfaceType,
} from 'graphql';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hcm, pdf, Q, signIn } from '../work/work-fixtures';

const NUL = 'a\u0000b';
const LONE_SURROGATE = 'a\ud800b';

/**
 * Issue 10 §4: bad input is the client's mistake: BAD_USER_INPUT naming the field, nothing
 * written, never a server error. Text is checked once, at the validation edge.
 */
describe('bad input at the validation edge', () => {
  let t: TestApp;
  let dataDir: string;
  let token: Record<string, string>;
  let idOf: Record<string, string>;
  let snv: string;
  let ccvc: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ketqua-bad-input-'));
    t = await createTestApp({ env: { KETQUA_DATA_DIR: dataDir } });
    t.clock.setNow(hcm('2026-03-02T09:00:00'));
    ({ token, idOf } = await signIn(t));
    snv = (await t.dataSource.query(`SELECT id FROM agency WHERE code = 'SNV'`))[0].id;
    ccvc = (await t.dataSource.query(`SELECT id FROM unit WHERE code = 'CCVC' AND agency_id = $1`, [snv]))[0].id;
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Row counts of what these requests could write. */
  const snapshot = async () => {
    const rows = await t.dataSource.query(`SELECT
      (SELECT count(*) FROM audit_event) AS audit, (SELECT count(*) FROM work_log) AS logs, (SELECT count(*) FROM unit) AS units,
      (SELECT count(*) FROM assignment) AS assignments, (SELECT count(*) FROM app_user) AS users, (SELECT count(*) FROM stored_file) AS files`);
    return rows[0] as Record<string, string>;
  };

  const expectRefusedField = (res: GqlResponse<unknown>, field: string) => {
    expect({ status: res.status, code: errorCode(res), errors: res.errors?.length }).toMatchObject({ code: 'BAD_USER_INPUT', errors: 1 });
    expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toContain(field);
  };

  const deadline = () => hcm('2026-03-13T17:00:00').toISOString();

  it.each([
    ['NUL', NUL],
    ['a lone surrogate', LONE_SURROGATE],
  ])('answers %s in a string with BAD_USER_INPUT and writes nothing', async (_label, bad) => {
    const before = await snapshot();
    expectRefusedField(await t.gql(Q.log, { input: { minutes: 30, note: bad, workDate: '2026-03-02' } }, { token: token['official'] }), 'input.note');
    expectRefusedField(await t.gql(`query($s: String) { officials(filter: { search: $s }) { totalCount } }`, { s: bad }, { token: token['hr'] }), 'filter.search');
    expectRefusedField(
      await t.gql(
        `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`,
        { input: { agencyId: snv, parentId: ccvc, code: 'to-moi', name: bad } },
        { token: token['hr'] },
      ),
      'input.name',
    );
    expectRefusedField(
      await t.gql(Q.create, { input: { assigneeIds: [idOf['official']], title: bad, quantity: 1, deadline: deadline() } }, { token: token['head'] }),
      'input.title',
    );
    const officialsCsv = `email,full_name,staff_category,unit_code,position_code,rank_code,role,is_leader\nmoi@demo.ketqua.vn,Người ${bad},CONG_CHUC,CCVC,,,OFFICIAL,false`;
    expectRefusedField(
      await t.gql(
        `mutation($input: ImportOfficialsInput!) { importOfficials(input: $input) { created } }`,
        { input: { agencyId: snv, csv: officialsCsv } },
        { token: token['hr'] },
      ),
      'input.csv',
    );
    const assignmentsCsv = `document_number,title,assignee_email,catalogue_code,quantity,deadline\n1/SNV,Việc ${bad},official@demo.ketqua.vn,,1,20/03/2026`;
    expectRefusedField(await t.gql(Q.import, { input: { csv: assignmentsCsv } }, { token: token['head'] }), 'input.csv');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses other control characters in one-line fields but keeps line breaks and tabs in notes, and stores text in NFC', async () => {
    expectRefusedField(
      await t.gql(Q.create, { input: { assigneeIds: [idOf['official']], title: 'Dòng một\nDòng hai', quantity: 1, deadline: deadline() } }, { token: token['head'] }),
      'input.title',
    );
    expectRefusedField(await t.gql(Q.log, { input: { minutes: 30, note: 'chuông \u0007', workDate: '2026-03-02' } }, { token: token['official'] }), 'input.note');
    const decomposed = 'Soa\u0323n tha\u0309o\r\nmu\u0323c 1\tđã xong';
    const logged = await t.gql<{ logWork: { id: string; note: string } }>(
      Q.log,
      { input: { minutes: 30, note: decomposed, workDate: '2026-03-02' } },
      { token: token['official'] },
    );
    expect(logged.errors).toBeUndefined();
    expect(logged.data?.logWork.note).toBe('Soạn thảo\nmục 1\tđã xong');
    expect(logged.data?.logWork.note).toBe(decomposed.normalize('NFC').replace('\r\n', '\n'));
  });

  it.each([
    ['officials', `query($after: String) { officials(after: $after) { totalCount } }`, 'WzEsMl0='],
    ['officials', `query($after: String) { officials(after: $after) { totalCount } }`, 'WyJ4Iiwibm90LXV1aWQiXQ=='],
    ['assignments', `query($after: String) { assignments(after: $after) { totalCount } }`, 'WyJub3RhZGF0ZSIsIngiXQ=='],
    [
      'assignments',
      `query($after: String) { assignments(after: $after) { totalCount } }`,
      Buffer.from(JSON.stringify(['notadate', '00000000-0000-4000-8000-000000000000'])).toString('base64'),
    ],
    [
      'notifications',
      `query($after: String) { notifications(after: $after) { totalCount } }`,
      Buffer.from(JSON.stringify([2, '00000000-0000-4000-8000-000000000000'])).toString('base64'),
    ],
  ])('answers a forged %s cursor %s with BAD_CURSOR', async (_list, query, after) => {
    const res = await t.gql(query, { after }, { token: token['hr'] });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.reason).toBe('BAD_CURSOR');
  });

  it('still pages with the cursors it hands out', async () => {
    for (const title of ['Việc một', 'Việc hai']) {
      expect((await t.gql(Q.create, { input: { assigneeIds: [idOf['official']], title, quantity: 1, deadline: deadline() } }, { token: token['head'] })).errors).toBeUndefined();
    }
    const first = await t.gql<{ officials: { pageInfo: { endCursor: string } } }>(`{ officials(first: 2) { pageInfo { endCursor } } }`, {}, { token: token['hr'] });
    const next = await t.gql(
      `query($after: String) { officials(first: 2, after: $after) { totalCount } }`,
      { after: first.data?.officials.pageInfo.endCursor },
      { token: token['hr'] },
    );
    expect(next.errors).toBeUndefined();
    const assignments = await t.gql<{ assignments: { pageInfo: { endCursor: string | null } } }>(
      `{ assignments(first: 1) { pageInfo { endCursor } } }`,
      {},
      { token: token['head'] },
    );
    const after = assignments.data?.assignments.pageInfo.endCursor;
    expect(after).toBeTruthy();
    expect((await t.gql(`query($after: String) { assignments(first: 1, after: $after) { totalCount } }`, { after }, { token: token['head'] })).errors).toBeUndefined();
  });

  it('refuses a deadline beyond what can be stored, and dates outside 2000–2100, with BAD_USER_INPUT', async () => {
    const before = await snapshot();
    for (const d of ['+275760-09-13T00:00:00.000Z', '9999-12-31T10:00:00.000Z', '1999-12-31T10:00:00.000Z', 1_900_000_000_000]) {
      const res = await t.gql(Q.create, { input: { assigneeIds: [idOf['official']], title: 'Hạn xa', quantity: 1, deadline: d } }, { token: token['head'] });
      expect({ d, code: errorCode(res) }).toEqual({ d, code: 'BAD_USER_INPUT' });
    }
    const absence = `mutation($input: RecordAbsenceInput!) { recordAbsence(input: $input) { id } }`;
    for (const [startDate, endDate] of [
      ['0100-01-01', '9999-12-31'],
      ['2026-03-02', '9999-12-31'],
      ['1999-12-31', '2026-03-02'],
    ]) {
      const res = await t.gql(absence, { input: { officialId: idOf['official'], kind: 'LEAVE', startDate, endDate } }, { token: token['hr'] });
      expect({ startDate, endDate, code: errorCode(res) }).toEqual({ startDate, endDate, code: 'BAD_USER_INPUT' });
    }
    const pilot = await t.gql(
      `mutation($input: CreatePilotInput!) { createPilot(input: $input) { id } }`,
      {
        input: { name: 'Thí điểm năm 9999', decisionNumber: '1/QĐ', startDate: '9999-01-01', endDate: '9999-12-31', unitIds: [ccvc] },
      },
      { token: token['hr'] },
    );
    expect(errorCode(pilot)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(pilot.errors)).toContain('2100-12-31');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a file name with NUL or given twice, strips other control characters from names, and keeps nothing refused', async () => {
    const before = await snapshot();
    for (const query of ['name=a%00b.txt', 'name=a.txt&name=b.txt']) {
      const res = await httpRequest(`${t.url}/files?${query}`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${token['official']}` },
        body: Buffer.from('xin chào'),
      });
      expect({ query, status: res.status, code: JSON.parse(res.body).code }).toEqual({ query, status: 400, code: 'BAD_USER_INPUT' });
    }
    expect(await snapshot()).toEqual(before);
    const res = await httpRequest(`${t.url}/files?name=${encodeURIComponent('Báo cáo\r\n tuần\t10.pdf')}`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf', authorization: `Bearer ${token['official']}` },
      body: pdf('tuần 10'),
    });
    expect(res.status).toBe(201);
    expect(JSON.parse(res.body).name).toBe('Báo cáo tuần10.pdf');
    const [row] = await t.dataSource.query(`SELECT original_name FROM stored_file WHERE id = $1`, [JSON.parse(res.body).id]);
    expect(row.original_name).toBe('Báo cáo tuần10.pdf');
  });

  it('answers NUL in every string argument of every query and mutation with BAD_USER_INPUT naming it', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const cases = stringArgumentCases(schema);
    expect(cases.length).toBeGreaterThan(80);
    const roles = ['admin', 'hr', 'head', 'official', 'inspector'];
    const missed: string[] = [];
    const before = await snapshot();
    for (const c of cases) {
      let res: GqlResponse<unknown> | undefined;
      // The first role the operation admits (guards answer FORBIDDEN before any argument is read).
      for (const role of roles) {
        res = await t.gql(c.query, c.variables, { token: token[role] });
        if (!['FORBIDDEN', 'UNAUTHENTICATED', 'PASSWORD_CHANGE_REQUIRED'].includes(errorCode(res) ?? '')) break;
      }
      const fields = res?.errors?.[0]?.extensions?.fields?.map((f) => f.field) ?? [];
      if (errorCode(res!) !== 'BAD_USER_INPUT' || !fields.includes(c.path)) missed.push(`${c.operation} ${c.path}: ${JSON.stringify(res?.errors?.[0] ?? res?.data)}`);
    }
    expect(missed).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });
});

interface StringArgumentCase {
  operation: string;
  /** Where the NUL is, as the refusal names it: input.title, filter.search, after. */
  path: string;
  query: string;
  variables: Record<string, unknown>;
}

/** One request per string reachable in the arguments of every query and mutation, with NUL in that string. */
function stringArgumentCases(schema: GraphQLSchema): StringArgumentCase[] {
  const cases: StringArgumentCase[] = [];
  for (const [kind, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      for (const arg of field.args) {
        for (const path of stringPaths(arg.type, arg.name, 0)) {
          const variables = Object.fromEntries(field.args.filter((a) => isNonNullType(a.type) || a.name === arg.name).map((a) => [a.name, sample(a.type, a.name)]));
          variables[arg.name] = withNul(variables[arg.name], arg.type, path.split('.').slice(1));
          cases.push({ operation: `${kind} ${field.name}`, path: path.replace(/\.\[\]/g, '[0]'), query: operationText(kind, field), variables });
        }
      }
    }
  }
  return cases;
}

function stringPaths(type: GraphQLInputType, path: string, depth: number): string[] {
  if (isNonNullType(type)) return stringPaths(type.ofType, path, depth);
  if (isListType(type)) return stringPaths(type.ofType, `${path}.[]`, depth);
  if (isScalarType(type)) return ['String', 'ID'].includes(type.name) ? [path] : [];
  if (isInputObjectType(type) && depth < 3) return Object.values(type.getFields()).flatMap((f) => stringPaths(f.type, `${path}.${f.name}`, depth + 1));
  return [];
}

function sample(type: GraphQLInputType, name = ''): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name);
  if (isListType(type)) return [sample(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type))
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type, f.name)]),
    );
  if (name === 'email') return 'nobody@demo.ketqua.vn';
  switch (type.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'ID':
      return '00000000-0000-4000-8000-000000000000';
    case 'LocalDate':
      return '2026-03-02';
    case 'DateTime':
      return '2026-03-13T10:00:00.000Z';
    default:
      return 'x';
  }
}

/** The sample value with NUL put at `path` (field names, '[]' for a list's first item). */
function withNul(value: unknown, type: GraphQLInputType, path: string[]): unknown {
  if (isNonNullType(type)) return withNul(value, type.ofType, path);
  if (isListType(type)) return [withNul(Array.isArray(value) ? value[0] : undefined, type.ofType, path.slice(1))];
  if (path.length === 0) return NUL;
  if (!isInputObjectType(type)) return value;
  const fieldType = type.getFields()[path[0]].type;
  const record = { ...((value as Record<string, unknown>) ?? sample(type)) } as Record<string, unknown>;
  record[path[0]] = withNul(record[path[0]] ?? (isNonNullType(fieldType) ? sample(fieldType, path[0]) : undefined), fieldType, path.slice(1));
  return record;
}

function operationText(kind: string, field: GraphQLField<unknown, unknown>): string {
  const defs = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named: GraphQLNamedType = getNamedType(field.type);
  const selection = isObjectType(named) || isUnionType(named) || isInterfaceType(named) ? ' { __typename }' : '';
  return `${kind}${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}
