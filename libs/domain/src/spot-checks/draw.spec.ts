import fc from 'fast-check';
import { DEFAULT_CORE_HOURS } from '../calendar/core-hours';
import { RULE_SET_V1 } from '../rule-sets/v1';
import { DomainValidationError } from '../shared/errors';
import { sha256Hex } from '../shared/hash';
import { localMinuteOfDay, parseLocalTime, toLocalDate } from '../shared/local-date';
import { commitmentOf, DrawInput, drawParameters, drawSpotChecks, promptMinutes, sampleSize, sortRoster } from './draw';
import { verifyDraw } from './verify';

const seedOf = (label: string): string => sha256Hex(label);
const roster12 = ['u-07', 'u-03', 'u-12', 'u-01', 'u-09', 'u-05', 'u-11', 'u-02', 'u-10', 'u-04', 'u-08', 'u-06'];
const example: DrawInput = {
  seedHex: seedOf('ketqua example seed'),
  unitId: 'phong-to-chuc-can-bo',
  date: '2026-03-03',
  roster: roster12,
  ...drawParameters(RULE_SET_V1),
};

describe('spot-check draw (docs/SPOT-CHECKS.md)', () => {
  it('reproduces the worked example of the specification', () => {
    const draw = drawSpotChecks(example);
    expect(example.seedHex).toBe('893ddaa24d689eca89387122168f96b5c3ffd3f96cc97f27abc0531532c9cfde');
    expect(draw.commitment).toBe('9dc355e9d42b25211d662789fe65ddc9744d3fbca4c658747dce927cbeaa22cd');
    expect(draw.rosterHash).toBe('f562b509872d58c851955595279a291d8e875669c753b3d0d5197c26b066f154');
    expect(draw.k).toBe(2);
    expect(draw.picks).toEqual([
      { order: 0, officialId: 'u-09', rosterIndex: 8, promptLocalTime: '15:41', promptAt: '2026-03-03T08:41:00.000Z', answerBy: '2026-03-03T08:56:00.000Z' },
      { order: 1, officialId: 'u-11', rosterIndex: 10, promptLocalTime: '16:22', promptAt: '2026-03-03T09:22:00.000Z', answerBy: '2026-03-03T09:37:00.000Z' },
    ]);
    expect(draw.algorithm).toBe('ketqua/spot-check/v1');
    expect(draw.explanation).toMatchObject({ rule: 'spotChecks.draw', ruleSetVersion: 'pilot parameters', result: ['u-09', 'u-11'] });
    expect(drawSpotChecks({ ...example, ruleSetVersion: 'v1' }).explanation.ruleSetVersion).toBe('v1');
  });

  it.each([
    [0, 1000, 0],
    [1, 1000, 1],
    [9, 1000, 1],
    [10, 1000, 1],
    [11, 1000, 2],
    [20, 1000, 2],
    [21, 1000, 3],
    [30, 1000, 3], // 0.1 × 30 in floating point is 3.0000000000000004
    [7, 0, 1],
    [7, 10000, 7],
    [3, 3333, 1],
    [3, 3334, 2],
  ])('n = %d at %d basis points → k = %d', (n, rate, k) => {
    expect(sampleSize(n, rate)).toBe(k);
  });

  it('offers 422 prompt minutes by default: 08:00–11:15 and 13:00–16:45', () => {
    const minutes = promptMinutes(DEFAULT_CORE_HOURS, 15);
    expect(minutes).toHaveLength(196 + 226);
    expect(minutes[0]).toBe(parseLocalTime('08:00'));
    expect(minutes[195]).toBe(parseLocalTime('11:15'));
    expect(minutes[196]).toBe(parseLocalTime('13:00'));
    expect(minutes.at(-1)).toBe(parseLocalTime('16:45'));
  });

  it('draws nobody when nobody is home', () => {
    expect(drawSpotChecks({ ...example, roster: [] })).toMatchObject({ k: 0, picks: [], roster: [] });
  });

  it.each([
    [{ seedHex: 'ABC' }, /seedHex/],
    [{ seedHex: seedOf('x').toUpperCase() }, /lowercase/],
    [{ unitId: '' }, /unitId/],
    [{ date: '2026-02-30' }, /date/],
    [{ roster: ['a', 'b', 'a'] }, /"a" appears twice/],
    [{ roster: ['a', ''] }, /roster\[1\]/],
    [{ answerWindowMinutes: 241 }, /long enough/],
    [{ answerWindowMinutes: 0 }, /answerWindowMinutes/],
    [{ sampleRateBasisPoints: 10001 }, /sampleRateBasisPoints/],
  ])('rejects %j', (overrides, message) => {
    expect(() => drawSpotChecks({ ...example, ...overrides })).toThrow(DomainValidationError);
    expect(() => drawSpotChecks({ ...example, ...overrides })).toThrow(message);
  });

  it('takes the pilot’s parameters over the rule set’s', () => {
    expect(drawParameters(RULE_SET_V1, { sampleRateBasisPoints: 2000, answerWindowMinutes: 10 })).toEqual({
      sampleRateBasisPoints: 2000,
      coreHours: DEFAULT_CORE_HOURS,
      answerWindowMinutes: 10,
    });
    expect(commitmentOf(seedOf('a'))).toBe(sha256Hex(Buffer.from(seedOf('a'), 'hex')));
    expect(sortRoster(['b', 'a', 'B'])).toEqual(['B', 'a', 'b']);
  });
});

