import { Logger } from '@nestjs/common';
import { isDatabaseUnavailable, pgErrorCode } from '../database/helpers/pg-errors';
import { AppError, BadInputError, ConflictError, ServiceUnavailableError } from './app-error';

/**
 * A raw error from the database as the typed answer every transport gives (GraphQL's formatter and
 * the HTTP routes' filter both ask here, so a route and a resolver never answer the same failure
 * differently): a database that cannot be reached is a retryable SERVICE_UNAVAILABLE (503 +
 * Retry-After), never a 500 nor a sign-out; a value PostgreSQL refuses is the client's mistake
 * (databaseRefusal). Anything else is null: a real server error. Both are logged as warnings.
 */
export function typedDatabaseError(error: unknown, logger: Logger): AppError | null {
  if (error instanceof AppError) return null;
  if (isDatabaseUnavailable(error)) {
    logger.warn(`database unavailable: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return new ServiceUnavailableError();
  }
  const refusal = databaseRefusal(error);
  // Answered as the client's mistake, but logged: each one is a check a service should make itself.
  if (refusal) logger.warn(`database refused a value (${refusal.code}): ${error instanceof Error ? error.message : String(error)}`);
  return refusal;
}

/**
 * The safety net under the validation pipe and the services: PostgreSQL refusing a value or a
 * reference is the client's problem, not a server error. The fuzzer (apps/api-e2e security
 * fuzz-mutations.spec.ts) found a foreign key the service never checked (createPosition with an
 * agency id that does not exist answered INTERNAL_SERVER_ERROR); each such finding is also fixed
 * where it arises, and these answers carry the reason DATABASE_REFUSED so a test can tell them apart.
 */
export function databaseRefusal(error: unknown): AppError | null {
  const code = pgErrorCode(error);
  if (!code) return null;
  const message = error instanceof Error ? error.message : '';
  if (code === '23503' && /insert or update/.test(message)) {
    return new BadInputError('DATABASE_REFUSED', {
      vi: 'Một mục được chọn không tồn tại (có thể vừa bị xoá); hãy tải lại và chọn lại.',
      en: 'Something you chose does not exist (it may just have been removed); reload and choose again.',
    });
  }
  if (code === '23503') {
    return new ConflictError('DATABASE_REFUSED', {
      vi: 'Mục này còn được dùng ở nơi khác nên không thể thay đổi như vậy.',
      en: 'This is still in use elsewhere, so it cannot be changed this way.',
    });
  }
  if (code === '23505') {
    return new ConflictError('DATABASE_REFUSED', {
      vi: 'Đã có một mục trùng (có thể vừa được tạo cùng lúc); hãy tải lại và kiểm tra.',
      en: 'A matching entry already exists (perhaps created at the same moment); reload and check.',
    });
  }
  // A required value left empty (NOT NULL) or a table's own rule broken (CHECK): updateAssignment with
  // `title: null` reached the column and answered INTERNAL_SERVER_ERROR before its input refused null.
  if (code === '23502' || code === '23514') {
    return new BadInputError('DATABASE_REFUSED', {
      vi: 'Thiếu một giá trị bắt buộc hoặc có giá trị không hợp lệ; hãy kiểm tra lại thông tin đã nhập.',
      en: 'A required value is missing or a value is not allowed; check what you entered.',
    });
  }
  // Class 22, data exceptions: a number out of range, a date PostgreSQL cannot hold, a malformed value.
  if (code.startsWith('22')) {
    return new BadInputError('DATABASE_REFUSED', { vi: 'Giá trị nhập vào nằm ngoài phạm vi cho phép.', en: 'A value is outside the range that can be stored.' });
  }
  return null;
}
