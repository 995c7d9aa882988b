import type { DrawPick, SpotCheckDraw } from '@ketqua/domain';
import { SpotCheckDrawEntity } from './spot-check-draw.entity';

/**
 * The published record of a draw, as downloaded and as `npm run spot-check:verify` reads it: the
 * fields of docs/SPOT-CHECKS.md section 8. Before the reveal it carries neither the seed nor the
 * picks (who is checked when is as secret as the seed until the day is over).
 */
export interface PublishedDrawRecord extends Omit<SpotCheckDraw, 'explanation' | 'picks'> {
  seed: string | null;
  drawnAt: string;
  revealedAt: string | null;
  picks: DrawPick[] | null;
}

export function publishedRecord(draw: SpotCheckDrawEntity): PublishedDrawRecord {
  const revealed = draw.revealedAt !== null;
  return {
    algorithm: draw.algorithm,
    unitId: draw.unitId,
    date: draw.date,
    commitment: draw.commitment,
    roster: draw.roster,
    rosterHash: draw.rosterHash,
    parameters: draw.parameters,
    k: draw.k,
    picks: revealed ? draw.picks : null,
    seed: revealed ? draw.seedHex : null,
    drawnAt: new Date(draw.drawnAt).toISOString(),
    revealedAt: revealed ? new Date(draw.revealedAt as Date).toISOString() : null,
  };
}
