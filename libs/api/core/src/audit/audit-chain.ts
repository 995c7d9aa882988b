import { createHash } from 'node:crypto';

/** prevHash of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEventContent {
  seq: number;
  occurredAt: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  data: unknown;
}

/**
 * JSON with object keys sorted at every level. PostgreSQL's jsonb reorders keys, so the hash
 * must not depend on key order to be recomputable from the stored row.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * hash = SHA-256(prevHash + "\n" + canonicalJson(event)), hex. Changing any field of any event,
 * removing one or reordering them changes every hash after it.
 */
export function auditEventHash(prevHash: string, event: AuditEventContent): string {
  const body = canonicalJson({
    seq: Number(event.seq),
    occurredAt: event.occurredAt.toISOString(),
    actorId: event.actorId,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    data: event.data,
  });
  return createHash('sha256').update(`${prevHash}\n${body}`).digest('hex');
}

/** JSON round-trip so what is hashed is exactly what jsonb gives back (Dates become ISO strings). */
export function normaliseAuditData(data: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(data ?? {})) as Record<string, unknown>;
}
