/** The entity types the API records (entityType of AuditService.record), offered as the page's filter. */
export const ENTITY_TYPES = [
  'official',
  'session',
  'agency',
  'unit',
  'position',
  'rank',
  'assignment',
  'deliverable',
  'work_log',
  'work_catalogue_item',
  'stored_file',
  'pilot',
  'enrollment',
  'absence',
  'spot_check',
  'spot_check_draw',
  'spot_check_flag',
  'calendar_year',
  'calendar_day',
  'commitment_text',
  'system',
] as const;

const show = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * The stored data in lines a person reads: `field: from → to` for a diff ({changes: {f: {from, to}}}),
 * `key: value` otherwise. The exact JSON (what the hash covers) stays available as the event's data.
 */
export function formatChanges(json: string): string {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return json;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return json;
  const record = data as Record<string, unknown>;
  const lines: string[] = [];
  const changes = record['changes'];
  if (changes && typeof changes === 'object' && !Array.isArray(changes)) {
    for (const [field, diff] of Object.entries(changes as Record<string, unknown>)) {
      const d = diff as { from?: unknown; to?: unknown } | null;
      lines.push(d && typeof d === 'object' && ('from' in d || 'to' in d) ? `${field}: ${show(d.from ?? null)} → ${show(d.to ?? null)}` : `${field}: ${show(diff)}`);
    }
  }
  for (const [key, value] of Object.entries(record)) if (key !== 'changes') lines.push(`${key}: ${show(value)}`);
  return lines.join('\n');
}
