/**
 * Sign-in rules (issue 14, "Sign-in"): which roles must use a second factor and what makes a
 * password acceptable. One place: the API enforces them, the dashboard shows the same numbers in its hints.
 */
import type { AccountRole } from './role-grants';

/** HR and administrators hold city-wide personal data and every account: a password alone is not enough. */
export const SECOND_FACTOR_REQUIRED_ROLES: readonly AccountRole[] = ['HR', 'ADMIN'];

export function secondFactorRequired(role: AccountRole): boolean {
  return SECOND_FACTOR_REQUIRED_ROLES.includes(role);
}

/** TOTP (RFC 6238) as every authenticator app reads it: 6 digits, 30-second steps, one step of drift either way. */
export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DRIFT_STEPS = 1;
export const RECOVERY_CODE_COUNT = 10;
/** At or below this many unused recovery codes the account-security page asks to renew them. */
export const RECOVERY_CODES_LOW = 3;

export function recoveryCodesLow(left: number): boolean {
  return left <= RECOVERY_CODES_LOW;
}

export const PASSWORD_MIN_LENGTH = 10;
/** zxcvbn's 0–4 guess-count score: 3 is "safely unguessable" (about 10^8 guesses or more). */
export const PASSWORD_MIN_STRENGTH = 3;
/** Name parts shorter than this ("An", "Võ") are too common as letters to refuse a password for. */
export const PERSONAL_PART_MIN_LENGTH = 3;

/** Lower-case, NFC, without Vietnamese diacritics (đ → d): "Nguyễn" and "nguyen" are the same word. */
export function foldForComparison(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC').toLowerCase();
}

/** The words of a person a password must not contain: the parts of the full name and the e-mail's local part (and its pieces). */
export function personalWords(person: { fullName: string; email: string }): string[] {
  const local = person.email.split('@')[0] ?? '';
  const words = [...person.fullName.split(/\s+/), local, ...local.split(/[._+-]+/)].map(foldForComparison).filter((w) => w.length >= PERSONAL_PART_MIN_LENGTH);
  return [...new Set(words)];
}

export type PasswordProblem =
  { kind: 'TOO_SHORT'; minLength: number } | { kind: 'LETTERS_AND_DIGITS' } | { kind: 'CONTAINS_PERSONAL'; word: string } | { kind: 'TOO_COMMON'; score: number; minScore: number };

/**
 * Every reason a password is refused (empty when it is acceptable). `strength` is the 0–4 score of
 * a common-password estimator (the API uses zxcvbn with its common-password list, given the
 * person's words), kept outside so this file stays free of the dictionary.
 */
export function passwordProblems(password: string, person: { fullName: string; email: string }, strength: number): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) problems.push({ kind: 'TOO_SHORT', minLength: PASSWORD_MIN_LENGTH });
  if (!/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)) problems.push({ kind: 'LETTERS_AND_DIGITS' });
  const folded = foldForComparison(password).replace(/[\s._+-]+/g, '');
  for (const word of personalWords(person)) {
    if (folded.includes(word.replace(/[\s._+-]+/g, ''))) {
      problems.push({ kind: 'CONTAINS_PERSONAL', word });
      break;
    }
  }
  if (strength < PASSWORD_MIN_STRENGTH) problems.push({ kind: 'TOO_COMMON', score: strength, minScore: PASSWORD_MIN_STRENGTH });
  return problems;
}

/** What a person reads for each problem, in both UI languages. */
export function describePasswordProblem(problem: PasswordProblem): { vi: string; en: string } {
  switch (problem.kind) {
    case 'TOO_SHORT':
      return { vi: `cần ít nhất ${problem.minLength} ký tự`, en: `use at least ${problem.minLength} characters` };
    case 'LETTERS_AND_DIGITS':
      return { vi: 'cần có cả chữ và số', en: 'use both letters and digits' };
    case 'CONTAINS_PERSONAL':
      return { vi: `không được chứa họ tên hoặc tên đăng nhập của bạn («${problem.word}»)`, en: `must not contain your name or user name ("${problem.word}")` };
    case 'TOO_COMMON':
      return {
        vi: 'quá phổ biến hoặc dễ đoán (nằm trong danh sách mật khẩu thường gặp); hãy dùng một cụm từ dài hơn',
        en: 'too common or easy to guess (found in the list of common passwords); use a longer phrase',
      };
  }
}
