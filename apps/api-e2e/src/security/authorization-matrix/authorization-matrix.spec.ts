import { createTestApp, GqlResponse, httpRequest, isDenied, Kind, MATRIX, MatrixRow, Outcome, ROLES, servedSchema, TestApp } from '@ketqua/api/testing';
import { getNamedType, GraphQLField, GraphQLOutputType, GraphQLSchema, isLeafType, isNonNullType, isObjectType } from 'graphql';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { MUTATION_ARGS, QUERY_ARGS, ROUTE_CALLS, SUBSCRIPTION_ARGS } from './operations';
import { buildWorld, Caller, CALLERS, World } from './world';

/** Set MATRIX_RECORD=<file> to write what each cell answered (to review a new operation's row). */
const RECORD = process.env['MATRIX_RECORD'];

const ARGS: Record<Exclude<Kind, 'route'>, Record<string, (w: World, caller: string) => Record<string, unknown>>> = {
  query: QUERY_ARGS,
  mutation: MUTATION_ARGS,
  subscription: SUBSCRIPTION_ARGS,
};

/**
 * Writes that touch the same record, run one after another (in the table's order), never side by
 * side: the account writes on the victim, the calendar of 2099, the acting evaluators of CCVC.
 */
const WRITE_GROUPS: Record<string, string[]> = {
  account: ['deactivateOfficial', 'reactivateOfficial', 'issueTemporaryPassword', 'unlockOfficial', 'updateOfficial', 'endAllSessions', 'endSession', 'resetOfficialSecondFactor'],
  calendar: ['loadCalendarYear', 'removeCalendarDay', 'setCalendarDay'],
  acting: ['revokeActingEvaluator', 'setActingEvaluator'],
  // One's own authenticator: the enrolment begun is the one the wrong code is tried on.
  secondFactor: ['beginTotpEnrolment', 'confirmTotpEnrolment', 'disableSecondFactor'],
};
const GROUP_OF = new Map(Object.entries(WRITE_GROUPS).flatMap(([group, names]) => names.map((n) => [n, group] as const)));

/** Writes that change no record whatever the caller (a refused sign-in, a wrong current password): side by side. */
const STATELESS_WRITES = new Set(['login', 'refreshSession', 'changePassword']);

/**
 * Reads whose argument is itself the proof of a right: evaluationSheet(code) verifies the code
 * printed on a published evaluation sheet, for whoever holds the paper (audited
 * `evaluation.sheet-verify`), so it answers outside the reader's scope by design.
 */
const BEARER_CODE_READS = new Set(['evaluationSheet']);

type Cell = { row: MatrixRow; caller: Caller | 'anonymous'; expected: Outcome | undefined };

/**
 * A selection that reaches every object field without required arguments, down to two object
 * levels (a connection's edges/node do not count): so the nested people and units of whatever a
 * caller receives are part of the cell, and an out-of-scope answer is searched for official@'s ids.
 */
function selectionOf(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields()) as Array<GraphQLField<unknown, unknown>>) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const inner = getNamedType(field.type);
    if (isLeafType(inner)) {
      if (field.name === 'id' || (depth === 0 && !field.args.length)) parts.push(field.name);
      continue;
    }
    const wrapper = ['edges', 'node'].includes(field.name) || named.name.endsWith('Connection') || named.name.endsWith('Edge');
    const next = wrapper ? depth : depth + 1;
    if (next > 2 || !isObjectType(inner)) continue;
    parts.push(`${field.name} { ${selectionOf(inner, next)} }`);
  }
  return parts.join(' ');
}

function documentOf(schema: GraphQLSchema, kind: Exclude<Kind, 'route'>, name: string, variables: Record<string, unknown>, deep: boolean): string {
  const root = kind === 'query' ? schema.getQueryType() : kind === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  const field = root!.getFields()[name];
  const args = field.args.filter((a) => a.name in variables);
  const declared = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  // Mutations answer only what they touched; their nested fields are the queries' cells.
  const selection = isObjectType(getNamedType(field.type)) ? ` { ${kind === 'query' ? selectionOf(field.type, deep ? 0 : 2) : '__typename'} }` : '';
  return `${kind}${declared ? `(${declared})` : ''} { ${name}${passed ? `(${passed})` : ''}${selection} }`;
}

function outcomeOfErrors(errors: NonNullable<GqlResponse['errors']>): Outcome {
  const ext = errors[0].extensions ?? {};
  const code = ext.code ?? 'NO_CODE';
  return ext.reason ? `${code}:${ext.reason}` : code;
}

