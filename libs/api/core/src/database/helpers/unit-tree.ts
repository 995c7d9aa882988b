// Walks of the unit tree, each one recursive query (never a query per level). Every feature that
// needs "this unit and below" or "is this unit under that one" asks here.

/** Anything that runs SQL: the DataSource, or a transaction's EntityManager (to read its own writes). */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

async function ids(db: Queryable, sql: string, params: unknown[]): Promise<string[]> {
  return ((await db.query(sql, params)) as Array<{ id: string }>).map((r) => r.id);
}

const DOWN = (start: string) => `WITH RECURSIVE subtree AS (
     SELECT id FROM unit WHERE ${start}
     UNION
     SELECT u.id FROM unit u JOIN subtree s ON u.parent_id = s.id
   ) SELECT id FROM subtree`;

/** A unit and every unit below it. */
export function unitSubtree(db: Queryable, unitId: string): Promise<string[]> {
  return ids(db, DOWN('id = $1'), [unitId]);
}

/** The units a person heads and every unit below them. */
export function headedUnitSubtree(db: Queryable, headId: string): Promise<string[]> {
  return ids(db, DOWN('head_id = $1'), [headId]);
}

/** A unit and every unit above it, up to the top of its agency. */
export function unitAncestry(db: Queryable, unitId: string): Promise<string[]> {
  return ids(
    db,
    `WITH RECURSIVE up AS (
       SELECT id, parent_id FROM unit WHERE id = $1
       UNION
       SELECT u.id, u.parent_id FROM unit u JOIN up ON u.id = up.parent_id
     ) SELECT id FROM up`,
    [unitId],
  );
}

/** Whether `unitId` is `ancestorId` or below it. */
export async function isUnitWithin(db: Queryable, unitId: string, ancestorId: string): Promise<boolean> {
  return (await unitAncestry(db, unitId)).includes(ancestorId);
}
