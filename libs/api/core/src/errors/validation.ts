import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { BadInputError, FieldProblem, LocalisedText } from './app-error';

/** Vietnamese wording for the class-validator constraints we use; English comes from class-validator. */
const VI: Record<string, (c: string) => string> = {
  isEmail: () => 'phải là một địa chỉ email hợp lệ',
  isNotEmpty: () => 'không được để trống',
  minLength: (m) => `quá ngắn (${m.replace(/^.*?(\d+).*$/, 'tối thiểu $1 ký tự')})`,
  maxLength: (m) => `quá dài (${m.replace(/^.*?(\d+).*$/, 'tối đa $1 ký tự')})`,
  isUUID: () => 'phải là một mã định danh (UUID) hợp lệ',
  isInt: () => 'phải là số nguyên',
  min: (m) => `nhỏ hơn giá trị cho phép (${m.replace(/^.*?(-?\d+(\.\d+)?).*$/, 'tối thiểu $1')})`,
  max: (m) => `lớn hơn giá trị cho phép (${m.replace(/^.*?(-?\d+(\.\d+)?).*$/, 'tối đa $1')})`,
  isEnum: () => 'không thuộc các giá trị cho phép',
  isIn: () => 'không thuộc các giá trị cho phép',
  isDateString: () => 'phải là ngày hợp lệ (YYYY-MM-DD)',
  isISO8601: () => 'phải là ngày hợp lệ (YYYY-MM-DD)',
  matches: () => 'không đúng định dạng',
  isBoolean: () => 'phải là đúng/sai',
  whitelistValidation: () => 'là trường không được phép',
  isStrongPassword: () => 'chưa đủ mạnh',
};

export function fieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    for (const [constraint, english] of Object.entries(error.constraints ?? {})) {
      const vi = VI[constraint]?.(english) ?? english;
      problems.push({ field: path, message: { vi, en: english } });
    }
    problems.push(...fieldProblems(error.children ?? [], path));
  }
  return problems;
}

export function validationFailed(problems: FieldProblem[]): BadInputError {
  const summary: LocalisedText = {
    vi: `Dữ liệu chưa hợp lệ: ${problems.map((p) => `${p.field} ${p.message.vi}`).join('; ')}.`,
    en: `Invalid input: ${problems.map((p) => `${p.field}: ${p.message.en}`).join('; ')}.`,
  };
  return new BadInputError('VALIDATION_FAILED', summary, problems);
}

/**
 * The one global pipe: whitelist, refuse unknown fields, transform. Errors become BAD_USER_INPUT
 * whose field paths start with the argument name (input.email), as the client sent them.
 */
@Injectable()
export class AppValidationPipe extends ValidationPipe {
  constructor() {
    super({ whitelist: true, forbidNonWhitelisted: true, transform: true, exceptionFactory: (errors) => errors });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (errors) {
      if (Array.isArray(errors)) throw validationFailed(fieldProblems(errors as ValidationError[], metadata.data ?? ''));
      throw errors;
    }
  }
}
