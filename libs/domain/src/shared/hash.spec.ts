import { compareUtf8, isLowerHex, lengthPrefixed, sha256Hex, u32be, u64be, bytesToHex } from './hash';

describe('hash helpers', () => {
  it('computes SHA-256 as lowercase hex (FIPS 180-2 test vectors)', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(new Uint8Array(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('encodes integers big-endian and strings length-prefixed', () => {
    expect(bytesToHex(u32be(258))).toBe('00000102');
    expect(bytesToHex(u64be(2 ** 32 + 5))).toBe('0000000100000005');
    expect(bytesToHex(lengthPrefixed('Đ'))).toBe('00000002c490');
  });

  it('recognises lowercase hex of a given byte length', () => {
    expect(isLowerHex('ab'.repeat(32), 32)).toBe(true);
    expect(isLowerHex('AB'.repeat(32), 32)).toBe(false);
    expect(isLowerHex('ab', 32)).toBe(false);
  });

  it('orders by UTF-8 bytes, not UTF-16 code units', () => {
    const halfwidth = '\uFF61'; // UTF-8 EF BD A1
    const emoji = '\u{1F600}'; // UTF-8 F0 9F 98 80, UTF-16 D83D DE00
    expect([emoji, halfwidth].sort()).toEqual([emoji, halfwidth]); // JavaScript's order
    expect([emoji, halfwidth].sort(compareUtf8)).toEqual([halfwidth, emoji]);
    expect(compareUtf8('a', 'ab')).toBeLessThan(0);
    expect(compareUtf8('b', 'ab')).toBeGreaterThan(0);
    expect(compareUtf8('x', 'x')).toBe(0);
  });
});
