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
