import fc from 'fast-check';
import { GraphQLInputType, GraphQLInputObjectType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType } from 'graphql';

/**
 * Real ids of the database the fuzzer hits, so a case can name a row of another unit or agency
 * (the refusals that matter are about real rows, not only random UUIDs). `byTable` keys are table
 * names; `all` is every id of the pool.
 */
export interface IdPool {
  byTable: Record<string, string[]>;
  all: string[];
  /** The app's today (YYYY-MM-DD): dates near it reach the rules about windows and deadlines. */
  today?: string;
}

/** Where a value sits: the input field's name picks the table its ids come from (unitId → unit). */
interface Place {
  field: string;
  /** The mutation's name, for an `id` field (updateUnit's id is a unit's). */
  mutation: string;
}

const NASTY_CHARS = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\b',
  '\t',
  '\n',
  '\r',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u200b',
  '\u200e',
  '\u202e',
  '\u2028',
  '\ufeff',
  '\ufffd',
  '\uffff',
];
const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff'];
const SPECIAL_STRINGS = [
  '',
  ' ',
  '   ',
  '\u0000',
  'a\u0000b',
  'Nguyễn Văn A',
  // The same name decomposed (NFD): a different byte sequence for the same text.
  'Nguye\u0302\u0303n Va\u0306n A',
  "'; DROP TABLE app_user; --",
  '%',
  '_',
  '\\',
  '${jndi:ldap://x}',
  '<script>alert(1)</script>',
  '=cmd|"/c calc"!A1',
  '../../etc/passwd',
  'null',
  'undefined',
  '0',
  '-1',
  '1e309',
  'NaN',
  '2026-02-30',
  '00000000-0000-0000-0000-000000000000',
  '😀'.repeat(3),
  '\ud83d',
  'x\udc00y',
];

/** Text a person would type: gets past the validation, so the services' own rules are fuzzed too. */
const plausibleString = fc.oneof(
  fc.constantFrom(
    'Báo cáo tuần',
    'Soạn thảo văn bản trả lời công dân',
    'Nguyễn Thị Hoa',
    'Phòng Tổ chức',
    'CCVC',
    'QD-01',
    'Lý do chính đáng',
    'hoa@demo.ketqua.vn',
    'official@demo.ketqua.vn',
  ),
  fc.stringMatching(/^[A-Z][A-Z0-9-]{1,8}$/),
  fc.emailAddress(),
);

/** Past every max length, some past the JSON body limit: the costliest cases, so one string in ~35. */
const hugeString = fc.constantFrom(256, 1001, 5000, 70_000, 300_000).chain((n) => fc.constantFrom('a', 'ễ', '\u0000', '😀').map((c) => c.repeat(n)));

/** Strings a user could never type but a client can send: controls, NUL, lone surrogates, bidi marks, huge. */
const hostileString = (huge: boolean): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 10, arbitrary: plausibleString },
    { weight: 8, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 6, arbitrary: fc.constantFrom(...SPECIAL_STRINGS) },
    { weight: 6, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    {
      weight: 4,
      arbitrary: fc.array(fc.oneof(fc.constantFrom(...NASTY_CHARS, ...LONE_SURROGATES), fc.string({ maxLength: 3 })), { maxLength: 12 }).map((parts) => parts.join('')),
    },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
    ...(huge ? [{ weight: 1, arbitrary: hugeString }] : []),
  );
export const nastyString: fc.Arbitrary<string> = hostileString(true);
/** The same without huge strings: inside a long list (20–200 items), where one huge value per item would make every such case megabytes. */
const nastyShortString = hostileString(false);

const uuid = fc.uuid();
const notAUuid = fc.oneof(
  fc.constantFrom('', '1', 'abc', '00000000-0000-0000-0000-00000000000g', '00000000000000000000000000000000', '{00000000-0000-4000-8000-000000000000}'),
  nastyString,
);

function tableFor(place: Place, pool: IdPool): string[] {
  const name = place.field === 'id' || place.field === 'ids' ? place.mutation.replace(/^[a-z]+/, '') : place.field.replace(/Ids?$/, '');
  const snake = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  const candidates = Object.keys(pool.byTable).filter((t) => snake === t || snake.endsWith(`_${t}`) || t.endsWith(`_${snake}`));
  if (/(official|head|user|evaluator|assignee|recipient|person|actor|approver|reviewer)$/.test(snake)) candidates.push('app_user');
  return candidates.flatMap((t) => pool.byTable[t] ?? []);
}

