import { CoreHoursWindow, parseCoreHours } from '../calendar/core-hours';
import { RuleSet } from '../rule-sets/rule-set.types';
import { check } from '../shared/errors';
import { explain, Explanation } from '../shared/explanation';
import { compareUtf8, concatBytes, hexToBytes, isLowerHex, lengthPrefixed, sha256Bytes, sha256Hex, u32be, utf8ToBytes } from '../shared/hash';
import { assertLocalDate, formatLocalTime, LocalDate, LocalTime, localDateTimeToInstant, MS_PER_MINUTE } from '../shared/local-date';
import { assertInteger } from '../shared/numbers';
import { Sha256CounterRandom } from '../shared/prng';

/** Identifies the algorithm in every record, so a later change cannot silently reinterpret old draws. */
export const DRAW_ALGORITHM = 'ketqua/spot-check/v1';

export interface DrawParameters {
  /** Sample rate in basis points (1000 = 10%). */
  sampleRateBasisPoints: number;
  coreHours: readonly CoreHoursWindow[];
  /** Minutes the official has to answer; the whole window lies inside one core-hours window. */
  answerWindowMinutes: number;
}

export interface DrawInput extends DrawParameters {
  /** 32 secret bytes as 64 lowercase hex characters; its SHA-256 is published before the day. */
  seedHex: string;
  unitId: string;
  date: LocalDate;
  /** Ids of the unit's officials working from home that day, in any order. */
  roster: readonly string[];
  /** The rule set the parameters came from, recorded in the explanation only (not part of the draw). */
  ruleSetVersion?: string;
}

export interface DrawPick {
  /** Position in pick order, from 0. */
  order: number;
  officialId: string;
  /** The official's index in the sorted roster. */
  rosterIndex: number;
  promptLocalTime: LocalTime;
  promptAt: string;
  answerBy: string;
}

/** What is published after the day (everything but the seed is also known before it, except the picks). */
export interface SpotCheckDraw {
  algorithm: string;
  unitId: string;
  date: LocalDate;
  commitment: string;
  /** The roster sorted by UTF-8 bytes, as drawn from. */
  roster: string[];
  rosterHash: string;
  parameters: { sampleRateBasisPoints: number; coreHours: CoreHoursWindow[]; answerWindowMinutes: number };
  k: number;
  picks: DrawPick[];
  explanation: Explanation;
}

/** The draw parameters of a rule set, with the pilot's own values where it sets them. */
export function drawParameters(ruleSet: RuleSet, overrides: Partial<DrawParameters> = {}): DrawParameters {
  return {
    sampleRateBasisPoints: overrides.sampleRateBasisPoints ?? ruleSet.spotChecks.sampleRateBasisPoints,
    coreHours: overrides.coreHours ?? ruleSet.coreHours,
    answerWindowMinutes: overrides.answerWindowMinutes ?? ruleSet.spotChecks.answerWindowMinutes,
  };
}

export function assertSeedHex(seedHex: string, field = 'seedHex'): void {
  check(typeof seedHex === 'string' && isLowerHex(seedHex, 32), field, 'must be 64 lowercase hexadecimal characters (32 bytes)');
}

/** The published commitment: lowercase hex SHA-256 of the 32 seed bytes (not of the hex text). */
export function commitmentOf(seedHex: string): string {
  assertSeedHex(seedHex);
  return sha256Hex(hexToBytes(seedHex));
}

/**
 * PRODUCT 4.6: at least one official when anyone is home, otherwise the rate rounded up:
 * k = min(n, max(1, ceil(n × rate))). Rounding up keeps the promise "at least 10%" for every unit
 * size; integer arithmetic (basis points) avoids 0.1 × 30 = 3.0000000000000004 rounding up to 4.
 */
export function sampleSize(n: number, sampleRateBasisPoints: number): number {
  assertInteger(n, 'n');
  assertInteger(sampleRateBasisPoints, 'sampleRateBasisPoints', 0, 10_000);
  if (n === 0) return 0;
  return Math.min(n, Math.max(1, Math.floor((n * sampleRateBasisPoints + 9_999) / 10_000)));
}

/** Sorts by UTF-8 bytes and rejects empty or repeated ids: the draw needs one unambiguous order. */
export function sortRoster(roster: readonly string[]): string[] {
  roster.forEach((id, i) => check(typeof id === 'string' && id.length > 0, `roster[${i}]`, 'must be a non-empty id'));
  const sorted = [...roster].sort(compareUtf8);
  sorted.forEach((id, i) => check(i === 0 || sorted[i - 1] !== id, 'roster', `"${id}" appears twice`));
  return sorted;
}

