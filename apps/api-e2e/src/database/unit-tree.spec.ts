import { headedUnitSubtree, isUnitWithin, Queryable, unitAncestry, unitSubtree } from '@ketqua/api/core';
import { connectTestDatabase, resetTestDatabase } from '@ketqua/api/testing';
import { Client } from 'pg';

/**
 * The unit-tree walks of libs/api/core (shared by access scope, the org module's cycle check and
 * the work module's catalogue check): right answers on a deep tree, one query each whatever the depth.
 */
describe('unit tree walks (core database helpers)', () => {
  let client: Client;
  let queries = 0;
  const db: Queryable = {
    query: async (sql, params) => {
      queries++;
      return (await client.query(sql, params as unknown[])).rows;
    },
  };
  const chain: string[] = []; // chain[0] is the top, chain[7] the deepest
  let sibling: string;

  beforeAll(async () => {
    await resetTestDatabase();
    client = await connectTestDatabase();
    const [agency] = (await client.query(`INSERT INTO agency (code, name, kind, valid_from, version) VALUES ('T', 'Test', 'OTHER', '2026-01-01', 1) RETURNING id`)).rows;
    for (let depth = 0; depth < 8; depth++) {
      const [unit] = (
        await client.query(`INSERT INTO unit (agency_id, parent_id, code, name, version) VALUES ($1, $2, $3, $3, 1) RETURNING id`, [
          agency.id,
          chain[depth - 1] ?? null,
          `L${depth}`,
        ])
      ).rows;
      chain.push(unit.id);
    }
    [{ id: sibling }] = (await client.query(`INSERT INTO unit (agency_id, parent_id, code, name, version) VALUES ($1, $2, 'S', 'S', 1) RETURNING id`, [agency.id, chain[2]])).rows;
  });
  afterAll(() => client.end());

  const counted = async <T>(run: () => Promise<T>): Promise<{ value: T; queries: number }> => {
    queries = 0;
    const value = await run();
    return { value, queries };
  };

  it('answers "is this unit under that one" in one query at any depth', async () => {
    expect(await counted(() => isUnitWithin(db, chain[7], chain[0]))).toEqual({ value: true, queries: 1 });
    expect(await counted(() => isUnitWithin(db, chain[7], chain[7]))).toEqual({ value: true, queries: 1 });
    expect(await counted(() => isUnitWithin(db, chain[0], chain[7]))).toEqual({ value: false, queries: 1 });
    expect(await counted(() => isUnitWithin(db, sibling, chain[3]))).toEqual({ value: false, queries: 1 });
    expect(await counted(() => isUnitWithin(db, sibling, chain[2]))).toEqual({ value: true, queries: 1 });
  });

  it('lists a subtree, a headed subtree and an ancestry in one query each', async () => {
    const sorted = (ids: string[]) => [...ids].sort();
    expect(await counted(async () => sorted(await unitSubtree(db, chain[2])))).toEqual({ value: sorted([...chain.slice(2), sibling]), queries: 1 });
    expect(await counted(async () => sorted(await unitAncestry(db, chain[5])))).toEqual({ value: sorted(chain.slice(0, 6)), queries: 1 });
    expect(await counted(() => headedUnitSubtree(db, '00000000-0000-4000-8000-000000000000'))).toEqual({ value: [], queries: 1 });
  });
});