function idArbitrary(place: Place, pool: IdPool): fc.Arbitrary<string> {
  const matching = tableFor(place, pool);
  return fc.oneof(
    ...(matching.length ? [{ weight: 5, arbitrary: fc.constantFrom(...matching) }] : []),
    ...(pool.all.length ? [{ weight: 3, arbitrary: fc.constantFrom(...pool.all) }] : []),
    { weight: 3, arbitrary: uuid },
    { weight: 1, arbitrary: notAUuid },
  );
}

const day = fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const nearToday = (today: string) => fc.integer({ min: -40, max: 40 }).map((n) => new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10));
const localDateNear = (today: string | undefined) => (today ? fc.oneof({ weight: 1, arbitrary: localDate }, { weight: 2, arbitrary: nearToday(today) }) : localDate);
const localDate = fc.oneof(
  { weight: 6, arbitrary: day },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '0001-01-01',
      '9999-12-31',
      '1970-01-01',
      '2026-02-29',
      '2028-02-29',
      '2026-02-30',
      '2026-13-01',
      '2026-00-10',
      '2026-1-1',
      '26-03-02',
      '2026-03-02T00:00:00Z',
      '',
    ),
  },
  { weight: 1, arbitrary: nastyString },
);
const dateTime = fc.oneof(
  { weight: 6, arbitrary: fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()) },
  { weight: 1, arbitrary: fc.constantFrom('0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2026-03-02T25:00:00Z', '2026-03-02', '1e20', '') },
  { weight: 1, arbitrary: nastyString },
);
const int = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -3, max: 30 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, 1, -1, 7, 12, 24, 59, 60, 100, 101, 1439, 1440, 1441, 2025, 2026, 2100, 9999, 10000, 32767, 65535, 2 ** 31 - 1, -(2 ** 31)) },
  { weight: 2, arbitrary: fc.integer() },
);
const float = fc.oneof(
  { weight: 4, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1000, max: 1000 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 0.5, 1e-12, 1e300, -1e300, Number.MAX_SAFE_INTEGER, 2 ** 53 + 1) },
);

/** A value of the wrong type for anything: the API must refuse it with a code, before any resolver runs. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, 0, 1.5, 2 ** 31, -(2 ** 53), '', 'x', [], [null], {}, { __proto__: 1 }, { constructor: { prototype: {} } }),
  nastyString,
  fc.integer(),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
);

/**
 * What a well-behaved client would send: text a person types, small numbers, money-like decimals,
 * ids of the table the field names, dates near today. A case of such values (with one null or one
 * boundary among them) gets past the validation to the services' own rules, which hostile values
 * almost never do: most cases have one field the validation refuses.
 */
function plausibleScalar(name: string, place: Place, pool: IdPool): fc.Arbitrary<unknown> | undefined {
  switch (name) {
    case 'ID': {
      const matching = tableFor(place, pool);
      return matching.length ? fc.constantFrom(...matching) : undefined;
    }
    case 'String':
      return plausibleString;
    case 'Int':
      return place.field === 'version' ? fc.constantFrom(1, 2, 3) : fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1, max: 30 }) }, { weight: 1, arbitrary: int });
    case 'Float':
      return fc.integer({ min: 1, max: 10_000 }).map((n) => n / 100);
    case 'LocalDate':
      return pool.today ? nearToday(pool.today) : undefined;
    default:
      return undefined;
  }
}

/** Scalars of the schema without a generator here fail the walk loudly: add one. */
function scalarArbitrary(name: string, place: Place, pool: IdPool, depth: Depth): fc.Arbitrary<unknown> {
  const short = depth.short;
  if (depth.plausible) {
    const value = plausibleScalar(name, place, pool);
    if (value) return value;
  }
  switch (name) {
    case 'ID':
      return idArbitrary(place, pool);
    case 'String':
      return short ? nastyShortString : nastyString;
    case 'Int':
      // An update names the version it edited and is refused (CONFLICT) before anything else when it is
      // not the row's: most rows of the demo are at version 1–3, so a real id with one of those gets
      // past the lock to the service's own checks (updateAssignment's title: null hid behind it).
      return place.field === 'version' ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(1, 2, 3) }, { weight: 1, arbitrary: int }) : int;
    case 'Float':
      return float;
    case 'Boolean':
      return fc.boolean();
    case 'LocalDate':
      return localDateNear(pool.today);
    case 'DateTime':
      return dateTime;
    case 'NotificationData':
      return fc.oneof(fc.constant({}), fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }), wrongValue);
    default:
      throw new Error(`no fuzz arbitrary for the scalar ${name}: add one to input-arbitraries.ts`);
  }
}

