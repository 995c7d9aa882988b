import { JsonValue } from '../shared/explanation';
import { isLowerHex } from '../shared/hash';
import { commitmentOf, drawSpotChecks, SpotCheckDraw } from './draw';

export interface DrawMismatch {
  /** Which field differs, e.g. "commitment", "k", "picks[0].officialId". */
  field: string;
  expected: JsonValue;
  actual: JsonValue;
}

export interface DrawVerification {
  valid: boolean;
  mismatches: DrawMismatch[];
  /** The draw recomputed from the revealed seed (null when the seed is malformed). */
  recomputed: SpotCheckDraw | null;
}

/**
 * What an inspector or the official does after the day (PRODUCT 4.6): check that the revealed
 * seed hashes to the commitment published before the day, recompute the draw from the published
 * record (unit, date, roster, parameters) and compare every pick. `expected` is what the
 * recomputation gives, `actual` what was published.
 */
export function verifyDraw(published: Omit<SpotCheckDraw, 'explanation'>, revealedSeedHex: string): DrawVerification {
  if (!isLowerHex(revealedSeedHex, 32)) {
    return { valid: false, mismatches: [{ field: 'seed', expected: '64 lowercase hex characters', actual: revealedSeedHex }], recomputed: null };
  }
  const mismatches: DrawMismatch[] = [];
  const compare = (field: string, expected: JsonValue, actual: JsonValue): void => {
    if (JSON.stringify(expected) !== JSON.stringify(actual)) mismatches.push({ field, expected, actual });
  };
  compare('commitment', commitmentOf(revealedSeedHex), published.commitment);
  const recomputed = drawSpotChecks({
    seedHex: revealedSeedHex,
    unitId: published.unitId,
    date: published.date,
    roster: published.roster,
    ...published.parameters,
  });
  compare('algorithm', recomputed.algorithm, published.algorithm);
  compare('roster', recomputed.roster, published.roster);
  compare('rosterHash', recomputed.rosterHash, published.rosterHash);
  compare('k', recomputed.k, published.k);
  const count = Math.max(recomputed.picks.length, published.picks.length);
  for (let i = 0; i < count; i++) {
    const mine = recomputed.picks[i];
    const theirs = published.picks[i];
    for (const key of ['officialId', 'promptAt', 'answerBy'] as const) compare(`picks[${i}].${key}`, mine?.[key] ?? null, theirs?.[key] ?? null);
  }
  return { valid: mismatches.length === 0, mismatches, recomputed };
}
