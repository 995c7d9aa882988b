import { createTestApp, GqlResponse, servedSchema, TestApp } from '@ketqua/api/testing';
import { getNamedType, GraphQLSchema, isObjectType, parse, TypeInfo, visit, visitWithTypeInfo } from 'graphql';

const ROLES = ['admin', 'hr', 'head', 'official', 'inspector'] as const;
type Who = (typeof ROLES)[number];

/** The exact request of issue 10 §2, as sent by official@ (minus the fields no longer on a named person). */
const ATTACK = `{ pilots { edges { node { units { __typename id officialCount head { __typename id email } children { __typename id head { __typename id email } } } } } } }`;
const ATTACK_PRIVATE = `{ pilots { edges { node { units { head { email role lastLoginAt } } } } } }`;

const PERSON = `{ __typename id email fullName position { name } }`;
const UNIT = `{ __typename id officialCount head ${PERSON} }`;
/** A path to every field that returns a named person or a unit (checked against the schema below). */
const PROBES = [
  ATTACK,
  `{ units(first: 100) { edges { node { __typename id officialCount head ${PERSON} parent ${UNIT} children ${UNIT} } } } }`,
  `{ officials(first: 100) { edges { node { unit ${UNIT} } } } }`,
  `{ me { unit ${UNIT} } }`,
  `{ assignments(first: 100) { edges { node { assignee ${PERSON} assignedBy ${PERSON} unit ${UNIT}
      deliverables { submittedBy ${PERSON} review { reviewer ${PERSON} } } } } } }`,
  `{ enrollments(first: 100) { edges { node { official ${PERSON} decidedBy ${PERSON} unit ${UNIT} } } } }`,
  `{ spotChecks(first: 100) { edges { node { official ${PERSON} unit ${UNIT} } } } }`,
  `{ mySpotChecks(first: 100) { edges { node { official ${PERSON} unit ${UNIT} } } } }`,
  `{ spotCheckFlags(first: 100) { edges { node { official ${PERSON} } } } }`,
  `{ absences(first: 100) { edges { node { official ${PERSON} } } } }`,
  `{ workLogs(first: 100) { edges { node { official ${PERSON} } } } }`,
  `{ auditEvents(first: 50) { edges { node { actor ${PERSON} } } } }`,
  `{ evaluations(first: 50) { edges { node { official ${PERSON} evaluator ${PERSON} scoredBy ${PERSON} unit ${UNIT} } } } }`,
  `query($unitId: ID!) { actingEvaluators(unitId: $unitId) { actingUser ${PERSON} } }`,
  `query($agencyId: ID!, $periodId: ID!) { quotaStatus(agencyId: $agencyId, periodId: $periodId) { wouldBreak { official ${PERSON} } reconsider { official ${PERSON} } } }`,
  `query($unitId: ID!, $periodId: ID!) { calibration(periodId: $periodId, unitId: $unitId) { scorers { scorer ${PERSON} } }
      workloadParity(periodId: $periodId, unitId: $unitId) { home { official ${PERSON} } } }`,
  `{ waiverRequests(first: 50) { edges { node { requestedBy ${PERSON} decidedBy ${PERSON} } } } }`,
  `query($unitId: ID!) { unitPresence(unitId: $unitId) { entries { official ${PERSON} } } unit(id: $unitId) ${UNIT} }`,
  `query($unitId: ID!) { unitOverview(unitId: $unitId) { today { entries { official ${PERSON} } } windows { officials { official ${PERSON} } } } }`,
  `{ myDataAccesses(first: 50) { edges { node { viewer ${PERSON} subject ${PERSON} } } } }`,
];

/** The only fields that return the full account record: each checks the caller's scope itself. */
const FULL_RECORD_FIELDS = [
  'AuthPayload.user',
  'CreateOfficialPayload.official',
  'Mutation.deactivateOfficial',
  'Mutation.reactivateOfficial',
  'Mutation.resetOfficialSecondFactor',
  'Mutation.unlockOfficial',
  'Mutation.updateOfficial',
  'OfficialEdge.node',
  'Query.me',
  'Query.official',
  'TemporaryPasswordPayload.official',
];

function fieldsReturning(schema: GraphQLSchema, typeName: string): string[] {
  return Object.values(schema.getTypeMap())
    .filter((t) => isObjectType(t) && !t.name.startsWith('__'))
    .flatMap((t) =>
      isObjectType(t)
        ? Object.values(t.getFields())
            .filter((f) => getNamedType(f.type).name === typeName)
            .map((f) => `${t.name}.${f.name}`)
        : [],
    )
    .sort();
}

/**
 * Issue 10 §2: nested fields ignored scope (official@ read other units' heads' e-mail and last
 * sign-in through pilots.units.head while official(id) was FORBIDDEN). A field naming a person
 * returns OfficialSummary (name, position; e-mail only within scope), a unit's head count only
 * within scope, and the full Official only where scope is checked.
 */
