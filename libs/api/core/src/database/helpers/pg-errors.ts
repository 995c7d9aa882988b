/** The SQLSTATE of a PostgreSQL error (the driver puts it on `code`), or undefined. */
export function pgErrorCode(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** unique_violation (23505): the race where two requests pass the same pre-check together. */
export function isUniqueViolation(error: unknown): boolean {
  return pgErrorCode(error) === '23505';
}

/** Node socket errors of a connection that is refused, cut or timed out. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);
/** The pg driver's own messages when its socket or pool gives up (no SQLSTATE on these). */
const DRIVER_MESSAGES =
  /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Client was closed and is not queryable|Cannot use a pool after calling end|Connection is not established/i;

/**
 * The database cannot be reached at the moment, as opposed to a query that is wrong: the server
 * refused or cut the connection, the pool timed out, or PostgreSQL said it is shutting down or
 * starting (57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, class 08
 * connection exceptions, 53300 too_many_connections). Looks through TypeORM's QueryFailedError
 * (driverError) and wrapped causes.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const code = pgErrorCode(current);
    if (code && (code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03' || code === '53300' || NETWORK_CODES.has(code))) return true;
    const message = (current as { message?: unknown }).message;
    if (typeof message === 'string' && DRIVER_MESSAGES.test(message)) return true;
    // TypeORM releases a transaction's query runner when its connection dies; the next query of
    // that transaction (or its COMMIT) then fails with one of these before anything is sent, so
    // nothing was committed (seen in database-restart.spec as a stray INTERNAL_SERVER_ERROR).
    const name = (current as { name?: unknown }).name;
    if (name === 'QueryRunnerAlreadyReleasedError' || name === 'QueryRunnerProviderAlreadyReleasedError') return true;
    const next = current as { driverError?: unknown; cause?: unknown; originalError?: unknown; errors?: unknown };
    // net's AggregateError (every address of the host refused) carries the per-address errors.
    current = next.driverError ?? next.cause ?? next.originalError ?? (Array.isArray(next.errors) ? next.errors[0] : undefined);
  }
  return false;
}
