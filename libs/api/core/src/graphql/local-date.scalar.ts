import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day as 'YYYY-MM-DD' (no time, no zone). */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = PATTERN.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function parse(value: unknown): string {
  if (!isLocalDate(value)) {
    throw new GraphQLError(`Ngày không hợp lệ: ${JSON.stringify(value)} (định dạng YYYY-MM-DD) / Invalid date (YYYY-MM-DD)`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** A working day in Asia/Ho_Chi_Minh, e.g. 2026-02-16 (PRODUCT.md 4.2). */
export const LocalDateScalar = new GraphQLScalarType({
  name: 'LocalDate',
  description: 'A calendar day in Asia/Ho_Chi_Minh as YYYY-MM-DD (shown to users as dd/MM/yyyy).',
  serialize: (value) => parse(value),
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
