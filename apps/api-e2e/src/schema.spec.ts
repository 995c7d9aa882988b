import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printAppSchema } from '@ketqua/api/shell';

/** The committed schema.gql is what the code emits: the dashboard's codegen reads that file. */
describe('committed GraphQL schema', () => {
  it('matches the schema the code emits (run `npm run schema:emit` after changing the API)', async () => {
    const committed = readFileSync(join(__dirname, '../../api/schema.gql'), 'utf8');
    expect(await printAppSchema()).toBe(committed);
  });
});