interface Depth {
  level: number;
  /** Inside a long list: strings stay short (the list is the huge part). */
  short?: boolean;
  /** A well-behaved client's values (plausibleScalar), optional fields mostly left out. */
  plausible?: boolean;
}

/**
 * A well-typed value of `type` (the GraphQL layer accepts it, the resolver, the validation pipe and
 * the service see it), with nasty contents: boundary numbers, controls, lone surrogates, huge
 * strings and lists, optional fields present, absent or null, real ids of any unit or agency.
 */
export function typedArbitrary(type: GraphQLInputType, place: Place, pool: IdPool, depth: Depth = { level: 0 }): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return typedArbitrary(type.ofType, place, pool, depth);
  if (isListType(type)) {
    const item = typedArbitrary(type.ofType, place, pool, { ...depth, level: depth.level + 1 });
    if (depth.plausible) return fc.array(item, { minLength: 1, maxLength: 3 });
    const shortItem = typedArbitrary(type.ofType, place, pool, { ...depth, level: depth.level + 1, short: true });
    return fc.oneof(
      { weight: 6, arbitrary: fc.array(item, { maxLength: 4 }) },
      {
        weight: 1,
        arbitrary: item.chain((one) => {
          // Many copies of one item, kept under ~1 MB of JSON (a bigger body is only a 413).
          const size = JSON.stringify(one ?? null).length + 1;
          return fc.constantFrom(...[2, 50, 1001].filter((n) => n * size < 1_000_000), 1).map((n) => Array.from({ length: n }, () => one));
        }),
      },
      { weight: 1, arbitrary: fc.array(shortItem, { minLength: 20, maxLength: 200 }) },
    );
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    return fc.constantFrom(...values);
  }
  if (isInputObjectType(type)) return objectArbitrary(type, place, pool, depth);
  if (isScalarType(type)) return scalarArbitrary(type.name, place, pool, depth);
  throw new Error(`unexpected input type ${String(type)}`);
}

/** A well-typed value a well-behaved client would send (plausibleScalar), with few optional fields. */
export function plausibleArbitrary(type: GraphQLInputType, place: Place, pool: IdPool): fc.Arbitrary<unknown> {
  return typedArbitrary(type, place, pool, { level: 0, plausible: true });
}

function objectArbitrary(type: GraphQLInputObjectType, place: Place, pool: IdPool, depth: Depth): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.values(type.getFields());
  if (depth.level > 4) return fc.constant({});
  const entries: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const f of fields) {
    const value = typedArbitrary(f.type, { field: f.name, mutation: place.mutation }, pool, { ...depth, level: depth.level + 1 });
    if (isNonNullType(f.type) && f.defaultValue === undefined) {
      required.push(f.name);
      entries[f.name] = value;
    } else {
      // An optional field: often absent, sometimes an explicit null (which an update must not read as "clear").
      entries[f.name] = fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) });
    }
  }
  if (depth.plausible) {
    // A well-behaved client's partial input: the required fields and one or two of the others (one may be null).
    const optional = fields.map((f) => f.name).filter((n) => !required.includes(n));
    return fc
      .tuple(fc.record(entries, { requiredKeys: fields.map((f) => f.name) }), fc.subarray(optional, { maxLength: Math.min(2, optional.length) }))
      .map(([all, kept]) => Object.fromEntries(Object.entries(all).filter(([k]) => required.includes(k) || kept.includes(k))));
  }
  return fc.record(entries, { requiredKeys: required });
}

/** Breaks a well-typed value: a wrong type somewhere, an unknown field, a required field left out. */
export function brokenArbitrary(type: GraphQLInputType, place: Place, pool: IdPool): fc.Arbitrary<unknown> {
  return typedArbitrary(type, place, pool).chain((good) =>
    fc.oneof(
      wrongValue,
      fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), wrongValue).map(([k, v]) => (isPlainObject(good) ? { ...good, [`${k}_unknown`]: v } : [good, v])),
      fc.nat().chain((n) => fc.constant(replaceOneField(good, n, undefined))),
      fc.tuple(fc.nat(), wrongValue).map(([n, v]) => replaceOneField(good, n, v)),
    ),
  );
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function replaceOneField(value: unknown, n: number, replacement: unknown): unknown {
  if (!isPlainObject(value)) return replacement;
  const keys = Object.keys(value);
  if (!keys.length) return { unexpected: replacement ?? 1 };
  const key = keys[n % keys.length];
  const copy: Record<string, unknown> = { ...value };
  if (replacement === undefined) delete copy[key];
  else copy[key] = replacement;
  return copy;
}