describe('verifyDraw', () => {
  const published = drawSpotChecks(example);

  it('accepts the revealed seed and the published draw', () => {
    const result = verifyDraw(published, example.seedHex);
    expect(result.valid).toBe(true);
    expect(result.mismatches).toEqual([]);
    expect(result.recomputed?.picks).toEqual(published.picks);
  });

  it('rejects a seed that does not match the commitment', () => {
    const result = verifyDraw(published, seedOf('another seed'));
    expect(result.valid).toBe(false);
    expect(result.mismatches[0]).toEqual({ field: 'commitment', expected: sha256Hex(Buffer.from(seedOf('another seed'), 'hex')), actual: published.commitment });
  });

  it('names the pick that was changed', () => {
    const tampered = { ...published, picks: [{ ...published.picks[0], officialId: 'u-01' }, published.picks[1]] };
    expect(verifyDraw(tampered, example.seedHex).mismatches).toEqual([{ field: 'picks[0].officialId', expected: 'u-09', actual: 'u-01' }]);
    const moved = { ...published, picks: [published.picks[0], { ...published.picks[1], promptAt: '2026-03-03T02:00:00.000Z' }] };
    expect(verifyDraw(moved, example.seedHex).mismatches.map((m) => m.field)).toEqual(['picks[1].promptAt']);
    const missing = { ...published, picks: published.picks.slice(0, 1) };
    expect(verifyDraw(missing, example.seedHex).mismatches.map((m) => m.field)).toEqual(['picks[1].officialId', 'picks[1].promptAt', 'picks[1].answerBy']);
    const extra = { ...published, k: 3, picks: [...published.picks, { ...published.picks[0], order: 2 }] };
    expect(verifyDraw(extra, example.seedHex).mismatches.map((m) => m.field)).toEqual(['k', 'picks[2].officialId', 'picks[2].promptAt', 'picks[2].answerBy']);
  });

  it('detects a changed roster, hash or algorithm', () => {
    const changed = { ...published, roster: published.roster.slice(1) };
    expect(verifyDraw(changed, example.seedHex).mismatches.map((m) => m.field)).toContain('rosterHash');
    const unsorted = { ...published, roster: [...published.roster].reverse() };
    expect(verifyDraw(unsorted, example.seedHex).mismatches.map((m) => m.field)).toEqual(['roster']);
    expect(verifyDraw({ ...published, algorithm: 'v0' }, example.seedHex).mismatches.map((m) => m.field)).toEqual(['algorithm']);
  });

  it('reports a malformed seed instead of throwing', () => {
    expect(verifyDraw(published, 'not hex')).toEqual({
      valid: false,
      mismatches: [{ field: 'seed', expected: '64 lowercase hex characters', actual: 'not hex' }],
      recomputed: null,
    });
  });
});

