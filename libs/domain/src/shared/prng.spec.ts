import { DomainValidationError } from './errors';
import { Sha256CounterRandom, seededRandom } from './prng';
import { sha256Hex } from './hash';

describe('SHA-256 counter-mode generator', () => {
  const key = new Uint8Array(32);

  it('reads block 0 = SHA-256(key ‖ u64be(0)) as big-endian words', () => {
    const block0 = sha256Hex(new Uint8Array(40));
    const random = new Sha256CounterRandom(key);
    const words = Array.from({ length: 8 }, () => random.nextUint32().toString(16).padStart(8, '0')).join('');
    expect(words).toBe(block0);
    const block1Input = new Uint8Array(40);
    block1Input[39] = 1;
    expect(random.nextUint32().toString(16).padStart(8, '0')).toBe(sha256Hex(block1Input).slice(0, 8));
  });

  it('is reproducible from its seed and differs between seeds', () => {
    const a = seededRandom('report-2026-Q1');
    const b = seededRandom('report-2026-Q1');
    const c = seededRandom('report-2026-Q2');
    const first = Array.from({ length: 5 }, () => a.nextUint32());
    expect(Array.from({ length: 5 }, () => b.nextUint32())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.nextUint32())).not.toEqual(first);
  });

  it('draws integers in range and floats in [0, 1)', () => {
    const random = seededRandom('range');
    for (let i = 0; i < 200; i++) {
      const value = random.uniformInt(7);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(7);
      const float = random.nextFloat();
      expect(float).toBeGreaterThanOrEqual(0);
      expect(float).toBeLessThan(1);
    }
    expect(random.uniformInt(1)).toBe(0);
  });

  it('rejects words above the last whole multiple of the bound', () => {
    // With bound 2^31 + 1 the accepted range is [0, 2^31 + 1): about half the words are rejected.
    const random = seededRandom('rejection');
    const values = Array.from({ length: 200 }, () => random.uniformInt(2 ** 31 + 1));
    expect(values.every((value) => value <= 2 ** 31)).toBe(true);
  });

  it('refuses a bad key or bound', () => {
    expect(() => new Sha256CounterRandom(new Uint8Array(16))).toThrow(DomainValidationError);
    expect(() => seededRandom('x').uniformInt(0)).toThrow(DomainValidationError);
    expect(() => seededRandom('x').uniformInt(1.5)).toThrow(DomainValidationError);
  });
});
