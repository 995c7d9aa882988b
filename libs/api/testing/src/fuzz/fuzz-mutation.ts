import fc from 'fast-check';
import { GraphQLField, GraphQLSchema, getNamedType, isNonNullType, isObjectType } from 'graphql';
import { httpRequest } from '../graphql-client';
import { DatabaseSnapshot, snapshotDifference } from './database-snapshot';
import { brokenArbitrary, IdPool, typedArbitrary } from './input-arbitraries';

/** The five demo roles the fuzzer signs in as, and "no token at all". */
export const FUZZ_ROLES = ['admin', 'hr', 'head', 'official', 'inspector'] as const;
export type FuzzRole = (typeof FUZZ_ROLES)[number] | 'anonymous';

export interface FuzzEnvironment {
  url: string;
  tokens: Record<string, string>;
  /** Signs a role in again (a case may end its sessions, e.g. endAllSessions of a real id). */
  relogin(role: string): Promise<void>;
  snapshot(): Promise<DatabaseSnapshot>;
  pool: IdPool;
}

export interface FuzzCase {
  role: FuzzRole;
  /** typed: every variable well-typed; broken: one variable of a wrong shape; argument: an unknown argument in the document. */
  kind: 'typed' | 'broken' | 'argument';
  variables: Record<string, unknown>;
}

export interface FuzzFinding {
  mutation: string;
  problem: string;
  role: FuzzRole;
  kind: FuzzCase['kind'];
  variables: string;
  status: number;
  answer: string;
}

export interface FuzzResult {
  mutation: string;
  runs: number;
  accepted: number;
  refused: number;
  findings: FuzzFinding[];
  /** Refusals that came from the database's safety net (reason DATABASE_REFUSED): a check a service should make itself. */
  safetyNet: FuzzFinding[];
  seed: number;
  /** fast-check's own report of the first failing batch (seed, path, counterexample). */
  report?: string;
}

export interface FuzzTarget {
  name: string;
  field: GraphQLField<unknown, unknown>;
  /** The roles whose calls reach the resolver (the others are refused by role: still fuzzed, less often). */
  roles: FuzzRole[];
  /** Tables a refusal may write to by design (e.g. a failed sign-in counts against its rate limit), with why. */
  refusalWrites?: readonly string[];
  /** Only document-level refusals are sent (logout would end the token every case uses). */
  documentOnly?: boolean;
}

/** Document and variables of one case. */
function documentOf(target: FuzzTarget, kind: FuzzCase['kind']): string {
  const args = target.field.args;
  const declared = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passed = [...args.map((a) => `${a.name}: $${a.name}`), ...(kind === 'argument' ? ['fuzzUnknownArgument: 1'] : [])].join(', ');
  const selection = isObjectType(getNamedType(target.field.type)) ? ' { __typename }' : '';
  return `mutation Fuzz${declared ? `(${declared})` : ''} { ${target.name}${passed ? `(${passed})` : ''}${selection} }`;
}

export function caseArbitrary(target: FuzzTarget, pool: IdPool): fc.Arbitrary<FuzzCase> {
  const args = target.field.args;
  const allRoles: FuzzRole[] = [...FUZZ_ROLES, 'anonymous'];
  const role = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...(target.roles.length ? target.roles : allRoles)) }, { weight: 1, arbitrary: fc.constantFrom(...allRoles) });
  const typedVars = fc.record(
    Object.fromEntries(args.map((a) => [a.name, typedArbitrary(a.type, { field: a.name, mutation: target.name }, pool)])),
    // An optional argument is sometimes left out.
    { requiredKeys: args.filter((a) => isNonNullType(a.type)).map((a) => a.name) },
  );
  const argument = fc.record({ role, kind: fc.constant('argument' as const), variables: typedVars });
  if (target.documentOnly || !args.length) return argument;
  const broken = fc
    .tuple(typedVars, fc.nat({ max: args.length - 1 }))
    .chain(([vars, i]) => brokenArbitrary(args[i].type, { field: args[i].name, mutation: target.name }, pool).map((bad) => ({ ...vars, [args[i].name]: bad })));
  return fc.oneof(
    { weight: 8, arbitrary: fc.record({ role, kind: fc.constant('typed' as const), variables: typedVars }) },
    { weight: 2, arbitrary: fc.record({ role, kind: fc.constant('broken' as const), variables: broken }) },
    { weight: 1, arbitrary: argument },
  );
}

interface Sent {
  c: FuzzCase;
  status: number;
  body: string;
  refused: boolean;
  codes: Array<string | undefined>;
  reasons: string[];
  problem?: string;
}

const clip = (s: string, n = 600) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);