describe('spot-check draw, properties', () => {
  const seedArb = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => Buffer.from(bytes).toString('hex'));
  const rosterArb = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }), { minLength: 0, maxLength: 40 });
  const inputArb = fc.record({
    seedHex: seedArb,
    unitId: fc.string({ minLength: 1, maxLength: 20 }),
    date: fc.integer({ min: 0, max: 2000 }).map((day) => new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString().slice(0, 10)),
    roster: rosterArb,
    sampleRateBasisPoints: fc.integer({ min: 0, max: 10_000 }),
    answerWindowMinutes: fc.integer({ min: 1, max: 60 }),
  });
  const full = (raw: Omit<DrawInput, 'coreHours'>): DrawInput => ({ ...raw, coreHours: DEFAULT_CORE_HOURS });

  it('is deterministic and ignores the order the roster arrives in', () => {
    fc.assert(
      fc.property(inputArb, (raw) => {
        const draw = drawSpotChecks(full(raw));
        expect(drawSpotChecks(full(raw))).toEqual(draw);
        expect(drawSpotChecks(full({ ...raw, roster: [...raw.roster].reverse() })).picks).toEqual(draw.picks);
      }),
      { numRuns: 60 },
    );
  });

  it('picks k distinct officials from the roster, each inside core hours with room to answer', () => {
    fc.assert(
      fc.property(inputArb, (raw) => {
        const draw = drawSpotChecks(full(raw));
        const ids = draw.picks.map((pick) => pick.officialId);
        expect(ids).toHaveLength(sampleSize(raw.roster.length, raw.sampleRateBasisPoints));
        expect(new Set(ids).size).toBe(ids.length);
        for (const pick of draw.picks) {
          expect(raw.roster).toContain(pick.officialId);
          const prompt = new Date(pick.promptAt);
          const answerBy = new Date(pick.answerBy);
          expect(toLocalDate(prompt)).toBe(raw.date);
          const start = localMinuteOfDay(prompt);
          const end = localMinuteOfDay(answerBy);
          expect(end - start).toBe(raw.answerWindowMinutes);
          const inside = (from: string, to: string): boolean => start >= parseLocalTime(from) && end <= parseLocalTime(to);
          expect(inside('08:00', '11:30') || inside('13:00', '17:00')).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('verifies a genuine draw and rejects a wrong seed or a changed pick', () => {
    fc.assert(
      fc.property(inputArb, seedArb, fc.nat(), (raw, otherSeed, which) => {
        fc.pre(otherSeed !== raw.seedHex);
        const draw = drawSpotChecks(full(raw));
        expect(verifyDraw(draw, raw.seedHex).valid).toBe(true);
        const wrong = verifyDraw(draw, otherSeed);
        expect(wrong.valid).toBe(false);
        expect(wrong.mismatches[0].field).toBe('commitment');
        if (draw.picks.length > 0 && draw.picks.length < draw.roster.length) {
          const picked = new Set(draw.picks.map((pick) => pick.officialId));
          const outsider = draw.roster.filter((id) => !picked.has(id))[which % (draw.roster.length - picked.size)];
          const index = which % draw.picks.length;
          const changed = { ...draw, picks: draw.picks.map((pick, i) => (i === index ? { ...pick, officialId: outsider } : pick)) };
          expect(verifyDraw(changed, raw.seedHex).mismatches.map((m) => m.field)).toEqual([`picks[${index}].officialId`]);
        }
      }),
      { numRuns: 60 },
    );
  });

  // Chi-square goodness of fit over many seeds (deterministic seeds, so the test cannot flake).
  // Critical values at p = 0.001: df 9 → 27.877, df 6 → 22.458, df 5 → 20.515.
  const chiSquare = (observed: number[], expected: number[]): number => observed.reduce((total, o, i) => total + (o - expected[i]) ** 2 / expected[i], 0);
  const seeds = Array.from({ length: 2000 }, (_, i) => seedOf(`uniformity-${i}`));

  it('picks each of ten officials equally often over many seeds', () => {
    const roster = Array.from({ length: 10 }, (_, i) => `official-${i}`);
    const counts = new Array<number>(10).fill(0);
    for (const seedHex of seeds) counts[drawSpotChecks({ ...example, seedHex, roster }).picks[0].rosterIndex]++;
    expect(chiSquare(counts, new Array(10).fill(seeds.length / 10))).toBeLessThan(27.877);
  });

  it('includes each of seven officials in a sample of three equally often', () => {
    const roster = Array.from({ length: 7 }, (_, i) => `o${i}`);
    const counts = new Array<number>(7).fill(0);
    for (const seedHex of seeds.slice(0, 1000)) {
      for (const pick of drawSpotChecks({ ...example, seedHex, roster, sampleRateBasisPoints: 4000 }).picks) counts[pick.rosterIndex]++;
    }
    expect(chiSquare(counts, new Array(7).fill((1000 * 3) / 7))).toBeLessThan(22.458);
  });

  it('spreads prompt times uniformly over the eligible minutes', () => {
    const minutes = promptMinutes(DEFAULT_CORE_HOURS, 15);
    const bounds = [0, 70, 140, 210, 280, 350, minutes.length];
    const counts = new Array<number>(6).fill(0);
    for (const seedHex of seeds) {
      const pick = drawSpotChecks({ ...example, seedHex, roster: ['solo'] }).picks[0];
      const index = minutes.indexOf(parseLocalTime(pick.promptLocalTime));
      counts[bounds.findIndex((bound, i) => index >= bound && index < bounds[i + 1])]++;
    }
    const expected = bounds.slice(0, -1).map((bound, i) => ((bounds[i + 1] - bound) / minutes.length) * seeds.length);
    expect(chiSquare(counts, expected)).toBeLessThan(20.515);
  });
});
