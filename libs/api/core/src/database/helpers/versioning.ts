import { LocalisedText, StaleVersionError } from '../../errors/app-error';

/**
 * Optimistic locking: the client sends the version it edited; a different stored one is a
 * CONFLICT (STALE_VERSION). `expected` undefined means the caller chose not to check.
 */
export function assertVersion(what: LocalisedText, expected: number | undefined, actual: number): void {
  if (expected !== undefined && expected !== actual) throw new StaleVersionError(what, expected, actual);
}
