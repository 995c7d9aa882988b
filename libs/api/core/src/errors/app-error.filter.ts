import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { Response } from 'express';
import { AppError } from './app-error';
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

/**
 * Typed errors are answers, not crashes: GraphQL hands them to formatGraphQLError unlogged, and
 * plain HTTP routes answer with the matching status and the same JSON shape.
 */
@Catch(AppError)
export class AppErrorFilter implements ExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): AppError | void {
    if (host.getType<string>() === 'graphql') return error;
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>();
    const english = wantsEnglish(req.headers['accept-language']);
    res.status(HTTP_STATUS[error.code] ?? 400).json({
      message: english ? error.text.en : error.text.vi,
      code: error.code,
      reason: error.reason,
      ...(error.details.fields ? { fields: error.details.fields.map((f) => ({ field: f.field, message: english ? f.message.en : f.message.vi })) } : {}),
    });
  }
}
