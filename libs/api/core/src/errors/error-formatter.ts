import { HttpException, Logger } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { operationLimitError, TOKEN_LIMIT_MESSAGE } from '../graphql/operation-limits';
import { AppError, FieldProblem, LocalisedText } from './app-error';
import { typedDatabaseError } from './database-refusals';

const logger = new Logger('GraphQLErrors');

/** Apollo/graphql-js codes that already describe the client's mistake; kept as they are. */
const PASS_THROUGH = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST']);

const HTTP_TO_CODE: Record<number, { code: string; text: LocalisedText }> = {
  400: { code: 'BAD_USER_INPUT', text: { vi: 'Yêu cầu không hợp lệ.', en: 'Bad request.' } },
  401: { code: 'UNAUTHENTICATED', text: { vi: 'Bạn cần đăng nhập.', en: 'You need to sign in.' } },
  403: { code: 'FORBIDDEN', text: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' } },
  404: { code: 'NOT_FOUND', text: { vi: 'Không tìm thấy.', en: 'Not found.' } },
  409: { code: 'CONFLICT', text: { vi: 'Xung đột dữ liệu.', en: 'Conflict.' } },
  429: { code: 'TOO_MANY_REQUESTS', text: { vi: 'Quá nhiều yêu cầu, hãy thử lại sau.', en: 'Too many requests, try again later.' } },
};

/** Errors thrown in plugins or resolvers arrive wrapped (GraphQLError.originalError); find ours. */
function innermost(error: unknown): unknown {
  let current = error;
  for (let i = 0; i < 5 && current && typeof current === 'object'; i++) {
    if (current instanceof AppError || current instanceof HttpException) return current;
    const next = (current as { originalError?: unknown }).originalError;
    if (!next) break;
    current = next;
  }
  return error instanceof Error && !(current instanceof Error) ? error : current;
}

/** English texts ride along under this key until the language plugin picks one (see language.plugin.ts). */
export const EN_KEY = 'messageEn';

const fieldsOut = (fields: FieldProblem[] | undefined) => fields?.map((f) => ({ field: f.field, message: f.message.vi, [EN_KEY]: f.message.en }));

/**
 * Every error leaving the API has `extensions.code` and a message a person can act on; internal
 * failures are logged and reported without their details.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  let original = innermost(unwrapResolverError(error));
  const path = formatted.path;
  // The parser's own token limit (parseOptions.maxTokens) speaks like any syntax error: give it its reason.
  if (formatted.extensions?.['code'] === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT_MESSAGE.test(formatted.message)) {
    original = operationLimitError.tokens(Number(/(\d+) tokens/.exec(formatted.message)?.[1]));
  }
  // A database that cannot be reached is the server's passing state, not the caller's fault: a
  // retryable SERVICE_UNAVAILABLE (HTTP 503 + Retry-After, serviceUnavailablePlugin), never a sign-out;
  // a value it refuses is the caller's mistake.
  original = typedDatabaseError(original, logger) ?? original;
  if (original instanceof AppError) {
    const { fields, ...rest } = original.details;
    return {
      message: original.text.vi,
      path,
      extensions: { ...rest, code: original.code, reason: original.reason, [EN_KEY]: original.text.en, ...(fields?.length ? { fields: fieldsOut(fields) } : {}) },
    };
  }
  if (original instanceof HttpException) {
    const mapped = HTTP_TO_CODE[original.getStatus()] ?? HTTP_TO_CODE[400];
    return { message: mapped.text.vi, path, extensions: { code: mapped.code, reason: original.name, [EN_KEY]: mapped.text.en } };
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && PASS_THROUGH.has(code)) {
    // graphql-armor's Apollo plugin masks 'Did you mean "…"' (production) but leaves its question mark.
    const message = formatted.message.replace(/\.\s+\?$/, '.');
    return { ...formatted, message, extensions: { ...formatted.extensions, stacktrace: undefined } };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    message: 'Đã có lỗi hệ thống; thao tác không được thực hiện. Hãy thử lại, nếu vẫn lỗi hãy báo quản trị.',
    path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', [EN_KEY]: 'Something went wrong on the server; nothing was changed. Try again, and tell an administrator if it persists.' },
  };
}
