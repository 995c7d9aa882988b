import { isUUID } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { isStorableText } from './input-transforms';
import { isLocalDate } from './local-date.scalar';
import { BadInputError } from '../errors/app-error';
import { ConnectionShape, PageArgs } from './connection';

type CursorValue = string | number | boolean | null;

function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** Whether a decoded cursor value can stand for a column of this type (a forged cursor must not reach SQL). */
function fitsColumn(value: unknown, columnType: string | undefined): boolean {
  switch (columnType) {
    case 'uuid':
      return typeof value === 'string' && isUUID(value);
    case 'date':
      return isLocalDate(value);
    case 'timestamptz':
    case 'timestamp':
    case 'timestamp with time zone':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value));
    case 'int':
    case 'integer':
    case 'smallint':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'bigint': // pg returns bigint as a string of digits, so cursors carry it so
      return (typeof value === 'number' && Number.isSafeInteger(value)) || (typeof value === 'string' && /^-?\d{1,19}$/.test(value));
    case 'numeric':
    case 'decimal':
    case 'real':
    case 'double precision':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    default: // text and the like
      return typeof value === 'string' && isStorableText(value);
  }
}

/** The database type of each sort column ('o.fullName' → the entity column of alias o), from TypeORM's metadata. */
function columnTypes<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>, columns: string[]): Array<string | undefined> {
  return columns.map((expression) => {
    const [aliasName, property] = expression.split('.');
    const alias = qb.expressionMap.aliases.find((a) => a.name === aliasName);
    const column = alias?.hasMetadata ? alias.metadata.findColumnWithPropertyPath(property) : undefined;
    if (!column) return undefined;
    if (typeof column.type === 'string') return column.type;
    return column.type === Number ? 'integer' : column.type === Boolean ? 'boolean' : column.type === Date ? 'timestamptz' : 'text';
  });
}

function decodeCursor(cursor: string, types: Array<string | undefined>): CursorValue[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === types.length && values.every((v, i) => fitsColumn(v, types[i]))) return values as CursorValue[];
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
 * costs the same at row 10 and row 100,000. totalCount is counted with the same filters, and only
 * when the client selects it (the first page then costs one query, not two).
 */
export async function keysetPage<E extends ObjectLiteral, N>(qb: SelectQueryBuilder<E>, page: PageArgs, order: KeysetOrder<E>, toNode: (e: E) => N): Promise<ConnectionShape<N>> {
  const first = page.first ?? 20;
  const counting = qb.clone();
  let counted: Promise<number> | undefined;
  const ordered = qb.clone();
  const direction = order.descending ? 'DESC' : 'ASC';
  order.columns.forEach((col, i) => (i === 0 ? ordered.orderBy(col, direction) : ordered.addOrderBy(col, direction)));
  if (page.after) {
    const values = decodeCursor(page.after, columnTypes(qb, order.columns));
    const params = Object.fromEntries(values.map((v, i) => [`cursor_${i}`, v]));
    ordered.andWhere(`(${order.columns.join(', ')}) ${order.descending ? '<' : '>'} (${values.map((_, i) => `:cursor_${i}`).join(', ')})`, params);
  }
  const rows = await ordered.take(first + 1).getMany();
  const pageRows = rows.slice(0, first);
  const edges = pageRows.map((row) => ({ cursor: encodeCursor(order.values(row)), node: toNode(row) }));
  return {
    edges,
    get totalCount() {
      return (counted ??= counting.getCount());
    },
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: !!page.after,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** The same connection with each node mapped, keeping totalCount lazy (a spread would start the count). */
export function mapEdges<A, B>(connection: ConnectionShape<A>, map: (node: A, index: number) => B): ConnectionShape<B> {
  return {
    edges: connection.edges.map((edge, i) => ({ cursor: edge.cursor, node: map(edge.node, i) })),
    pageInfo: connection.pageInfo,
    get totalCount() {
      return connection.totalCount;
    },
  };
}
