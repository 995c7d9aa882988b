import { Transform } from 'class-transformer';

const onString =
  (fn: (s: string) => string) =>
  ({ value }: { value: unknown }) =>
    typeof value === 'string' ? fn(value) : value;

/** Text as people mean it: no surrounding blanks, inner runs of blanks as one space. */
export const Trimmed = () => Transform(onString((s) => s.trim().replace(/\s+/g, ' ')));
/** Codes are stored upper-case (ccvc → CCVC). */
export const UpperCased = () => Transform(onString((s) => s.trim().toUpperCase()));
/** Emails are stored lower-case. */
export const LowerCased = () => Transform(onString((s) => s.trim().toLowerCase()));

/**
 * What a string input may contain, decided once at the validation edge (AppValidationPipe) for
 * every argument and input field (issue 10 §4). Everywhere: well-formed Unicode (no lone
 * surrogate) and no NUL; text is stored in NFC so that "Nguyễn" typed on two keyboards is one name.
 * - `line` (the default): no control character at all.
 * - `text` (notes, reasons, descriptions, CSV files): line breaks and tabs allowed, CR LF stored as LF.
 * - `secret` (passwords, tokens): compared byte for byte, so never normalised.
 * - `fileName`: control characters are dropped (a name from someone's disk, not typed here).
 */
export type TextKind = 'line' | 'text' | 'secret' | 'fileName';

const TEXT_KIND = Symbol('ketqua:text-kind');

/** Field names that are multi-line or secret wherever they appear; anything else is one line. */
const KIND_BY_NAME: Record<string, TextKind> = {
  note: 'text',
  reason: 'text',
  description: 'text',
  comment: 'text',
  body: 'text',
  bodyEn: 'text',
  csv: 'text',
  cause: 'text',
  text: 'text',
  password: 'secret',
  currentPassword: 'secret',
  newPassword: 'secret',
  refreshToken: 'secret',
  challengeToken: 'secret',
};

/** Marks a property's kind when its name does not say it (see KIND_BY_NAME). */
export const TextKindOf =
  (kind: TextKind): PropertyDecorator =>
  (target, key) =>
    Reflect.defineMetadata(TEXT_KIND, kind, target, key);

export function textKindOf(owner: object | undefined, key: string): TextKind {
  const declared = owner ? (Reflect.getMetadata(TEXT_KIND, owner, key) as TextKind | undefined) : undefined;
  return declared ?? KIND_BY_NAME[key] ?? 'line';
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Well-formed UTF-16 (no lone surrogate: PostgreSQL cannot store one) and no NUL (nor can it). */
export const isStorableText = (value: string): boolean => !LONE_SURROGATE.test(value) && !value.includes('\u0000');
// C0 controls, DEL and C1 controls; NUL is refused even where others are dropped. Matching control
// characters is the point of these expressions.
/* eslint-disable no-control-regex */
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROL_ALL = /[\u0000-\u001F\u007F-\u009F]/g;
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
/* eslint-enable no-control-regex */

/** The string as stored, or null when it cannot be text of its kind. */
export function cleanText(value: string, kind: TextKind): string | null {
  if (!isStorableText(value)) return null;
  switch (kind) {
    case 'secret':
      return CONTROL.test(value) ? null : value;
    case 'fileName':
      return value.replace(CONTROL_ALL, '').normalize('NFC');
    case 'text': {
      const unified = value.replace(/\r\n?/g, '\n');
      return CONTROL_IN_TEXT.test(unified) ? null : unified.normalize('NFC');
    }
    default:
      return CONTROL.test(value) ? null : value.normalize('NFC');
  }
}
