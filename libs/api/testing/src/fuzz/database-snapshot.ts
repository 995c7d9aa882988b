import { DataSource } from 'typeorm';

/** What "nothing changed" means: the row count of every table and the audit chain's head. */
export interface DatabaseSnapshot {
  counts: Record<string, number>;
  auditHead: string | null;
  /** The newest audit event's number: which events a change added (auditActionsBetween). */
  auditSeq: number;
}

/** Builds the one statement that reads every table's row count and the audit head at once. */
export async function snapshotReader(dataSource: DataSource): Promise<() => Promise<DatabaseSnapshot>> {
  const tables = (
    (await dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'typeorm_migration' ORDER BY tablename`)) as Array<{ tablename: string }>
  ).map((r) => r.tablename);
  const counts = tables.map((t) => `'${t}', (SELECT count(*) FROM "${t}")`);
  // json_build_object takes at most 100 arguments: one object per 50 tables.
  const chunks: string[] = [];
  for (let i = 0; i < counts.length; i += 50) chunks.push(`json_build_object(${counts.slice(i, i + 50).join(', ')})::jsonb`);
  const sql = `SELECT (${chunks.join(' || ')}) AS counts, (SELECT last_hash FROM audit_chain_head WHERE id = 1) AS head, (SELECT coalesce(max(seq), 0) FROM audit_event) AS seq`;
  return async () => {
    const [row] = (await dataSource.query(sql)) as Array<{ counts: Record<string, string | number>; head: string | null; seq: string | number }>;
    return { counts: Object.fromEntries(Object.entries(row.counts).map(([k, v]) => [k, Number(v)])), auditHead: row.head, auditSeq: Number(row.seq) };
  };
}

/** The tables whose count moved, and whether the audit head did ("" when nothing changed). */
export function snapshotDifference(before: DatabaseSnapshot, after: DatabaseSnapshot, allowed: readonly string[] = []): string {
  const moved = Object.keys({ ...before.counts, ...after.counts })
    .filter((t) => !allowed.includes(t) && before.counts[t] !== after.counts[t])
    .map((t) => `${t} ${before.counts[t] ?? 0}→${after.counts[t] ?? 0}`);
  if (!allowed.includes('audit_head') && before.auditHead !== after.auditHead) moved.push('audit head moved');
  return moved.join(', ');
}

/** The actions of the audit events recorded between two snapshots. */
export async function auditActionsBetween(dataSource: DataSource, before: DatabaseSnapshot, after: DatabaseSnapshot): Promise<string[]> {
  const rows = (await dataSource.query(`SELECT action FROM audit_event WHERE seq > $1 AND seq <= $2 ORDER BY seq`, [before.auditSeq, after.auditSeq])) as Array<{ action: string }>;
  return rows.map((r) => r.action);
}
