import { verifyDraw, type DrawMismatch, type DrawPick, type SpotCheckDraw } from '@ketqua/domain';

/** The published record as the API's `json` field and the download hold it (docs/SPOT-CHECKS.md 8). */
export interface PublishedDrawRecord extends Omit<SpotCheckDraw, 'explanation' | 'picks'> {
  seed: string | null;
  drawnAt: string;
  revealedAt: string | null;
  picks: DrawPick[] | null;
}

export type DrawVerdict = { state: 'sealed' } | { state: 'match'; mismatches: [] } | { state: 'mismatch'; mismatches: DrawMismatch[] } | { state: 'unreadable'; error: string };

/**
 * Recomputes a revealed draw in the browser with libs/domain (the same code the server drew with)
 * and says whether it matches: the seed against the commitment published before the day, then the
 * roster hash, the sample size and every pick and time. Before the reveal there is nothing to check.
 */
export function verifyPublishedDraw(json: string): DrawVerdict {
  let record: PublishedDrawRecord;
  try {
    record = JSON.parse(json) as PublishedDrawRecord;
  } catch (e) {
    return { state: 'unreadable', error: (e as Error).message };
  }
  if (!record.seed || !record.picks) return { state: 'sealed' };
  try {
    const { valid, mismatches } = verifyDraw({ ...record, picks: record.picks }, record.seed);
    return valid ? { state: 'match', mismatches: [] } : { state: 'mismatch', mismatches };
  } catch (e) {
    return { state: 'unreadable', error: (e as Error).message };
  }
}

/** ketqua-boc-tham-<unit>-<date>.json: what `npm run spot-check:verify -- <file>` reads. */
export function drawFileName(unitName: string, date: string): string {
  const slug = unitName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `ketqua-boc-tham-${slug || 'don-vi'}-${date}.json`;
}
