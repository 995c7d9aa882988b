import { BadInputError, ConflictError, FieldProblem, ForbiddenError, LocalisedText, NotFoundError } from '@ketqua/api/core';
import { DomainValidationError } from '@ketqua/domain';

export const WHAT = {
  pilot: { vi: 'đề án thí điểm', en: 'pilot' },
  unit: { vi: 'đơn vị', en: 'unit' },
  position: { vi: 'vị trí việc làm', en: 'position' },
  official: { vi: 'công chức', en: 'official' },
  commitment: { vi: 'văn bản cam kết', en: 'commitment text' },
  enrollment: { vi: 'đăng ký làm việc tại nhà', en: 'home-work enrollment' },
  absence: { vi: 'lịch vắng mặt', en: 'absence' },
  calendarDay: { vi: 'ngày trong lịch làm việc', en: 'calendar day' },
  spotCheck: { vi: 'lượt kiểm tra ngẫu nhiên', en: 'spot check' },
  draw: { vi: 'kết quả bốc thăm kiểm tra', en: 'spot-check draw' },
  flag: { vi: 'cảnh báo kiểm tra', en: 'spot-check flag' },
} satisfies Record<string, LocalisedText>;

export const notFound = (what: keyof typeof WHAT, id?: string) => new NotFoundError(WHAT[what], id);

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
export function domain<T>(call: () => T, prefix = 'input'): T {
  try {
    return call();
  } catch (error) {
    throw fromDomain(error, prefix);
  }
}

export const invalidState = (reason: string, text: LocalisedText, details: Record<string, unknown> = {}) => new ConflictError(reason, text, details);

export const notYours = (vi: string, en: string) => new ForbiddenError('NOT_YOURS', { vi, en });