/** SHA-256 over the sorted roster: u32be(n) then each id length-prefixed. */
export function rosterHashOf(sortedRoster: readonly string[]): string {
  return sha256Hex(concatBytes(u32be(sortedRoster.length), ...sortedRoster.map(lengthPrefixed)));
}

/**
 * key = SHA-256( ASCII "ketqua/spot-check/v1" ‖ 0x00 ‖ seed (32 bytes) ‖ u32be(len unitId) ‖
 * UTF-8 unitId ‖ ASCII date (10 bytes) ).
 */
export function drawKey(seedHex: string, unitId: string, date: LocalDate): Uint8Array {
  return sha256Bytes(concatBytes(utf8ToBytes(DRAW_ALGORITHM), new Uint8Array([0]), hexToBytes(seedHex), lengthPrefixed(unitId), utf8ToBytes(date)));
}

/**
 * Every minute a prompt may start: inside a core-hours window with the whole answer window before
 * that window ends, so a prompt never falls in the lunch gap or runs past the end of core hours.
 */
export function promptMinutes(coreHours: readonly CoreHoursWindow[], answerWindowMinutes: number): number[] {
  const minutes: number[] = [];
  for (const window of parseCoreHours(coreHours)) {
    for (let minute = window.startMinute; minute + answerWindowMinutes <= window.endMinute; minute++) minutes.push(minute);
  }
  return minutes;
}

/**
 * The spot-check draw of PRODUCT 4.6, specified byte for byte in docs/SPOT-CHECKS.md: a pure
 * function of (seed, unit, date, sorted roster, parameters). Partial Fisher–Yates picks k officials
 * from the sorted roster, then one prompt minute each, all from the SHA-256 counter-mode stream.
 */
export function drawSpotChecks(input: DrawInput): SpotCheckDraw {
  assertSeedHex(input.seedHex);
  check(typeof input.unitId === 'string' && input.unitId.length > 0, 'unitId', 'must not be empty');
  assertLocalDate(input.date, 'date');
  assertInteger(input.answerWindowMinutes, 'answerWindowMinutes', 1, 24 * 60);
  const roster = sortRoster(input.roster);
  const n = roster.length;
  const k = sampleSize(n, input.sampleRateBasisPoints);
  const slots = promptMinutes(input.coreHours, input.answerWindowMinutes);
  check(slots.length > 0, 'coreHours', `no core-hours window is long enough for a ${input.answerWindowMinutes}-minute answer window`);

  const random = new Sha256CounterRandom(drawKey(input.seedHex, input.unitId, input.date));
  const order = [...roster.keys()];
  for (let i = 0; i < k; i++) {
    const j = i + random.uniformInt(n - i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const picks: DrawPick[] = order.slice(0, k).map((rosterIndex, i) => {
    const minute = slots[random.uniformInt(slots.length)];
    const promptAt = localDateTimeToInstant(input.date, minute);
    return {
      order: i,
      officialId: roster[rosterIndex],
      rosterIndex,
      promptLocalTime: formatLocalTime(minute),
      promptAt: promptAt.toISOString(),
      answerBy: new Date(promptAt.getTime() + input.answerWindowMinutes * MS_PER_MINUTE).toISOString(),
    };
  });
  const commitment = commitmentOf(input.seedHex);
  const rosterHash = rosterHashOf(roster);
  return {
    algorithm: DRAW_ALGORITHM,
    unitId: input.unitId,
    date: input.date,
    commitment,
    roster,
    rosterHash,
    parameters: {
      sampleRateBasisPoints: input.sampleRateBasisPoints,
      coreHours: input.coreHours.map((window) => ({ start: window.start, end: window.end })),
      answerWindowMinutes: input.answerWindowMinutes,
    },
    k,
    picks,
    explanation: explain({
      rule: 'spotChecks.draw',
      source:
        'Pilot principle (PRODUCT 4.6): only home officials, only inside core hours, at least 1 when anyone is home, selection a pure published function of the committed seed',
      ruleSetVersion: input.ruleSetVersion ?? 'pilot parameters',
      inputs: { unitId: input.unitId, date: input.date, rosterSize: n, rosterHash, sampleRateBasisPoints: input.sampleRateBasisPoints, commitment },
      steps: [
        { label: 'sample size', value: k, formula: `min(${n}, max(1, ceil(${n} × ${input.sampleRateBasisPoints} ÷ 10000)))` },
        { label: 'eligible prompt minutes', value: slots.length },
        ...picks.map((pick) => ({ label: `pick ${pick.order + 1}`, value: `${pick.officialId} at ${pick.promptLocalTime}` })),
      ],
      result: picks.map((pick) => pick.officialId),
    }),
  };
}
