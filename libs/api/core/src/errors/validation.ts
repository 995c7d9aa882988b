import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { cleanText, textKindOf } from '../graphql/input-transforms';
import { BadInputError, FieldProblem, LocalisedText } from './app-error';

/** Vietnamese wording for the class-validator constraints we use; English comes from class-validator. */
const VI: Record<string, (c: string) => string> = {
  isEmail: () => 'phải là một địa chỉ email hợp lệ',
  isNotEmpty: () => 'không được để trống',
  minLength: (m) => `quá ngắn (${m.replace(/^.*?(\d+).*$/, 'tối thiểu $1 ký tự')})`,
  maxLength: (m) => `quá dài (${m.replace(/^.*?(\d+).*$/, 'tối đa $1 ký tự')})`,
  isUUID: () => 'phải là một mã định danh (UUID) hợp lệ',
  isInt: () => 'phải là số nguyên',
  isNumber: () => 'phải là một số',
  isDecimalNumber: (m) => `phải là một số có tối đa ${m.replace(/^.*?(\d+) decimals.*$/, '$1')} chữ số thập phân`,
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
  isString: () => 'phải là một chuỗi ký tự',
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
    // GraphQL's parent, context and info (and @CurrentUser) arrive as 'custom': not client input.
    if (metadata.type === 'custom') return super.transform(value, metadata);
    const name = metadata.data ?? '';
    if ((metadata.type === 'query' || metadata.type === 'param') && metadata.metatype === String && value !== undefined && typeof value !== 'string') {
      throw validationFailed([{ field: name, message: { vi: 'chỉ được có một giá trị', en: 'must be given once' } }]);
    }
    // Text is checked on what the client sent, so its problems are listed with the others.
    const textProblems: FieldProblem[] = [];
    walkStrings(value, metadata.metatype?.prototype as object | undefined, name, name, textProblems);
    let result: unknown;
    try {
      result = await super.transform(value, metadata);
    } catch (errors) {
      if (Array.isArray(errors)) throw validationFailed([...fieldProblems(errors as ValidationError[], name), ...textProblems]);
      // A validator that chokes on malformed text (IsEmail's encodeURI threw URIError on a lone
      // surrogate, found by the fuzzer): the text problems are the answer.
      if (textProblems.length) throw validationFailed(textProblems);
      throw errors;
    }
    if (textProblems.length) throw validationFailed(textProblems);
    // …and stored as its kind wants it (NFC, LF line ends, names without control characters).
    return walkStrings(result, metadata.metatype?.prototype as object | undefined, name, name, []);
  }
}

const BAD_TEXT = { vi: 'chứa ký tự điều khiển hoặc ký tự Unicode không hợp lệ', en: 'contains a control character or malformed Unicode' };

/**
 * Every string of an argument, however deep, checked (problems) and normalised by its kind
 * (input-transforms.ts) in place: arguments that are not input objects (`search: String`, ids,
 * cursors) go the same way. The kind comes from the field's name or its @TextKindOf.
 */
function walkStrings(value: unknown, owner: object | undefined, key: string, path: string, problems: FieldProblem[]): unknown {
  if (typeof value === 'string') {
    const cleaned = cleanText(value, textKindOf(owner, key));
    if (cleaned === null) problems.push({ field: path, message: BAD_TEXT });
    return cleaned ?? value;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => (value[i] = walkStrings(item, owner, key, `${path}[${i}]`, problems)));
    return value;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const record = value as Record<string, unknown>;
    // Before class-transformer the argument is a plain object: its class is the pipe's metatype.
    const prototype = Object.getPrototypeOf(record) as object | null;
    const fields = (prototype === null || prototype === Object.prototype) && owner && path === key ? owner : record;
    for (const k of Object.keys(record)) record[k] = walkStrings(record[k], fields, k, path ? `${path}.${k}` : k, problems);
  }
  return value;
}