/** The answer as the table names it, plus anything that must fail whatever the table says. */
function outcomeOfGraphQL(res: GqlResponse): { outcome: Outcome; problems: string[] } {
  const problems: string[] = [];
  const rootErrors = res.errors?.filter((e) => !e.path || e.path.length <= 1) ?? [];
  for (const e of res.errors ?? []) {
    const code = e.extensions?.code;
    if (!code || code === 'INTERNAL_SERVER_ERROR') problems.push(`server error at ${e.path?.join('.')}: ${e.message}`);
  }
  if (rootErrors.length) return { outcome: outcomeOfErrors(rootErrors), problems };
  if (!res.data) return { outcome: outcomeOfErrors(res.errors ?? [{ message: 'no data' }]), problems };
  return { outcome: 'DATA', problems };
}

function idsIn(node: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => idsIn(n, found));
  else if (node && typeof node === 'object') for (const v of Object.values(node)) idsIn(v, found);
  else if (typeof node === 'string' && /^[0-9a-f-]{36}$/.test(node)) found.add(node);
  return found;
}

/**
 * How long a subscription may take to be refused (its guard runs when the server starts it): a cell
 * that must be refused waits long (it ends at the refusal anyway), one that must run ends after
 * a short quiet time.
 */
const SUBSCRIPTION_WAIT_MS = { refused: 15_000, runs: 2500 };

/**
 * One subscription over the graphql-ws protocol (graphql-transport-ws), spoken by hand so that a
 * refused connection is an outcome, not a client error: init with the token, subscribe, then the
 * first error, event or close decides; no refusal within the wait means the stream runs.
 */
function subscriptionOutcome(url: string, token: string | undefined, query: string, variables: Record<string, unknown>, waitMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    let settled = false;
    const done = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
      socket.close();
    };
    const timer = setTimeout(() => done('DATA'), waitMs);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} })));
    socket.on('message', (raw: Buffer) => {
      const message = JSON.parse(raw.toString()) as { type: string; payload?: unknown };
      if (message.type === 'connection_ack') socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
      else if (message.type === 'error') done(outcomeOfErrors(message.payload as NonNullable<GqlResponse['errors']>));
      else if (message.type === 'next') {
        const errors = (message.payload as { errors?: GqlResponse['errors'] }).errors;
        done(errors?.length ? outcomeOfErrors(errors) : 'DATA');
      } else if (message.type === 'complete') done('DATA');
    });
    socket.on('close', (code: number) => done(closeOutcome({ code })));
    socket.on('error', () => done('SOCKET_ERROR'));
  });
}

/** graphql-ws refuses a connection_init without a valid session by closing the socket (4403/4401). */
function closeOutcome(event: { code?: number }): Outcome {
  return event.code === 4401 || event.code === 4403 ? 'UNAUTHENTICATED' : `CLOSED:${event.code}`;
}

