import { GENESIS_HASH, auditEventHash } from './audit-chain';

/** The smallest query surface the verifier needs: a pg Client, Pool or TypeORM DataSource. */
export interface SqlRunner {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * The chain head as it was at some time, kept outside the database (`npm run audit:anchor`).
 * A hash chain commits to everything before it, so a later chain that still has this hash at
 * this seq still has every earlier event unchanged.
 */
export interface AuditAnchor {
  seq: number;
  hash: string;
  /** When the anchor was taken (ISO 8601). */
  at: string;
}

export interface AuditVerification {
  ok: boolean;
  eventsChecked: number;
  /** The last event as the chain head records it (seq 0 and the genesis hash when empty). */
  head?: { seq: number; hash: string };
  /** First broken event, with what is wrong, when ok is false. */
  brokenAt?: { seq: number; reason: string };
  /** The earlier anchor the chain no longer contains, when that is what is wrong. */
  anchor?: AuditAnchor;
}

/** An audit_event row as stored (snake_case columns), for anything that reads the chain. */
export interface AuditEventRow {
  seq: string | number;
  occurred_at: Date;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  data: unknown;
  prev_hash: string;
  hash: string;
}

const rowsOf = (result: unknown): AuditEventRow[] => (Array.isArray(result) ? result : (result as { rows: AuditEventRow[] }).rows);

/**
 * Recomputes the whole chain in seq order, in pages so memory stays flat, then checks that the
 * head matches the last event and that the chain still holds every anchor given. Without anchors
 * a chain cut short (head rolled back) or rewritten and re-hashed from some event on verifies.
 */
export async function verifyAuditChain(db: SqlRunner, { anchors = [], pageSize = 5000 }: { anchors?: AuditAnchor[]; pageSize?: number } = {}): Promise<AuditVerification> {
  const anchoredSeqs = new Set(anchors.map((a) => a.seq));
  const hashAt = new Map<number, string>([[0, GENESIS_HASH]]);
  let expectedPrev = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const rows = rowsOf(
      await db.query(
        `SELECT seq, occurred_at, actor_id, action, entity_type, entity_id, data, prev_hash, hash
           FROM audit_event WHERE seq >= $1 ORDER BY seq LIMIT $2`,
        [expectedSeq, pageSize],
      ),
    );
    for (const row of rows) {
      const seq = Number(row.seq);
      const fail = (reason: string): AuditVerification => ({ ok: false, eventsChecked: checked, brokenAt: { seq, reason } });
      if (seq !== expectedSeq) return fail(`event ${expectedSeq} is missing (next found is ${seq})`);
      if (row.prev_hash !== expectedPrev) return fail('prev_hash does not match the hash of the previous event');
      const recomputed = auditEventHash(row.prev_hash, {
        seq,
        occurredAt: new Date(row.occurred_at),
        actorId: row.actor_id,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        data: row.data,
      });
      if (recomputed !== row.hash) return fail('content does not match its hash (the row was altered)');
      if (anchoredSeqs.has(seq)) hashAt.set(seq, row.hash);
      expectedPrev = row.hash;
      expectedSeq = seq + 1;
      checked++;
    }
    if (rows.length < pageSize) break;
  }
  const headRow = rowsOf(await db.query('SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1'))[0] as unknown as
    { last_seq: string | number; last_hash: string } | undefined;
  const head = headRow ? { seq: Number(headRow.last_seq), hash: headRow.last_hash } : undefined;
  if (!head || head.seq !== expectedSeq - 1 || head.hash !== expectedPrev) {
    return { ok: false, eventsChecked: checked, head, brokenAt: { seq: expectedSeq, reason: 'the chain head does not match the last event (events were removed from the end)' } };
  }
  for (const anchor of anchors) {
    const found = hashAt.get(anchor.seq);
    if (found === anchor.hash) continue;
    const reason =
      found === undefined
        ? `the anchor of ${anchor.at} (event ${anchor.seq}) is past the end of the chain, which stops at event ${head.seq}: events were removed`
        : `the anchor of ${anchor.at} says event ${anchor.seq} has hash ${anchor.hash}, the chain has ${found}: history was rewritten`;
    return { ok: false, eventsChecked: checked, head, brokenAt: { seq: anchor.seq, reason }, anchor };
  }
  return { ok: true, eventsChecked: checked, head };
}

/** Anchors as `npm run audit:anchor` appends them: one JSON object per line; blank lines are skipped. */
export function parseAuditAnchors(text: string, source = 'anchors'): AuditAnchor[] {
  const anchors: AuditAnchor[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${source}:${i + 1}: not JSON`);
    }
    const a = value as Partial<AuditAnchor>;
    if (!Number.isSafeInteger(a.seq) || (a.seq as number) < 0 || typeof a.hash !== 'string' || !/^[0-9a-f]{64}$/.test(a.hash) || typeof a.at !== 'string') {
      throw new Error(`${source}:${i + 1}: an anchor is {"seq": <event>, "hash": <64 hex>, "at": <ISO time>}`);
    }
    anchors.push({ seq: a.seq as number, hash: a.hash, at: a.at });
  });
  return anchors;
}
