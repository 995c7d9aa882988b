import fc from 'fast-check';
import { GraphQLField, GraphQLSchema, getNamedType, isNonNullType, isObjectType } from 'graphql';
import { Agent } from 'node:http';
import { httpRequest } from '../graphql-client';
import { DatabaseSnapshot, snapshotDifference } from './database-snapshot';
import { brokenArbitrary, IdPool, plausibleArbitrary, typedArbitrary } from './input-arbitraries';

/** The five demo roles the fuzzer signs in as, and "no token at all". */
export const FUZZ_ROLES = ['admin', 'hr', 'head', 'official', 'inspector'] as const;
export type FuzzRole = (typeof FUZZ_ROLES)[number] | 'anonymous';

export interface FuzzEnvironment {
  url: string;
  tokens: Record<string, string>;
  /** Signs a role in again (a case may end its sessions, e.g. endAllSessions of a real id). */
  relogin(role: string): Promise<void>;
  snapshot(): Promise<DatabaseSnapshot>;
  /** The actions of the audit events recorded between two snapshots (for FuzzTarget.refusalAudits). */
  auditActions?(before: DatabaseSnapshot, after: DatabaseSnapshot): Promise<string[]>;
  pool: IdPool;
  /** A keep-alive agent for the cases' requests (thousands of them); its owner destroys it before the server closes. */
  agent?: Agent;
}

