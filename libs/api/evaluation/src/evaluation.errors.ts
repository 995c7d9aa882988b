import { ConflictError, ForbiddenError, LocalisedText, NotFoundError } from '@ketqua/api/core';

export const WHAT = {
  period: { vi: 'kỳ đánh giá', en: 'evaluation period' },
  evaluation: { vi: 'phiếu đánh giá', en: 'evaluation' },
  template: { vi: 'bộ tiêu chí đánh giá', en: 'criteria template' },
  waiver: { vi: 'đề nghị miễn trừ', en: 'waiver request' },
  quotaException: { vi: 'ngoại lệ tỷ lệ xuất sắc', en: 'quota exception' },
  actingEvaluator: { vi: 'người được giao đánh giá thay', en: 'acting evaluator' },
  official: { vi: 'công chức', en: 'official' },
  unit: { vi: 'đơn vị', en: 'unit' },
  agency: { vi: 'cơ quan', en: 'agency' },
  pilot: { vi: 'đề án thí điểm', en: 'pilot' },
} satisfies Record<string, LocalisedText>;

export const notFound = (what: keyof typeof WHAT, id?: string) => new NotFoundError(WHAT[what], id);

// The shared refusals (core): features re-export them under the names their code uses.
export { badField, domainCall as domain, fromDomain } from '@ketqua/api/core';

export const conflict = (reason: string, text: LocalisedText, details: Record<string, unknown> = {}) => new ConflictError(reason, text, details);

export const forbidden = (reason: string, vi: string, en: string) => new ForbiddenError(reason, { vi, en });

/** Nobody evaluates themselves (PRODUCT.md 4.4). */
export const selfEvaluation = () => forbidden('SELF_EVALUATION', 'Không ai tự đánh giá chính mình', 'Nobody evaluates themselves');

/** A published criteria template is immutable (PRODUCT.md 4.4): a new version is a new draft. */
export const templatePublished = (id: string) =>
  conflict(
    'TEMPLATE_PUBLISHED',
    { vi: 'Bộ tiêu chí đã công bố thì không sửa được; hãy tạo phiên bản mới.', en: 'A published criteria template cannot be changed; create a new version.' },
    { id },
  );

/** One draft per template code: the next version is edited in one place. */
export const draftExists = (code: string, id: string) =>
  conflict(
    'TEMPLATE_DRAFT_EXISTS',
    { vi: `Bộ tiêu chí ${code} đang có một bản nháp; hãy sửa bản nháp đó.`, en: `Template ${code} already has a draft; edit that one.` },
    { code, id },
  );

/** Criteria templates are city-wide: managed by ADMIN or by HR with city scope. */
export const notCityHr = () =>
  forbidden(
    'CITY_SCOPE_REQUIRED',
    'Chỉ bộ phận tổ chức cán bộ cấp thành phố hoặc quản trị viên quản lý bộ tiêu chí',
    'Only city-wide HR or an administrator manages criteria templates',
  );
