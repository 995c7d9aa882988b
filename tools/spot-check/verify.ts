// npm run spot-check:verify -- <draw.json> — checks a downloaded spot-check draw outside the server
// (docs/SPOT-CHECKS.md section 8) with libs/domain only: the revealed seed must hash to the published
// commitment and recompute the same roster hash, sample size and picks. Exit 0 when everything
// matches, 1 naming each mismatch, 2 when the file cannot be checked (unreadable, not revealed yet).
import { readFileSync } from 'node:fs';
import { DRAW_ALGORITHM, verifyDraw } from '@ketqua/domain';
import type { DrawPick, SpotCheckDraw } from '@ketqua/domain';

type PublishedDraw = Omit<SpotCheckDraw, 'explanation' | 'picks'> & { seed: string | null; picks: DrawPick[] | null };

class Unverifiable extends Error {}

function read(path: string | undefined): PublishedDraw {
  if (!path) throw new Unverifiable('usage: npm run spot-check:verify -- <draw.json>');
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Unverifiable(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const record = parsed as Partial<PublishedDraw>;
  const missing = ['algorithm', 'unitId', 'date', 'commitment', 'roster', 'rosterHash', 'parameters', 'k', 'picks', 'seed'].filter((key) => !(key in (record as object)));
  if (missing.length) throw new Unverifiable(`${path} is not a draw record: missing ${missing.join(', ')}`);
  if (record.seed === null || record.picks === null) {
    throw new Unverifiable(`the draw of ${record.date} is not revealed yet: the seed and the picks are published after the day's core hours`);
  }
  if (record.algorithm !== DRAW_ALGORITHM) throw new Unverifiable(`unknown algorithm ${JSON.stringify(record.algorithm)}: this tool verifies ${DRAW_ALGORITHM}`);
  return record as PublishedDraw;
}

function main(): number {
  const record = read(process.argv[2]);
  const result = verifyDraw({ ...record, picks: record.picks ?? [] }, record.seed ?? '');
  const what = `draw ${record.date} of unit ${record.unitId} (${record.k} of ${record.roster.length} picked)`;
  if (result.valid) {
    process.stdout.write(`OK (khớp): ${what}: the seed matches the commitment and the recomputed picks equal the published ones\n`);
    return 0;
  }
  process.stdout.write(`MISMATCH (không khớp): ${what}\n`);
  for (const m of result.mismatches) process.stdout.write(`  ${m.field}: recomputed ${JSON.stringify(m.expected)}, published ${JSON.stringify(m.actual)}\n`);
  return 1;
}

try {
  process.exit(main());
} catch (error) {
  process.stderr.write(`spot-check:verify: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof Unverifiable ? 2 : 3);
}