async function send(env: FuzzEnvironment, target: FuzzTarget, c: FuzzCase): Promise<Sent> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (c.role !== 'anonymous') headers['authorization'] = `Bearer ${env.tokens[c.role]}`;
  const { status, body } = await httpRequest(`${env.url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: documentOf(target, c.kind), variables: c.variables }),
  });
  let parsed: { data?: Record<string, unknown> | null; errors?: Array<{ extensions?: { code?: unknown; reason?: unknown } }> } | undefined;
  try {
    parsed = JSON.parse(body);
  } catch {
    // A body the client cannot read is only acceptable for a request the HTTP layer refuses (413).
    return { c, status, body, refused: true, codes: [], reasons: [], problem: status === 413 ? undefined : `HTTP ${status} without a JSON body` };
  }
  const errors = parsed?.errors ?? [];
  const codes = errors.map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : undefined));
  const reasons = errors.map((e) => String(e.extensions?.reason ?? ''));
  const refused = errors.length > 0 && (parsed?.data == null || parsed.data[target.name] == null);
  let problem: string | undefined;
  if (status >= 500) problem = `HTTP ${status}`;
  else if (codes.some((code) => code === undefined)) problem = 'an error without extensions.code';
  else if (codes.some((code) => code === 'INTERNAL_SERVER_ERROR')) problem = 'INTERNAL_SERVER_ERROR';
  else if (!refused && !parsed?.data) problem = 'neither data nor errors';
  return { c, status, body, refused, codes, reasons, problem };
}

function finding(target: FuzzTarget, s: Sent, problem: string): FuzzFinding {
  return { mutation: target.name, problem, role: s.c.role, kind: s.c.kind, variables: clip(JSON.stringify(s.c.variables)), status: s.status, answer: clip(s.body) };
}

/**
 * Fuzzes one mutation: `runs` cases in batches sent in parallel over HTTP, each checked for a
 * server error or a missing code; around each batch the database snapshot must not move when every
 * case was refused. A batch with an accepted case cannot say which case wrote, so its refused cases
 * are sent again one at a time, each between two snapshots.
 */
export async function fuzzMutation(env: FuzzEnvironment, target: FuzzTarget, options: { runs: number; seed: number; batch?: number; timeLimitMs?: number }): Promise<FuzzResult> {
  const batch = Math.max(1, Math.min(options.batch ?? 12, options.runs));
  const result: FuzzResult = { mutation: target.name, runs: 0, accepted: 0, refused: 0, findings: [], safetyNet: [], seed: options.seed };
  const allowed = target.refusalWrites ?? [];
  const check = async (sent: Sent[]): Promise<void> => {
    result.runs += sent.length;
    for (const s of sent) {
      if (s.problem) result.findings.push(finding(target, s, s.problem));
      if (s.reasons.includes('DATABASE_REFUSED')) result.safetyNet.push(finding(target, s, 'refused by the database, not by a check'));
      if (s.refused) result.refused++;
      else result.accepted++;
    }
    // A case may have ended a role's sessions (endAllSessions of a real id, a password reset): sign in again.
    const lost = new Set(sent.filter((s) => s.c.role !== 'anonymous' && s.codes.includes('UNAUTHENTICATED')).map((s) => s.c.role));
    for (const role of lost) await env.relogin(role);
  };
  // A time limit (npm test's budget) sends no more batches once passed, without failing: `runs` says
  // how far it got. (fast-check's own interruptAfterTimeLimit abandons a batch mid-flight.)
  const deadline = options.timeLimitMs ? Date.now() + options.timeLimitMs : Infinity;
  const property = fc.asyncProperty(fc.array(caseArbitrary(target, env.pool), { minLength: batch, maxLength: batch }), async (cases) => {
    if (result.runs > 0 && Date.now() > deadline) return true;
    const before = result.findings.length;
    const start = await env.snapshot();
    const sent = await Promise.all(cases.map((c) => send(env, target, c)));
    const end = await env.snapshot();
    await check(sent);
    if (sent.every((s) => s.refused)) {
      const moved = snapshotDifference(start, end, allowed);
      if (moved)
        result.findings.push({
          ...finding(target, sent[0], `a batch of ${sent.length} refusals changed the database: ${moved}`),
          variables: clip(JSON.stringify(cases.map((c) => c.variables))),
        });
    } else {
      for (const c of sent.filter((s) => s.refused).map((s) => s.c)) {
        const one = await env.snapshot();
        const again = await send(env, target, c);
        const two = await env.snapshot();
        const moved = again.refused ? snapshotDifference(one, two, allowed) : '';
        if (moved) result.findings.push(finding(target, again, `a refusal changed the database: ${moved}`));
      }
    }
    return result.findings.length === before;
  });
  const details = await fc.check(property, { numRuns: Math.ceil(options.runs / batch), seed: options.seed, endOnFailure: true });
  if (details.failed) result.report = fc.defaultReportMessage(details) ?? `failed with seed ${options.seed}`;
  return result;
}

/** Every mutation of the schema, each with the roles it names (from a probe: a role refused by role is not among them). */
export function mutationFields(schema: GraphQLSchema): Array<GraphQLField<unknown, unknown>> {
  return Object.values(schema.getMutationType()?.getFields() ?? {});
}
