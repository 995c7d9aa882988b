import { DomainValidationError } from '@ketqua/domain';
import { BadInputError, FieldProblem, LocalisedText } from './app-error';

/** One field's problem as a BAD_USER_INPUT answer. */
export const badField = (reason: string, field: string, message: LocalisedText) =>
  new BadInputError(reason, { vi: `${field}: ${message.vi}`, en: `${field}: ${message.en}` }, [{ field, message }]);

/** libs/domain refuses an input with field paths; the client gets them as BAD_USER_INPUT. */
export function fromDomain(error: unknown, prefix = 'input'): unknown {
  if (!(error instanceof DomainValidationError)) return error;
  const fields: FieldProblem[] = error.issues.map((issue) => ({ field: `${prefix}.${issue.field}`, message: { vi: issue.message, en: issue.message } }));
  return new BadInputError('INVALID_INPUT', { vi: `Dữ liệu chưa hợp lệ: ${error.message}`, en: `Invalid input: ${error.message}` }, fields);
}

/** Runs a libs/domain call, turning its validation error into BAD_USER_INPUT. */
export function domainCall<T>(call: () => T, prefix = 'input'): T {
  try {
    return call();
  } catch (error) {
    throw fromDomain(error, prefix);
  }
}