describe('nested fields apply the caller’s scope', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  const token = {} as Record<Who, string>;
  let headUnit: string;
  /** The demo's first (published) evaluation period and its agency, for the evaluation probes. */
  let periodId: string;
  let agencyId: string;

  beforeAll(async () => {
    t = await createTestApp({ seedDemo: 'full' });
    schema = await servedSchema(t.url);
    for (const who of ROLES) token[who] = await t.login(`${who}@demo.ketqua.vn`);
    headUnit = (await t.dataSource.query(`SELECT id FROM unit WHERE code = 'CCVC'`))[0].id;
    [{ id: periodId, agency_id: agencyId }] = await t.dataSource.query(`SELECT id, agency_id FROM evaluation_period WHERE agency_id IS NOT NULL ORDER BY starts_on LIMIT 1`);
  });
  afterAll(() => t.close());

  it('the full account record is returned only by scope-checked fields', () => {
    expect(fieldsReturning(schema, 'Official')).toEqual(FULL_RECORD_FIELDS);
    expect(fieldsReturning(schema, 'OfficialConnection')).toEqual(['Query.officials']);
  });

  it('the probes reach every field that names a person or a unit', () => {
    const reached = new Set<string>();
    for (const probe of PROBES) {
      const info = new TypeInfo(schema);
      visit(
        parse(probe),
        visitWithTypeInfo(info, {
          Field() {
            const parent = info.getParentType();
            const def = info.getFieldDef();
            if (parent && def) reached.add(`${parent.name}.${def.name}`);
          },
        }),
      );
    }
    const required = [...fieldsReturning(schema, 'OfficialSummary'), ...fieldsReturning(schema, 'Unit')].filter((f) => !f.startsWith('Mutation.'));
    expect(required.filter((f) => !reached.has(f))).toEqual([]);
  });

  it('as official@, the issue’s request shows no other person’s e-mail and counts only their own unit', async () => {
    const res = await t.gql<{
      pilots: {
        edges: Array<{
          node: { units: Array<{ id: string; officialCount: number | null; head: { email: string | null } | null; children: Array<{ head: { email: string | null } | null }> }> };
        }>;
      };
    }>(ATTACK, {}, { token: token.official });
    expect(res.errors).toBeUndefined();
    const units = res.data!.pilots.edges.flatMap((e) => e.node.units);
    expect(units.length).toBeGreaterThan(1);
    expect(units.flatMap((u) => [u.head, ...u.children.map((c) => c.head)]).filter((h) => h?.email)).toEqual([]);
    expect(units.filter((u) => u.officialCount !== null).map((u) => u.id)).toEqual([headUnit]);
    const privateFields = await t.gql(ATTACK_PRIVATE, {}, { token: token.official });
    expect(privateFields.errors?.[0].message).toMatch(/Cannot query field "role" on type "OfficialSummary"/);
  });

  it.each(ROLES)('as %s, a named person’s e-mail and a unit’s head count appear exactly when official(id) and unit(id) answer', async (who) => {
    const canSee = new Map<string, boolean>();
    const allowed = async (kind: 'official' | 'unit', id: string) => {
      const key = `${kind}:${id}`;
      if (!canSee.has(key)) {
        const res = await t.gql(`query($id: ID!) { ${kind}(id: $id) { id } }`, { id }, { token: token[who] });
        canSee.set(key, !res.errors);
      }
      return canSee.get(key);
    };
    const mismatches: string[] = [];
    let people = 0;
    const walk = async (node: unknown, probe: number): Promise<void> => {
      if (Array.isArray(node)) {
        for (const n of node) await walk(n, probe);
        return;
      }
      if (!node || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      if (o['__typename'] === 'OfficialSummary') {
        people++;
        if ((o['email'] !== null) !== (await allowed('official', o['id'] as string))) mismatches.push(`probe ${probe}: person ${o['id']} email ${o['email']}`);
      }
      if (o['__typename'] === 'Unit' && 'officialCount' in o) {
        if ((o['officialCount'] !== null) !== (await allowed('unit', o['id'] as string))) mismatches.push(`probe ${probe}: unit ${o['id']} count ${o['officialCount']}`);
      }
      for (const v of Object.values(o)) await walk(v, probe);
    };
    for (const [i, probe] of PROBES.entries()) {
      const res: GqlResponse = await t.gql(probe, { unitId: headUnit, periodId, agencyId }, { token: token[who] });
      // A role that may not use a list at all is refused as a whole (the guard), never in part.
      const refused = res.errors?.every((e) => e.extensions?.code === 'FORBIDDEN' && e.path?.length === 1);
      if (res.errors && !refused) mismatches.push(`probe ${i}: ${JSON.stringify(res.errors[0])}`);
      await walk(res.data, i);
    }
    expect(mismatches).toEqual([]);
    expect(people).toBeGreaterThan(0);
  });
});
