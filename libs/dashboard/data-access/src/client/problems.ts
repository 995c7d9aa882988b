import type { CombinedError } from '@urql/core';

export interface FieldProblem {
  /** The input field, without the `input.` prefix the API puts before it. */
  field: string;
  message: string;
}

/** What went wrong with a request, read from the API's error contract (extensions.code/reason/fields). */
export interface ApiProblem {
  /** No answer from the server (offline, server down): the UI says so in its own words. */
  network: boolean;
  code: string | null;
  reason: string | null;
  /** The server's message, already in the language sent as Accept-Language. */
  message: string | null;
  fields: FieldProblem[];
  extensions: Record<string, unknown>;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function problemOf(error: CombinedError | null | undefined): ApiProblem | null {
  if (!error) return null;
  const first = error.graphQLErrors[0];
  if (!first) {
    return { network: true, code: null, reason: null, message: null, fields: [], extensions: {} };
  }
  const ext = (first.extensions ?? {}) as Record<string, unknown>;
  const rawFields = Array.isArray(ext['fields']) ? (ext['fields'] as unknown[]) : [];
  const fields = rawFields.flatMap((f): FieldProblem[] => {
    if (!f || typeof f !== 'object') return [];
    const { field, message } = f as Record<string, unknown>;
    return typeof field === 'string' && typeof message === 'string' ? [{ field: field.replace(/^input\./, ''), message }] : [];
  });
  return { network: false, code: str(ext['code']), reason: str(ext['reason']), message: first.message || null, fields, extensions: ext };
}

/** The problem of a failed result; a result with neither data nor error counts as no answer. */
export function problemOfFailure(error: CombinedError | null | undefined): ApiProblem {
  return problemOf(error) ?? { network: true, code: null, reason: null, message: null, fields: [], extensions: {} };
}

/** Reasons after which the session cannot continue and the user must sign in again. */
export const SESSION_OVER_REASONS: ReadonlySet<string> = new Set(['SESSION_ENDED', 'REFRESH_TOKEN_INVALID', 'TOKEN_INVALID', 'ACCOUNT_DISABLED', 'NOT_SIGNED_IN']);

export function isSessionOver(error: CombinedError | null | undefined): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED' && SESSION_OVER_REASONS.has(String(e.extensions?.['reason'])));
}

export function isTokenExpired(error: CombinedError | null | undefined): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED' && e.extensions?.['reason'] === 'TOKEN_EXPIRED');
}

/** The account still has a temporary password: the API answers nothing but `me`, `changePassword` and `logout`. */
export function isPasswordChangeRequired(error: CombinedError | null | undefined): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions?.['reason'] === 'PASSWORD_CHANGE_REQUIRED');
}
