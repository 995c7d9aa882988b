import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isInputObjectType } from 'graphql';
import { printAppSchema } from '@ketqua/api/shell';

/** The committed schema.gql is what the code emits: the dashboard's codegen reads that file. */
describe('committed GraphQL schema', () => {
  it('matches the schema the code emits (run `npm run schema:emit` after changing the API)', async () => {
    const committed = readFileSync(join(__dirname, '../../api/schema.gql'), 'utf8');
    expect(await printAppSchema()).toBe(committed);
  });
});

/** Issue 10 §2: a default on an update input overwrote what the caller omitted. */
describe('update inputs', () => {
  it('have no default values: an omitted field is never changed', async () => {
    const schema = buildSchema(await printAppSchema());
    const updateInputs = Object.values(schema.getTypeMap()).filter((t) => isInputObjectType(t) && /^(Update|Change|Edit|Patch)/.test(t.name));
    expect(updateInputs.length).toBeGreaterThan(5);
    const withDefaults = updateInputs.flatMap((t) =>
      isInputObjectType(t)
        ? Object.values(t.getFields())
            .filter((f) => f.defaultValue !== undefined)
            .map((f) => `${t.name}.${f.name}`)
        : [],
    );
    expect(withDefaults).toEqual([]);
  });
});
