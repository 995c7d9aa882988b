import { LocalisedText, StaleVersionError } from '@ketqua/api/core';

/** Optimistic locking: the client sends the version it edited; a different stored one is a CONFLICT. */
export function assertVersion(what: LocalisedText, expected: number | undefined, actual: number): void {
  if (expected !== undefined && expected !== actual) throw new StaleVersionError(what, expected, actual);
}

/** The fields that changed, as { field: { from, to } }, for the audit trail. */
export function changes<T extends object>(before: T, after: Partial<T>): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(after)) {
    const from = (before as Record<string, unknown>)[key];
    if (to !== undefined && to !== from) out[key] = { from, to };
  }
  return out;
}

/** Postgres unique_violation, for the race where two requests pass the pre-check together. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505';
}
