// What callers need from the shared helpers; guard helpers (check, fail, assert*) stay internal.
export { DomainValidationError } from './errors';
export type { DomainIssue } from './errors';
export type { Deduction, Explanation, ExplanationStep, JsonObject, JsonValue } from './explanation';
export * from './grade';
export { bytesToHex, compareUtf8, hexToBytes, sha256Bytes, sha256Hex, utf8ToBytes } from './hash';
export * from './local-date';
export * from './date-range';
export { roundTo } from './numbers';
export * from './prng';
