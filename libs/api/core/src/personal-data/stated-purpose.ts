import { PURPOSE_MAX_LENGTH } from '@ketqua/domain';
import { BadInputError } from '../errors/app-error';
import { cleanText } from '../graphql/input-transforms';

/** The header the dashboard sends with the purpose a viewer gave (mục đích xem dữ liệu), percent-encoded UTF-8. */
export const PURPOSE_HEADER = 'x-ketqua-purpose';

const refused = (field: string, reason: 'PURPOSE_INVALID' | 'PURPOSE_TOO_LONG') =>
  new BadInputError(
    reason,
    reason === 'PURPOSE_TOO_LONG'
      ? { vi: `Mục đích xem dữ liệu dài quá ${PURPOSE_MAX_LENGTH} ký tự.`, en: `The purpose is longer than ${PURPOSE_MAX_LENGTH} characters.` }
      : { vi: 'Mục đích xem dữ liệu phải là một dòng chữ (không có ký tự điều khiển).', en: 'The purpose must be one line of text (no control characters).' },
    [{ field, message: { vi: `${field}: tối đa ${PURPOSE_MAX_LENGTH} ký tự, một dòng`, en: `${field}: at most ${PURPOSE_MAX_LENGTH} characters, one line` } }],
  );

/**
 * The purpose a viewer states for reading or taking someone's personal data (the X-Ketqua-Purpose
 * header of any request, percent-decoded; or a download's `reason`, a query parameter), as stored in the access log:
 * one line by the API's text rules (cleanText 'line': NFC, no control character, no NUL or lone
 * surrogate), blanks collapsed, at most PURPOSE_MAX_LENGTH characters; empty or absent → null.
 * Anything else is refused (BAD_USER_INPUT PURPOSE_INVALID / PURPOSE_TOO_LONG) before the request
 * reads anything, so nothing is logged or changed — never silently cut or cleaned.
 */
export function statedPurpose(raw: unknown, { field = 'X-Ketqua-Purpose', encoded = true }: { field?: string; encoded?: boolean } = {}): string | null {
  const value = Array.isArray(raw) ? (raw.length === 1 ? (raw[0] as unknown) : raw) : raw;
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw refused(field, 'PURPOSE_INVALID');
  let decoded = value;
  try {
    if (encoded) decoded = decodeURIComponent(value);
  } catch {
    throw refused(field, 'PURPOSE_INVALID');
  }
  const clean = cleanText(decoded, 'line');
  if (clean === null) throw refused(field, 'PURPOSE_INVALID');
  const text = clean.replace(/\s+/g, ' ').trim();
  if (Array.from(text).length > PURPOSE_MAX_LENGTH) throw refused(field, 'PURPOSE_TOO_LONG');
  return text || null;
}
