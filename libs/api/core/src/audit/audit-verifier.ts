import { GENESIS_HASH, auditEventHash } from './audit-chain';

/** The smallest query surface the verifier needs: a pg Client, Pool or TypeORM DataSource. */
export interface SqlRunner {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export interface AuditVerification {
  ok: boolean;
  eventsChecked: number;
  /** First broken event, with what is wrong, when ok is false. */
  brokenAt?: { seq: number; reason: string };
}

interface Row {
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

const rowsOf = (result: unknown): Row[] => (Array.isArray(result) ? result : (result as { rows: Row[] }).rows);

/** Recomputes the whole chain in seq order, in pages so memory stays flat. */
export async function verifyAuditChain(db: SqlRunner, pageSize = 5000): Promise<AuditVerification> {
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
      expectedPrev = row.hash;
      expectedSeq = seq + 1;
      checked++;
    }
    if (rows.length < pageSize) break;
  }
  const head = rowsOf(await db.query('SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1'))[0] as unknown as
    | { last_seq: string | number; last_hash: string }
    | undefined;
  if (!head || Number(head.last_seq) !== expectedSeq - 1 || head.last_hash !== expectedPrev) {
    return { ok: false, eventsChecked: checked, brokenAt: { seq: expectedSeq, reason: 'the chain head does not match the last event (events were removed from the end)' } };
  }
  return { ok: true, eventsChecked: checked };
}