export interface FuzzCase {
  role: FuzzRole;
  /**
   * typed: every variable well-typed, with hostile values; plausible: what a well-behaved client
   * sends (reaches the services' rules); broken: one variable of a wrong shape; argument: an unknown
   * argument in the document.
   */
  kind: 'typed' | 'plausible' | 'broken' | 'argument';
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
  /** How the refusals were answered: `code/reason` (or the HTTP status) → cases. */
  answers: Record<string, number>;
  /** Refused cases sent a second time to check them alone (their batch also had an accepted case). */
  replayed: number;
  findings: FuzzFinding[];
  /** Refusals that came from the database's safety net (reason DATABASE_REFUSED): a check a service should make itself. */
  safetyNet: FuzzFinding[];
  seed: number;
  /** Wall time of the mutation's cases. */
  ms: number;
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
  /**
   * Audit events a refusal records by design (a sign-in refused once too often locks the account,
   * audited): a refusal may add these, and only these, to audit_event (and move its head).
   */
  refusalAudits?: readonly string[];
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
  // One variable per argument (an optional argument is sometimes left out), from typed or plausible values.
  const variablesFrom = (valueOf: typeof typedArbitrary) =>
    fc.record(Object.fromEntries(args.map((a) => [a.name, valueOf(a.type, { field: a.name, mutation: target.name }, pool)])), {
      requiredKeys: args.filter((a) => isNonNullType(a.type)).map((a) => a.name),
    });
  const typedVars = variablesFrom(typedArbitrary);
  const plausibleVars = variablesFrom(plausibleArbitrary);
  const argument = fc.record({ role, kind: fc.constant('argument' as const), variables: typedVars });
  if (target.documentOnly || !args.length) return argument;
  const broken = fc
    .tuple(typedVars, fc.nat({ max: args.length - 1 }))
    .chain(([vars, i]) => brokenArbitrary(args[i].type, { field: args[i].name, mutation: target.name }, pool).map((bad) => ({ ...vars, [args[i].name]: bad })));
  return fc.oneof(
    { weight: 8, arbitrary: fc.record({ role, kind: fc.constant('typed' as const), variables: typedVars }) },
    { weight: 4, arbitrary: fc.record({ role, kind: fc.constant('plausible' as const), variables: plausibleVars }) },
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

async function post(env: FuzzEnvironment, role: FuzzRole, body: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (role !== 'anonymous') headers['authorization'] = `Bearer ${env.tokens[role]}`;
  return httpRequest(`${env.url}/graphql`, { method: 'POST', headers, body, agent: env.agent });
}

async function send(env: FuzzEnvironment, target: FuzzTarget, c: FuzzCase): Promise<Sent> {
  const request = JSON.stringify({ query: documentOf(target, c.kind), variables: c.variables });
  let { status, body } = await post(env, c.role, request);
  // A retryable SERVICE_UNAVAILABLE (no free database connection within its 10 s, on a machine too
  // loaded for the batch: seen in CI) is sent again once after its Retry-After, as the dashboard
  // does; only a second one is a finding.
  if (status === 503 && body.includes('"SERVICE_UNAVAILABLE"')) {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    ({ status, body } = await post(env, c.role, request));
  }
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

/** A cheap signed-in read: does the role's token still work? */
const PROBE = JSON.stringify({ query: 'query FuzzProbe { unreadNotificationCount }' });

function finding(target: FuzzTarget, s: Sent, problem: string): FuzzFinding {
  return { mutation: target.name, problem, role: s.c.role, kind: s.c.kind, variables: clip(JSON.stringify(s.c.variables)), status: s.status, answer: clip(s.body) };
}

/** Cases per batch: sent in parallel between two reads of the database. */
export const FUZZ_BATCH = 24;

/**
 * Fuzzes one mutation: exactly `runs` cases (fast-check, from `seed`), in batches of `batch` sent in
 * parallel over HTTP, each answer checked for a server error or a missing code. Around each batch
 * the database snapshot (every table's row count and the audit head) must not move when every case
 * was refused. A batch with an accepted case cannot say which case wrote, so its refused cases are
 * sent again, together, between two snapshots; when that replay has an accepted case too, its
 * refused ones again, and so on (each round is smaller); a replay of refusals only that moved the
 * database is narrowed down to the cases that did, one at a time. The snapshot read after a batch is
 * the next batch's "before" unless something wrote in between (a replay, a sign-in).
 */
export async function fuzzMutation(env: FuzzEnvironment, target: FuzzTarget, options: { runs: number; seed: number; batch?: number }): Promise<FuzzResult> {
  const started = Date.now();
  const batch = Math.max(1, Math.min(options.batch ?? FUZZ_BATCH, options.runs));
  const result: FuzzResult = { mutation: target.name, runs: 0, accepted: 0, refused: 0, answers: {}, replayed: 0, findings: [], safetyNet: [], seed: options.seed, ms: 0 };
  const allowed = target.refusalWrites ?? [];
  /** The database as last read, while nothing has written since. */
  let current: DatabaseSnapshot | undefined;
  const before = async () => current ?? (await env.snapshot());
  const after = async () => (current = await env.snapshot());
  /** What moved between two snapshots beyond what a refusal of this mutation may write ("" when nothing). */
  const movedBetween = async (start: DatabaseSnapshot, end: DatabaseSnapshot): Promise<string> => {
    const moved = snapshotDifference(start, end, allowed);
    const audits = target.refusalAudits ?? [];
    if (!moved || !audits.length || !env.auditActions || snapshotDifference(start, end, [...allowed, 'audit_event', 'audit_head'])) return moved;
    const added = await env.auditActions(start, end);
    const expected = (end.counts['audit_event'] ?? 0) - (start.counts['audit_event'] ?? 0);
    return added.length === expected && added.every((a) => audits.includes(a)) ? '' : `${moved} (audit events: ${added.join(', ')})`;
  };
  const sendAll = (cases: FuzzCase[]) => Promise.all(cases.map((c) => send(env, target, c)));
  const problems = (sent: Sent[]) => {
    for (const s of sent) {
      if (s.problem) result.findings.push(finding(target, s, s.problem));
      if (s.reasons.includes('DATABASE_REFUSED')) result.safetyNet.push(finding(target, s, 'refused by the database, not by a check'));
    }
  };
  // A case may have ended a role's sessions (endAllSessions of a real id, a password reset): a role
  // answered UNAUTHENTICATED is asked a cheap signed-in read, and signs in again only if that fails.
  const signInAgain = async (sent: Sent[]) => {
    const doubtful = new Set(sent.filter((s) => s.c.role !== 'anonymous' && s.codes.includes('UNAUTHENTICATED')).map((s) => s.c.role));
    for (const role of doubtful) {
      const probe = await post(env, role, PROBE);
      if (probe.status === 200 && !probe.body.includes('"UNAUTHENTICATED"')) continue;
      await env.relogin(role);
      current = undefined;
    }
  };
  /** Sends refusals again (all together) and checks that they leave the database as it was. */
  const replay = async (cases: FuzzCase[]): Promise<void> => {
    if (!cases.length) return;
    const start = await before();
    const sent = await sendAll(cases);
    const end = await after();
    result.replayed += sent.length;
    problems(sent);
    await signInAgain(sent);
    const still = sent.filter((s) => s.refused);
    if (still.length < sent.length) return replay(still.map((s) => s.c));
    const moved = await movedBetween(start, end);
    if (!moved) return;
    if (sent.length === 1) {
      result.findings.push(finding(target, sent[0], `a refusal changed the database: ${moved}`));
      return;
    }
    const count = result.findings.length;
    for (const c of cases) await replay([c]);
    if (result.findings.length === count)
      result.findings.push({
        ...finding(target, sent[0], `${sent.length} refusals sent together changed the database (none alone did): ${moved}`),
        variables: clip(JSON.stringify(cases.map((c) => c.variables))),
      });
  };
  const property = fc.asyncProperty(fc.array(caseArbitrary(target, env.pool), { minLength: batch, maxLength: batch }), async (generated) => {
    const cases = generated.slice(0, options.runs - result.runs);
    const count = result.findings.length;
    const start = await before();
    const sent = await sendAll(cases);
    const end = await after();
    result.runs += sent.length;
    for (const s of sent) {
      if (!s.refused) {
        result.accepted++;
        continue;
      }
      result.refused++;
      const answer = s.codes.length ? `${s.codes[0] ?? '?'}${s.reasons[0] ? `/${s.reasons[0]}` : ''}` : `HTTP ${s.status}`;
      result.answers[answer] = (result.answers[answer] ?? 0) + 1;
    }
    problems(sent);
    await signInAgain(sent);
    if (sent.every((s) => s.refused)) {
      const moved = await movedBetween(start, end);
      if (moved) {
        // Name the case(s) that wrote, then report the batch if none does alone.
        const named = result.findings.length;
        for (const c of cases) await replay([c]);
        if (result.findings.length === named)
          result.findings.push({
            ...finding(target, sent[0], `a batch of ${sent.length} refusals changed the database: ${moved}`),
            variables: clip(JSON.stringify(cases.map((c) => c.variables))),
          });
      }
    } else await replay(sent.filter((s) => s.refused).map((s) => s.c));
    return result.findings.length === count;
  });
  const details = await fc.check(property, { numRuns: Math.ceil(options.runs / batch), seed: options.seed, endOnFailure: true });
  if (details.failed) result.report = fc.defaultReportMessage(details) ?? `failed with seed ${options.seed}`;
  result.ms = Date.now() - started;
  return result;
}

/** Every mutation of the schema, each with the roles it names (from a probe: a role refused by role is not among them). */
export function mutationFields(schema: GraphQLSchema): Array<GraphQLField<unknown, unknown>> {
  return Object.values(schema.getMutationType()?.getFields() ?? {});
}
