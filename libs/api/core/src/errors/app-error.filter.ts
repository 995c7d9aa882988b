import { ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { Response } from 'express';
import { AppError, ServiceUnavailableError } from './app-error';
import { typedDatabaseError } from './database-refusals';
import { wantsEnglish } from './language.plugin';

const HTTP_STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
};

const logger = new Logger('HttpErrors');

/**
 * Typed errors are answers, not crashes: GraphQL hands every error to formatGraphQLError unlogged,
 * and plain HTTP routes (files, sheets, archives, exports, personal data) answer a typed error with
 * the matching status and the same JSON shape. A raw database error is typed here the way GraphQL's
 * formatter types it (typedDatabaseError): a database that cannot be reached is 503 + Retry-After
 * with SERVICE_UNAVAILABLE on every route, never a 500. Everything else is Nest's own answer.
 */
@Catch()
export class AppErrorFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    const error = exception instanceof AppError ? exception : typedDatabaseError(exception, logger);
    if (!error) return super.catch(exception, host);
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>();
    const english = wantsEnglish(req.headers['accept-language']);
    if (error instanceof ServiceUnavailableError) res.setHeader('retry-after', String(error.retryAfterSeconds));
    // A download that failed after its first bytes cannot change its status any more: end it, as Nest would.
    if (res.headersSent) return res.end();
    const { fields, ...details } = error.details;
    res.status(HTTP_STATUS[error.code] ?? 400).json({
      ...details,
      message: english ? error.text.en : error.text.vi,
      code: error.code,
      reason: error.reason,
      ...(fields ? { fields: fields.map((f) => ({ field: f.field, message: english ? f.message.en : f.message.vi })) } : {}),
    });
    return undefined;
  }
}