/** Rows of every table and the audit head: a refused call must leave all of them as they were. */
async function stateOf(t: TestApp): Promise<string> {
  const tables: Array<{ tablename: string }> = await t.dataSource.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'rate_limit_bucket' ORDER BY 1`,
  );
  const counts = await t.dataSource.query(tables.map((r) => `SELECT '${r.tablename}' AS t, count(*)::int AS n FROM "${r.tablename}"`).join(' UNION ALL '));
  const head = await t.dataSource.query(`SELECT last_seq, last_hash FROM audit_chain_head`);
  return JSON.stringify({ counts, head });
}

/** Runs items with at most `size` in flight at once. */
async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}

/**
 * Issue 14: one declarative table (matrix.ts) of every query, mutation, subscription and HTTP route ×
 * the five roles × in / out of scope, plus the anonymous caller. The schema is walked as served: an
 * operation missing from the table fails. Every cell is sent over HTTP (or graphql-ws) to the real
 * API on PostgreSQL, with real ids of official@ / unit CCVC / agency SNV (world.ts).
 */
describe('authorisation matrix', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let world: World;
  let tokens: Partial<Record<Caller, string>>;
  const recorded: Record<string, Record<string, Outcome>> = {};
  const rowOf = new Map(MATRIX.map((r) => [`${r.kind} ${r.name}`, r]));

  beforeAll(async () => {
    const dashboard = mkdtempSync(join(tmpdir(), 'ketqua-matrix-'));
    writeFileSync(join(dashboard, 'index.html'), '<!doctype html><title>Ketqua</title>');
    t = await createTestApp({
      seedDemo: 'full',
      dashboardDir: dashboard,
      // The matrix's documents select every nested object: far above what the dashboard asks.
      env: { GRAPHQL_MAX_COMPLEXITY: '100000000', GRAPHQL_MAX_TOKENS: '100000', GRAPHQL_MAX_DEPTH: '30' },
    });
    schema = await servedSchema(t.url);
    ({ world, tokens } = await buildWorld(t));
  }, 180_000);
  afterAll(async () => {
    if (RECORD) writeFileSync(RECORD, JSON.stringify(recorded, null, 1));
    await t?.close();
  });

  /** The operations the served schema has, and the routes the API serves. */
  const served = (): Array<{ kind: Kind; name: string }> => [
    ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((name) => ({ kind: 'query' as const, name })),
    ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((name) => ({ kind: 'mutation' as const, name })),
    ...Object.keys(schema.getSubscriptionType()?.getFields() ?? {}).map((name) => ({ kind: 'subscription' as const, name })),
    ...Object.keys(ROUTE_CALLS).map((name) => ({ kind: 'route' as const, name })),
  ];

  function cells(): Cell[] {
    return served().flatMap(({ kind, name }) => {
      const row = rowOf.get(`${kind} ${name}`) ?? { kind, name, anonymous: undefined as unknown as Outcome, cells: undefined as unknown as MatrixRow['cells'] };
      const list: Cell[] = [{ row, caller: 'anonymous', expected: row.anonymous }];
      for (const caller of CALLERS) {
        const [role, scope] = caller.split(':') as [(typeof ROLES)[number], 'in' | 'out'];
        if (!tokens[caller]) continue;
        list.push({ row, caller, expected: row.cells?.[role][scope === 'in' ? 0 : 1] });
      }
      return list;
    });
  }

  async function run(cell: Cell): Promise<string | null> {
    const started = Date.now();
    const token = cell.caller === 'anonymous' ? undefined : tokens[cell.caller];
    const { kind, name } = cell.row;
    let outcome: Outcome;
    const problems: string[] = [];
    if (kind === 'route') {
      const call = ROUTE_CALLS[name];
      const res = await httpRequest(`${t.url}${call.path(world)}`, {
        method: call.method,
        headers: { accept: 'text/html,application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...(call.body ? { 'content-type': 'text/plain' } : {}) },
        body: call.body,
      });
      if (res.status < 300) outcome = 'DATA';
      else {
        let body: { code?: string; reason?: string } = {};
        try {
          body = JSON.parse(res.body);
        } catch {
          body = {};
        }
        outcome = body.code ? (body.reason ? `${body.code}:${body.reason}` : body.code) : `HTTP_${res.status}`;
        if (res.status >= 500) problems.push(`HTTP ${res.status}`);
      }
    } else {
      const build = ARGS[kind][name];
      if (!build) return `${kind} ${name}: no arguments in operations.ts`;
      const variables = build(world, cell.caller);
      // Lists answer their first page only: enough to find a record that should not be there.
      const root = kind === 'query' ? schema.getQueryType()!.getFields()[name] : undefined;
      if (root?.args.some((a) => a.name === 'first') && !('first' in variables)) variables['first'] = 20;
      // Out of scope, the answer's every nested object is fetched and searched; in scope the
      // top level is enough (the nested fields' own rules are nested-scope.spec.ts's).
      const query = documentOf(schema, kind, name, variables, cell.caller.toString().endsWith(':out'));
      if (kind === 'subscription') {
        const waitMs = cell.expected !== undefined && isDenied(cell.expected) ? SUBSCRIPTION_WAIT_MS.refused : SUBSCRIPTION_WAIT_MS.runs;
        outcome = await subscriptionOutcome(t.url, token, query, variables, waitMs);
        // The socket's sign-in reads the session from the database and refuses the connection on any
        // error (a pool wait on a loaded machine too): a signed-in caller so refused tries once more.
        if (token && outcome === 'UNAUTHENTICATED') outcome = await subscriptionOutcome(t.url, token, query, variables, waitMs);
      } else {
        const res = await t.gql(query, variables, { token });
        ({ outcome } = outcomeOfGraphQL(res));
        problems.push(...outcomeOfGraphQL(res).problems);
        if (cell.caller.toString().endsWith(':out') && res.data && !BEARER_CODE_READS.has(name)) {
          const leaked = [...idsIn(res.data)].filter((id) => world.privateIds.has(id));
          if (leaked.length) problems.push(`out-of-scope answer shows official@'s records ${leaked.join(', ')}`);
        }
      }
    }
    (recorded[`${kind} ${name}`] ??= {})[cell.caller] = outcome;
    if (RECORD) (recorded[`ms ${kind} ${name}`] ??= {})[cell.caller] = String(Date.now() - started);
    if (problems.length) return `${kind} ${name} as ${cell.caller}: ${problems.join('; ')}`;
    if (cell.expected !== undefined && outcome !== cell.expected) return `${kind} ${name} as ${cell.caller}: expected ${cell.expected}, got ${outcome}`;
    return null;
  }

  async function runAll(list: Cell[], parallel: number): Promise<string[]> {
    const mismatches: string[] = [];
    await inBatches(list, parallel, async (cell) => {
      const m = await run(cell);
      if (m) mismatches.push(m);
      if (m && RECORD) (recorded['problems'] ??= {})[m] = m;
    });
    return mismatches.sort();
  }

  /** `METHOD /path` of every route the controllers registered on Express (GraphQL's own excepted). */
  function controllerRoutes(): string[] {
    type Layer = { route?: { path: string; methods: Record<string, boolean> } };
    const express = t.app.getHttpAdapter().getInstance() as { router?: { stack: Layer[] }; _router?: { stack: Layer[] } };
    const stack = (express.router ?? express._router)?.stack ?? [];
    return stack.flatMap((l) => (l.route && l.route.path !== '/graphql' ? Object.keys(l.route.methods).map((m) => `${m.toUpperCase()} ${l.route?.path}`) : [])).sort();
  }

  it('has one row for every operation of the served schema and every route, and no row for anything else', () => {
    // Every controller route is in the route list (the dashboard's catch-all is a middleware, listed by hand).
    expect(controllerRoutes()).toEqual(
      Object.keys(ROUTE_CALLS)
        .filter((r) => !r.includes('(dashboard)'))
        .sort(),
    );
    const names = served().map((o) => `${o.kind} ${o.name}`);
    expect(names.filter((n) => !rowOf.has(n))).toEqual([]);
    expect([...rowOf.keys()].filter((n) => !names.includes(n))).toEqual([]);
    const missingArgs = served().filter((o) => o.kind !== 'route' && !ARGS[o.kind as Exclude<Kind, 'route'>][o.name]);
    expect(missingArgs).toEqual([]);
  });

  it('every refused cell is refused as the table says, and changes nothing', async () => {
    const before = await stateOf(t);
    const refused = cells().filter((c) => c.expected !== undefined && isDenied(c.expected));
    expect(await runAll(refused, 6)).toEqual([]);
    expect(await stateOf(t)).toEqual(before);
  });

  it('every allowed read answers as the table says, and no out-of-scope answer shows official@’s records', async () => {
    const reads = cells().filter((c) => c.row.kind !== 'mutation' && (c.expected === undefined || !isDenied(c.expected)));
    // A subscription cell waits for a refusal that does not come: all of them side by side.
    const [subscriptions, others] = [reads.filter((c) => c.row.kind === 'subscription'), reads.filter((c) => c.row.kind !== 'subscription')];
    const mismatches = (await Promise.all([runAll(subscriptions, subscriptions.length), runAll(others, 6)])).flat();
    expect(mismatches).toEqual([]);
  }, 300_000);

  it('every allowed write answers as the table says (a stale version or harmless input: nothing of the world is lost)', async () => {
    const writes = cells().filter((c) => c.row.kind === 'mutation' && (c.expected === undefined || !isDenied(c.expected)));
    // One operation's cells one after another, in the table's order (a write may change what the
    // next one finds); writes on one record form one group; logout (which ends the
    // caller's own session) comes after everything else.
    const groupOf = (name: string) => GROUP_OF.get(name) ?? name;
    const groups = new Map<string, Cell[]>();
    for (const cell of writes.filter((c) => c.row.name !== 'logout')) groups.set(groupOf(cell.row.name), [...(groups.get(groupOf(cell.row.name)) ?? []), cell]);
    const mismatches: string[] = [];
    await inBatches([...groups.values()], 6, async (group) => {
      mismatches.push(...(await runAll(group, STATELESS_WRITES.has(group[0].row.name) ? group.length : 1)));
    });
    mismatches.push(
      ...(await runAll(
        writes.filter((c) => c.row.name === 'logout'),
        4,
      )),
    );
    expect(mismatches.sort()).toEqual([]);
  }, 300_000);

  it('the table’s size', () => {
    const counted = MATRIX.flatMap((r) => [r.anonymous, ...ROLES.flatMap((role) => r.cells[role])]).filter((o) => o !== 'n/a');
    expect(counted.length).toBeGreaterThan(1400);
  });
});
