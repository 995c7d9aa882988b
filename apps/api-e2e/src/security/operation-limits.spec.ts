import { GraphQLSchemaHost } from '@nestjs/graphql';
import { armorProtection, operationCost } from '@ketqua/api/core';
import { createTestApp, errorCode, httpRequest, TestApp } from '@ketqua/api/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DocumentNode,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  OperationDefinitionNode,
  parse,
  print,
  typeFromAST,
  validate,
} from 'graphql';

const ALIASES_9000 = `{ ${Array.from({ length: 9000 }, (_, i) => `a${i}: unreadNotificationCount`).join(' ')} }`;

/** Issue 10 §4: one operation cannot hold the API; refusals are HTTP 400 with a typed reason. */
describe('operation limits', () => {
  let t: TestApp;
  let official: string;
  let hr: string;

  beforeAll(async () => {
    t = await createTestApp();
    official = await t.login('official@demo.ketqua.vn');
    hr = await t.login('hr@demo.ketqua.vn');
  });
  afterAll(() => t.close());

  it('refuses 9,000 aliases of unreadNotificationCount at once, and /health keeps answering meanwhile', async () => {
    const started = Date.now();
    const [attack, health] = await Promise.all([t.gql(ALIASES_9000, {}, { token: official }), new Promise((r) => setTimeout(r, 20)).then(() => httpRequest(`${t.url}/health`))]);
    expect(attack.status).toBe(400);
    expect(errorCode(attack)).toBe('BAD_USER_INPUT');
    expect(attack.errors?.[0].extensions?.reason).toBe('QUERY_TOO_MANY_TOKENS');
    expect(health.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses more aliases than allowed even in a short query', async () => {
    const res = await t.gql(`{ ${Array.from({ length: 21 }, (_, i) => `a${i}: unreadNotificationCount`).join(' ')} }`, {}, { token: official });
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.reason).toBe('QUERY_TOO_MANY_ALIASES');
    expect(res.errors?.[0].message).toMatch(/bí danh/);
    const few = await t.gql(`{ a: unreadNotificationCount b: unreadNotificationCount }`, {}, { token: official });
    expect(few.data).toEqual({ a: expect.any(Number), b: expect.any(Number) });
  });

  it('refuses an operation nested too deeply', async () => {
    const deep = `{ me { unit { ${'parent { '.repeat(14)}id${' }'.repeat(14)} } } }`;
    const res = await t.gql(deep, {}, { token: official });
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP' });
  });

  it('refuses an operation with too many directives', async () => {
    const res = await t.gql(`{ me { ${'id @include(if: true) '.repeat(30)} } }`, {}, { token: official });
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_MANY_DIRECTIVES' });
  });

  it('answers an over-complex query with HTTP 400 and QUERY_TOO_COMPLEX, not 500', async () => {
    const big = await t.gql(
      `{ ${Array.from({ length: 20 }, (_, i) => `o${i}: officials(first: 200) { edges { node { unit { agency { name } } position { name } rank { name } } } }`).join(' ')} }`,
      {},
      { token: hr },
    );
    expect(big.status).toBe(400);
    expect(big.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' });
  });

  it('caps the JSON body of /graphql with a typed 413', async () => {
    const limit = t.config.HTTP_JSON_LIMIT_BYTES;
    const body = JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(limit) } });
    const res = await httpRequest(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${official}` }, body });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('costs a property read 1 and a field with its own resolver (root, loader) 5, times the page size', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    expect(operationCost(schema, parse('{ me { fullName } }'))).toBe(5 + 1);
    expect(operationCost(schema, parse('{ me { unit { name } } }'))).toBe(5 + 5 + 1);
    expect(operationCost(schema, parse('{ officials(first: 100) { edges { node { fullName } } } }'))).toBe(5 + 100 * (1 + 1 + 1));
  });

  it('lets every operation of the dashboard through the same limits, with the largest page sizes', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const { validationRules } = armorProtection(t.config);
    const operations = dashboardOperations();
    expect(operations.length).toBeGreaterThan(40);
    const costs: Array<{ name: string; cost: number }> = [];
    for (const { name, document } of operations) {
      const source = print(document);
      expect(() => parse(source, { maxTokens: t.config.GRAPHQL_MAX_TOKENS })).not.toThrow();
      expect({ name, errors: validate(schema, document, validationRules).map((e) => e.message) }).toEqual({ name, errors: [] });
      const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
      if (!operation) continue;
      const cost = operationCost(schema, document, sampleVariables(schema, operation));
      costs.push({ name, cost });
    }
    expect(costs.filter((c) => c.cost > t.config.GRAPHQL_MAX_COMPLEXITY)).toEqual([]);
  });
});

/** The typed documents the dashboard sends, as graphql-codegen wrote them (one JSON AST per operation). */
function dashboardOperations(): Array<{ name: string; document: DocumentNode }> {
  const generated = readFileSync(join(__dirname, '../../../../libs/dashboard/data-access/src/gql/graphql.ts'), 'utf8');
  const found: Array<{ name: string; document: DocumentNode }> = [];
  for (const match of generated.matchAll(/^export const (\w+Document) = (\{.*\}) as unknown as DocumentNode/gm)) {
    found.push({ name: match[1], document: JSON.parse(match[2]) as DocumentNode });
  }
  return found;
}

/** Values for an operation's variables: page sizes at their maximum (200), the rest any valid value. */
function sampleVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  const sample = (type: GraphQLInputType, name: string): unknown => {
    if (isNonNullType(type)) return sample(type.ofType, name);
    if (isListType(type)) return [sample(type.ofType, name)];
    if (isEnumType(type)) return type.getValues()[0].value;
    if (isInputObjectType(type)) {
      return Object.fromEntries(
        Object.values(type.getFields())
          .filter((f) => isNonNullType(f.type))
          .map((f) => [f.name, sample(f.type, f.name)]),
      );
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case 'Int':
          return name === 'first' ? 200 : 1;
        case 'Float':
          return 1;
        case 'Boolean':
          return true;
        case 'ID':
          return '00000000-0000-4000-8000-000000000000';
        case 'LocalDate':
          return '2026-03-02';
        case 'DateTime':
          return '2026-03-02T09:00:00.000Z';
        default:
          return 'x';
      }
    }
    return null;
  };
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, sample(typeFromAST(schema, v.type as never) as GraphQLInputType, v.variable.name.value)]),
  );
}
