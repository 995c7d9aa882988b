import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, concatBytes, hexToBytes, utf8ToBytes } from '@noble/hashes/utils';

// @noble/hashes rather than node:crypto: the dashboard runs this library in the browser so that an
// inspector can recompute a spot-check draw there, and both must hash byte-for-byte the same.

export { bytesToHex, concatBytes, hexToBytes, utf8ToBytes };

export function sha256Bytes(data: Uint8Array | string): Uint8Array {
  return sha256(typeof data === 'string' ? utf8ToBytes(data) : data);
}

/** Lowercase hex SHA-256; strings are hashed as their UTF-8 bytes. */
export function sha256Hex(data: Uint8Array | string): string {
  return bytesToHex(sha256Bytes(data));
}

export function isLowerHex(value: string, bytes: number): boolean {
  return value.length === bytes * 2 && /^[0-9a-f]*$/.test(value);
}

/** 4-byte unsigned big-endian. */
export function u32be(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value >>> 0, false);
  return out;
}

/** 8-byte unsigned big-endian of a non-negative safe integer. */
export function u64be(value: number): Uint8Array {
  const out = new Uint8Array(8);
  const view = new DataView(out.buffer);
  view.setUint32(0, Math.floor(value / 2 ** 32), false);
  view.setUint32(4, value >>> 0, false);
  return out;
}

/** A UTF-8 string prefixed with its byte length (u32be), so concatenations cannot be ambiguous. */
export function lengthPrefixed(value: string): Uint8Array {
  const bytes = utf8ToBytes(value);
  return concatBytes(u32be(bytes.length), bytes);
}

/**
 * Orders strings by their UTF-8 bytes (unsigned, a proper prefix first). JavaScript's default
 * sort compares UTF-16 code units, which disagrees with UTF-8 order for some characters; byte
 * order is what every other language can reproduce.
 */
export function compareUtf8(a: string, b: string): number {
  const left = utf8ToBytes(a);
  const right = utf8ToBytes(b);
  const length = Math.min(left.length, right.length);
  for (let i = 0; i < length; i++) {
    if (left[i] !== right[i]) return left[i] - right[i];
  }
  return left.length - right.length;
}
