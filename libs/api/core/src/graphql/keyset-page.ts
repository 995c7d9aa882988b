import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadInputError } from '../errors/app-error';
import { ConnectionShape, PageArgs } from './connection';

type CursorValue = string | number | boolean | null;

function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decodeCursor(cursor: string, length: number): CursorValue[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === length) return values;
  } catch {
    // fall through to the typed error
  }
  throw new BadInputError('BAD_CURSOR', { vi: 'Con trỏ trang (after) không hợp lệ; hãy tải lại danh sách.', en: 'The page cursor (after) is not valid; reload the list.' }, [
    { field: 'after', message: { vi: 'after: con trỏ không hợp lệ', en: 'after: invalid cursor' } },
  ]);
}

export interface KeysetOrder<E> {
  /** SQL expressions of the sort key, e.g. ['o.full_name', 'o.id']; the last must be unique. */
  columns: string[];
  /** The same values read from an entity, for the cursor. */
  values: (entity: E) => CursorValue[];
  /** Newest first (notifications, work logs): every column DESC and the cursor compares with `<`. */
  descending?: boolean;
}

/**
 * Keyset pagination: `WHERE (k1, k2) > (:c1, :c2) ORDER BY k1, k2 LIMIT first + 1`, so a page
 * costs the same at row 10 and row 100,000. totalCount is counted with the same filters.
 */
export async function keysetPage<E extends ObjectLiteral, N>(
  qb: SelectQueryBuilder<E>,
  page: PageArgs,
  order: KeysetOrder<E>,
  toNode: (e: E) => N,
): Promise<ConnectionShape<N>> {
  const first = page.first ?? 20;
  const totalCount = await qb.clone().getCount();
  const ordered = qb.clone();
  const direction = order.descending ? 'DESC' : 'ASC';
  order.columns.forEach((col, i) => (i === 0 ? ordered.orderBy(col, direction) : ordered.addOrderBy(col, direction)));
  if (page.after) {
    const values = decodeCursor(page.after, order.columns.length);
    const params = Object.fromEntries(values.map((v, i) => [`cursor_${i}`, v]));
    ordered.andWhere(`(${order.columns.join(', ')}) ${order.descending ? '<' : '>'} (${values.map((_, i) => `:cursor_${i}`).join(', ')})`, params);
  }
  const rows = await ordered.take(first + 1).getMany();
  const pageRows = rows.slice(0, first);
  const edges = pageRows.map((row) => ({ cursor: encodeCursor(order.values(row)), node: toNode(row) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: !!page.after,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
