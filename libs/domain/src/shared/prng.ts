import { check } from './errors';
import { concatBytes, sha256Bytes, u64be, utf8ToBytes } from './hash';

/** The randomness a rule may use: always handed in, always reproducible from a seed. */
export interface RandomSource {
  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number;
  /** A uniform integer in [0, bound), without modulo bias. */
  uniformInt(bound: number): number;
  /** A uniform float in [0, 1) with 53 random bits. */
  nextFloat(): number;
}

const TWO_POW_32 = 2 ** 32;

/**
 * SHA-256 in counter mode: block i = SHA-256(key ‖ u64be(i)), i = 0, 1, …; the stream is the
 * blocks concatenated and read 4 bytes at a time as big-endian unsigned integers. Built on SHA-256
 * (not Math.random, not a language-specific PRNG) so anyone can reproduce a draw in any language;
 * docs/SPOT-CHECKS.md specifies it byte for byte.
 */
export class Sha256CounterRandom implements RandomSource {
  private counter = 0;
  private block: Uint8Array = new Uint8Array(0);
  private offset = 0;

  constructor(private readonly key: Uint8Array) {
    check(key.length === 32, 'key', 'must be 32 bytes');
  }

  nextUint32(): number {
    if (this.offset + 4 > this.block.length) {
      this.block = sha256Bytes(concatBytes(this.key, u64be(this.counter)));
      this.counter += 1;
      this.offset = 0;
    }
    const b = this.block;
    const o = this.offset;
    this.offset += 4;
    return ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;
  }

  /**
   * Rejection sampling: accept x only below the largest multiple of `bound` that fits in 2^32,
   * then take x mod bound, so every result is exactly equally likely.
   */
  uniformInt(bound: number): number {
    check(Number.isInteger(bound) && bound >= 1 && bound <= TWO_POW_32, 'bound', 'must be an integer in [1, 2^32]');
    const limit = TWO_POW_32 - (TWO_POW_32 % bound);
    for (;;) {
      const x = this.nextUint32();
      if (x < limit) return x % bound;
    }
  }

  nextFloat(): number {
    const high = this.nextUint32() >>> 5; // 27 bits
    const low = this.nextUint32() >>> 6; // 26 bits
    return (high * 2 ** 26 + low) / 2 ** 53;
  }
}

/**
 * A generator for statistics and simulations from a text seed: key = SHA-256("ketqua/prng/v1" ‖
 * 0x00 ‖ UTF-8 seed). The label keeps these streams apart from spot-check draws.
 */
export function seededRandom(seed: string): Sha256CounterRandom {
  return new Sha256CounterRandom(sha256Bytes(concatBytes(utf8ToBytes('ketqua/prng/v1'), new Uint8Array([0]), utf8ToBytes(seed))));
}
