/** The `extensions.code` values a client can rely on (ENGINEERING.md, API conventions). */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | 'SERVICE_UNAVAILABLE';

/** A message in both UI languages; Vietnamese is the default. */
export interface LocalisedText {
  vi: string;
  en: string;
}

export interface FieldProblem {
  /** Path of the field in the operation's arguments, e.g. "input.email" or "line 3: email". */
  field: string;
  message: LocalisedText;
}

/**
 * Base of every typed error. Each domain declares its own subclasses in `<x>.errors.ts`;
 * the GraphQL layer turns them into `extensions.code` + `extensions.reason` + a readable message.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Stable machine reason, e.g. ACCOUNT_LOCKED; clients may branch on it. */
    readonly reason: string,
    readonly text: LocalisedText,
    readonly details: { fields?: FieldProblem[]; [key: string]: unknown } = {},
  ) {
    super(text.en);
    this.name = new.target.name;
  }
}

export class BadInputError extends AppError {
  constructor(reason: string, text: LocalisedText, fields: FieldProblem[] = [], extra: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', reason, text, { fields, ...extra });
  }
}

export class NotFoundError extends AppError {
  constructor(what: LocalisedText, id?: string) {
    super(
      'NOT_FOUND',
      'NOT_FOUND',
      {
        vi: `Không tìm thấy ${what.vi}${id ? ` (${id})` : ''}.`,
        en: `${what.en} not found${id ? ` (${id})` : ''}.`,
      },
      id ? { id } : {},
    );
  }
}

export class ForbiddenError extends AppError {
  constructor(
    reason = 'OUT_OF_SCOPE',
    text: LocalisedText = {
      vi: 'Bạn không có quyền thực hiện thao tác này hoặc xem dữ liệu này.',
      en: 'You are not allowed to do this or to see these data.',
    },
  ) {
    super('FORBIDDEN', reason, text);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(reason: string, text: LocalisedText) {
    super('UNAUTHENTICATED', reason, text);
  }
}

export class ConflictError extends AppError {
  constructor(reason: string, text: LocalisedText, details: Record<string, unknown> = {}) {
    super('CONFLICT', reason, text, details);
  }
}

/** Optimistic locking: someone else saved the row since the client read it. */
export class StaleVersionError extends ConflictError {
  constructor(what: LocalisedText, expected: number, actual: number) {
    super(
      'STALE_VERSION',
      {
        vi: `${capitalise(what.vi)} vừa được người khác thay đổi (phiên bản ${actual}, bạn đang sửa phiên bản ${expected}). Hãy tải lại rồi sửa tiếp.`,
        en: `${capitalise(what.en)} was changed by someone else (version ${actual}, you edited version ${expected}). Reload and edit again.`,
      },
      { expectedVersion: expected, actualVersion: actual },
    );
  }
}

/**
 * The database cannot be reached (restart, failover, pool exhausted): nothing is said about the
 * caller or their input, so a client keeps the session and tries again after `retryAfterSeconds`.
 * `safeToRetry` says the operation never started (the session lookup failed before it), so even a
 * mutation may be sent again; otherwise only reads are retried blindly.
 */
export class ServiceUnavailableError extends AppError {
  constructor(
    readonly retryAfterSeconds = 2,
    safeToRetry = false,
  ) {
    super(
      'SERVICE_UNAVAILABLE',
      'DATABASE_UNAVAILABLE',
      {
        vi: 'Máy chủ tạm thời không truy cập được cơ sở dữ liệu; bạn vẫn đang đăng nhập. Hãy thử lại sau giây lát.',
        en: 'The server cannot reach its database for a moment; you are still signed in. Try again shortly.',
      },
      { retryAfterSeconds, safeToRetry },
    );
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A city system Ketqua depends on for this request (an adapter) did not answer: nothing was changed; try again later. */
export class ExternalSystemUnavailableError extends AppError {
  constructor(reason: string, text: LocalisedText, details: Record<string, unknown> = {}) {
    super('SERVICE_UNAVAILABLE', reason, text, details);
  }
}
