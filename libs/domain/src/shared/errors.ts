/** One problem with an input: the field path (as the caller named it) and a message a person can act on. */
export interface DomainIssue {
  field: string;
  message: string;
}

/**
 * Thrown when an input cannot be scored, drawn or checked as given. The API maps it to
 * BAD_USER_INPUT with the field paths, so it carries every issue found, not just the first.
 */
export class DomainValidationError extends Error {
  readonly code = 'DOMAIN_VALIDATION';
  readonly issues: readonly DomainIssue[];

  constructor(issues: DomainIssue[]) {
    super(issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '));
    this.name = 'DomainValidationError';
    this.issues = issues;
  }
}

/** Throws a DomainValidationError for one field. */
export function fail(field: string, message: string): never {
  throw new DomainValidationError([{ field, message }]);
}

/** Throws unless `condition` holds; keeps guard clauses to one line each. */
export function check(condition: boolean, field: string, message: string): asserts condition {
  if (!condition) fail(field, message);
}

/**
 * A percentage outside 0–100, or not a number. Task results are out of 100% (so task points never
 * exceed 70); a larger or negative value means the input was built wrongly, and scoring it would
 * show a score above 100 (PRODUCT 4.4). A DomainValidationError, so the API maps it the same way.
 */
export class PercentageOutOfRangeError extends DomainValidationError {
  readonly value: number;
  constructor(field: string, value: number) {
    super([{ field, message: `must be a percentage between 0 and 100 (got ${String(value)})` }]);
    this.name = 'PercentageOutOfRangeError';
    this.value = value;
  }
}

/** Throws a PercentageOutOfRangeError unless `value` is a finite number from 0 to 100. */
export function assertPercentage(value: number, field: string): void {
  if (!(Number.isFinite(value) && value >= 0 && value <= 100)) throw new PercentageOutOfRangeError(field, value);
}
