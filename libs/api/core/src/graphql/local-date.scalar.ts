import { DATE_RANGE, isDayInRange, isInstantInRange } from '@ketqua/domain';
import { GraphQLError, GraphQLScalarType, GraphQLSchema, Kind, ValueNode } from 'graphql';

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day as 'YYYY-MM-DD' (no time, no zone). */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = PATTERN.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

const badInput = (vi: string, en: string, reason: string) => new GraphQLError(`${vi} / ${en}`, { extensions: { code: 'BAD_USER_INPUT', reason } });
const outOfRange = (value: unknown) =>
  badInput(
    `Ngày ngoài khoảng cho phép: ${JSON.stringify(value)} (từ ${DATE_RANGE.first} đến ${DATE_RANGE.last})`,
    `Date out of range (${DATE_RANGE.first} to ${DATE_RANGE.last})`,
    'DATE_OUT_OF_RANGE',
  );

function format(value: unknown): string {
  if (!isLocalDate(value)) throw badInput(`Ngày không hợp lệ: ${JSON.stringify(value)} (định dạng YYYY-MM-DD)`, 'Invalid date (YYYY-MM-DD)', 'INVALID_DATE');
  return value;
}

/** A day from a client: a real day within DATE_RANGE (stored rows are sent back whatever they hold). */
function parse(value: unknown): string {
  const day = format(value);
  if (!isDayInRange(day)) throw outOfRange(value);
  return day;
}

/** A working day in Asia/Ho_Chi_Minh, e.g. 2026-02-16 (PRODUCT.md 4.2). */
export const LocalDateScalar = new GraphQLScalarType({
  name: 'LocalDate',
  description: 'A calendar day in Asia/Ho_Chi_Minh as YYYY-MM-DD (shown to users as dd/MM/yyyy).',
  serialize: (value) => format(value),
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

function parseInstant(value: unknown): Date {
  const instant = typeof value === 'string' && INSTANT.test(value) ? new Date(value) : null;
  if (!instant || Number.isNaN(instant.getTime())) {
    throw badInput(
      `Thời điểm không hợp lệ: ${JSON.stringify(value)} (ISO 8601, ví dụ 2026-03-06T10:00:00Z)`,
      'Invalid date-time (ISO 8601, e.g. 2026-03-06T10:00:00Z)',
      'INVALID_DATE',
    );
  }
  if (!isInstantInRange(instant)) throw outOfRange(value);
  return instant;
}

/**
 * Nest's DateTime scalar takes anything `new Date()` accepts (a number, "+275760-09-13T00:00:00Z",
 * which PostgreSQL cannot store): in the built schema its input side takes only an ISO 8601
 * instant with a zone, within DATE_RANGE. Output is unchanged.
 */
export function boundDateTimeInputs(schema: GraphQLSchema): GraphQLSchema {
  const scalar = schema.getType('DateTime');
  if (scalar instanceof GraphQLScalarType) {
    Object.assign(scalar, {
      parseValue: (value: unknown) => parseInstant(value),
      parseLiteral: (ast: ValueNode) => parseInstant(ast.kind === Kind.STRING ? ast.value : undefined),
    });
  }
  return schema;
}
