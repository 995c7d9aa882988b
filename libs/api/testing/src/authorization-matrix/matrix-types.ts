/**
 * Types of the authorisation matrix (matrix.ts). Kept free of any import of the API so that the
 * docs generator (tools/docs/security-matrix.ts) can read the table without booting anything.
 */
export const ROLES = ['ADMIN', 'HR', 'UNIT_HEAD', 'OFFICIAL', 'INSPECTOR'] as const;
export type Role = (typeof ROLES)[number];
export type Scope = 'in' | 'out';

/**
 * What a caller gets:
 * - `DATA`: an answer without error (for a subscription: the stream starts; for a route: 2xx).
 * - `UNAUTHENTICATED`: no session.
 * - `NOT_FOUND`: the id is unknown to the caller (outside their scope it is not even confirmed).
 * - `FORBIDDEN:<reason>`: refused by the guard (`ROLE_NOT_ALLOWED`, `READ_ONLY_ROLE`) or by the
 *   row-level scope check (`OUT_OF_SCOPE`, `CITY_SCOPE_REQUIRED`, `ACCOUNT_NOT_MANAGEABLE`, …).
 * - `<CODE>` or `<CODE>:<reason>`: a typed refusal that comes after the authorisation (a stale
 *   version is `CONFLICT`, bad input `BAD_USER_INPUT`): it proves the guard and the scope check let
 *   the caller through, and the write changed nothing.
 * - `n/a`: no such caller (ADMIN's scope is the whole city, there is no "outside").
 */
export type Outcome = string;

export type Kind = 'query' | 'mutation' | 'subscription' | 'route';

/** [in scope, out of scope] per role. */
export type Cells = Record<Role, readonly [Outcome, Outcome]>;

export interface MatrixRow {
  kind: Kind;
  /** The operation's name, or `METHOD /path` for a route. */
  name: string;
  anonymous: Outcome;
  cells: Cells;
}

/** Outcomes that mean "this caller was refused by authorisation" (and so nothing may change). */
export function isDenied(outcome: Outcome): boolean {
  return outcome === 'UNAUTHENTICATED' || outcome === 'NOT_FOUND' || outcome.startsWith('FORBIDDEN');
}
