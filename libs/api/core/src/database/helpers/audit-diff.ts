/** One changed field in an audit event's data. */
export type FieldChange = { from: unknown; to: unknown };

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields of `after` whose value differs from `before`, as { field: { from, to } }, for the
 * audit trail. Fields left undefined in `after` were not touched; values are compared by content
 * (dates, arrays, JSON columns), so re-saving the same value records nothing.
 */
export function changes<T extends object>(before: T, after: Partial<T>): Record<string, FieldChange> {
  const out: Record<string, FieldChange> = {};
  for (const [key, to] of Object.entries(after)) {
    const from = (before as Record<string, unknown>)[key];
    if (to !== undefined && !same(from, to)) out[key] = { from, to };
  }
  return out;
}
