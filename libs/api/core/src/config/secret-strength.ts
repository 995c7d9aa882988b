/**
 * Is a secret (JWT_SECRET) hard to guess? Length alone is not enough: 32 × "a" is 32 characters.
 * These checks refuse what a person types or copies from an example, and pass what a random
 * generator gives (`openssl rand -base64 48`, `openssl rand -hex 32`).
 */
export const SECRET_MIN_LENGTH = 32;
/** Shannon entropy of the character distribution, in bits per character (hex ≈ 3.7–4, base64 ≈ 5). */
export const SECRET_MIN_BITS_PER_CHAR = 3;
export const SECRET_MIN_DISTINCT_CHARS = 10;
/** Length × bits per character: a rough strength estimate. */
export const SECRET_MIN_TOTAL_BITS = 96;

/** Words of examples and defaults; a random secret contains none of them (5+ letters, by chance ~1e-7). */
const WEAK_WORDS = [
  'secret',
  'password',
  'passwd',
  'changeme',
  'change-me',
  'change_me',
  'ketqua',
  'example',
  'default',
  'qwerty',
  'letmein',
  '123456',
  'abcdef',
  'admin',
  'token',
];

export function shannonBitsPerChar(value: string): number {
  const chars = Array.from(value);
  const counts = new Map<string, number>();
  for (const c of chars) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / chars.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** The longest run of characters whose codes rise or fall by one (abcdef, 987654). */
function longestSequence(value: string): number {
  let longest = 1;
  let run = 1;
  let step = 0;
  for (let i = 1; i < value.length; i++) {
    const d = value.charCodeAt(i) - value.charCodeAt(i - 1);
    if ((d === 1 || d === -1) && (run === 1 || d === step)) {
      run++;
      step = d;
    } else {
      run = d === 1 || d === -1 ? 2 : 1;
      step = d;
    }
    longest = Math.max(longest, run);
  }
  return longest;
}

/** How many neighbours are the same character (a random secret has about one in 16–64). */
function doubledPairs(value: string): number {
  let pairs = 0;
  for (let i = 1; i < value.length; i++) if (value[i] === value[i - 1]) pairs++;
  return pairs;
}

/** A short unit repeated ("abcabcabc…", "0123012301230123…"). */
function isRepetition(value: string): boolean {
  for (let unit = 1; unit <= value.length / 2; unit++) {
    if (value.length % unit === 0 && value.slice(0, unit).repeat(value.length / unit) === value) return true;
  }
  return false;
}

/** Why the secret is weak, in English for the operator (never containing the secret), or null. */
export function secretWeakness(secret: string): string | null {
  const length = Array.from(secret).length;
  if (length < SECRET_MIN_LENGTH) return `must be at least ${SECRET_MIN_LENGTH} characters`;
  const lower = secret.toLowerCase();
  const word = WEAK_WORDS.find((w) => lower.includes(w));
  if (word) return `contains a dictionary or example word ("${word}")`;
  if (isRepetition(secret)) return 'is a short pattern repeated';
  if (longestSequence(secret) >= 6) return 'contains a run of consecutive characters (like abcdef or 123456)';
  if (doubledPairs(secret) > length / 4) return 'repeats characters in pairs (like aabbcc)';
  const distinct = new Set(Array.from(secret)).size;
  if (distinct < SECRET_MIN_DISTINCT_CHARS) return `uses only ${distinct} different characters (at least ${SECRET_MIN_DISTINCT_CHARS})`;
  const bits = shannonBitsPerChar(secret);
  if (bits < SECRET_MIN_BITS_PER_CHAR || bits * length < SECRET_MIN_TOTAL_BITS) {
    return `has too little entropy (${bits.toFixed(1)} bits per character, ${Math.round(bits * length)} in all; at least ${SECRET_MIN_BITS_PER_CHAR} and ${SECRET_MIN_TOTAL_BITS})`;
  }
  return null;
}
