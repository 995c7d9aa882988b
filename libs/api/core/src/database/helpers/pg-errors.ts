/** The SQLSTATE of a PostgreSQL error (the driver puts it on `code`), or undefined. */
export function pgErrorCode(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** unique_violation (23505): the race where two requests pass the same pre-check together. */
export function isUniqueViolation(error: unknown): boolean {
  return pgErrorCode(error) === '23505';
}
