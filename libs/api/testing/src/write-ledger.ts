import { Client } from 'pg';
import { httpRequest } from './graphql-client';

/**
 * Writers against a running API that keep a ledger of every write the API acknowledged, for the
 * restart spec and `npm run bench:restart`: afterwards the database must hold each acknowledged
 * write exactly once (PostgreSQL's promise that an acknowledged commit survives a restart, and
 * the API's that it never answers "done" for a rolled-back write nor writes one request twice).
 */

const LOG_WORK = `mutation($input: LogWorkInput!) { logWork(input: $input) { id note } }`;
const CREATE_ASSIGNMENT = `mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id title } }`;
const BELL = `query { notifications(first: 10) { totalCount edges { node { id } } } }`;

export type WriteKind = 'logWork' | 'createAssignment';

export interface LedgerEntry {
  kind: WriteKind;
  /** The unique text the writer put in the row (work log note, assignment title). */
  key: string;
  /** The id the API answered. */
  id: string;
  at: number;
}

export interface LedgerRun {
  acknowledged: LedgerEntry[];
  /** Writes whose answer was a refusal or no answer at all: not promised, so they may or may not be stored. */
  unacknowledged: { kind: WriteKind; key: string; code: string }[];
  /** Count of answers by HTTP status and extensions.code, e.g. "200", "503 SERVICE_UNAVAILABLE", "network". */
  answers: Record<string, number>;
  /** Answers that would sign a person out; must stay 0. */
  unauthenticated: number;
  /** 503 answers without a Retry-After header; must stay 0. */
  missingRetryAfter: number;
  /** Writes sent again after a 503 that said the operation had not started (safeToRetry). */
  retried: number;
  reads: number;
  latenciesMs: number[];
}

export interface WriterAccounts {
  apiUrl: string;
  officialToken: string;
  headToken: string;
  officialId: string;
}

interface Answer {
  status: number;
  retryAfter?: string;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ extensions?: Record<string, unknown> }> } | null;
}

async function post(apiUrl: string, token: string, query: string, variables: Record<string, unknown>): Promise<Answer> {
  try {
    const res = await httpRequest(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    let body: Answer['body'] = null;
    try {
      body = JSON.parse(res.body) as Answer['body'];
    } catch {
      body = null;
    }
    const retryAfter = res.headers['retry-after'];
    return { status: res.status, retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter, body };
  } catch {
    return { status: 0, body: null };
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A working day within the last 31 days, spread so no day nears the daily cap (1 minute per log). */
function workDate(n: number): string {
  const day = new Date(Date.now() - (1 + (n % 20)) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/**
 * Runs `clients` writers until `until()` says stop: even clients log work as the official, odd ones
 * create assignments as the head for the official, and every third request of each reads the bell.
 * A 503 whose error says safeToRetry (the session lookup failed, nothing started) is sent again
 * after Retry-After, as the dashboard does; any other failure is left unacknowledged.
 */
export async function runLedgerWriters(accounts: WriterAccounts, options: { clients: number; until: () => boolean; tag: string }): Promise<LedgerRun> {
  const run: LedgerRun = { acknowledged: [], unacknowledged: [], answers: {}, unauthenticated: 0, missingRetryAfter: 0, retried: 0, reads: 0, latenciesMs: [] };
  const note = (answer: Answer) => {
    const code = answer.body?.errors?.[0]?.extensions?.['code'];
    const label = answer.status === 0 ? 'network' : `${answer.status}${typeof code === 'string' ? ` ${code}` : ''}`;
    run.answers[label] = (run.answers[label] ?? 0) + 1;
    if (answer.body?.errors?.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) run.unauthenticated++;
    if (answer.status === 503 && !answer.retryAfter) run.missingRetryAfter++;
  };
  const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString();

  async function writer(client: number): Promise<void> {
    for (let n = 0; !options.until(); n++) {
      if (n % 3 === 2) {
        const started = performance.now();
        note(await post(accounts.apiUrl, client % 2 ? accounts.headToken : accounts.officialToken, BELL, {}));
        run.latenciesMs.push(performance.now() - started);
        run.reads++;
        continue;
      }
      const kind: WriteKind = client % 2 ? 'createAssignment' : 'logWork';
      const key = `${options.tag}-${client}-${n}`;
      const [token, query, variables] =
        kind === 'logWork'
          ? [accounts.officialToken, LOG_WORK, { input: { workDate: workDate(n), minutes: 1, note: key } }]
          : [accounts.headToken, CREATE_ASSIGNMENT, { input: { assigneeIds: [accounts.officialId], title: key, quantity: 1, deadline } }];
      for (let attempt = 0; ; attempt++) {
        const started = performance.now();
        const answer = await post(accounts.apiUrl, token, query, variables);
        run.latenciesMs.push(performance.now() - started);
        note(answer);
        const data = answer.body?.data?.[kind] as { id: string } | Array<{ id: string }> | undefined;
        const id = Array.isArray(data) ? data[0]?.id : data?.id;
        if (answer.status === 200 && id && !answer.body?.errors?.length) {
          run.acknowledged.push({ kind, key, id, at: Date.now() });
          break;
        }
        const error = answer.body?.errors?.[0]?.extensions;
        if (answer.status === 503 && error?.['safeToRetry'] === true && attempt < 20 && !options.until()) {
          run.retried++;
          await sleep(Math.min(2000, Number(answer.retryAfter ?? 1) * 1000) / 4);
          continue;
        }
        run.unacknowledged.push({ kind, key, code: typeof error?.['code'] === 'string' ? error['code'] : `HTTP ${answer.status}` });
        if (answer.status === 0 || answer.status === 503) await sleep(200);
        break;
      }
    }
  }

  await Promise.all(Array.from({ length: options.clients }, (_, i) => writer(i)));
  return run;
}

export interface LedgerCheck {
  acknowledged: number;
  /** Acknowledged writes not in the database. */
  lost: LedgerEntry[];
  /** Keys stored more than once. */
  duplicated: string[];
  /** Unacknowledged writes that were stored anyway (allowed: the answer, not the commit, was lost). */
  unacknowledgedStored: number;
}

/** Compares the ledger with what the database holds. */
export async function checkLedger(databaseUrl: string, run: LedgerRun, tag: string): Promise<LedgerCheck> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const rows = (
      await db.query<{ key: string; id: string }>(
        `SELECT note AS key, id FROM work_log WHERE note LIKE $1 || '-%'
         UNION ALL SELECT title AS key, id FROM assignment WHERE title LIKE $1 || '-%'`,
        [tag],
      )
    ).rows;
    const byKey = new Map<string, string[]>();
    for (const r of rows) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r.id]);
    const lost = run.acknowledged.filter((e) => !byKey.get(e.key)?.includes(e.id));
    const duplicated = [...byKey].filter(([, ids]) => ids.length > 1).map(([key]) => key);
    const unacknowledgedStored = run.unacknowledged.filter((u) => byKey.has(u.key)).length;
    return { acknowledged: run.acknowledged.length, lost, duplicated, unacknowledgedStored };
  } finally {
    await db.end();
  }
}

/** Polls GET /health until it answers 200; the milliseconds it took. */
export async function waitHealthy(apiUrl: string, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      if ((await httpRequest(`${apiUrl}/health`)).status === 200) return Date.now() - started;
    } catch {
      // not answering yet
    }
    await sleep(100);
  }
  throw new Error(`${apiUrl}/health not healthy within ${timeoutMs} ms`);
}
