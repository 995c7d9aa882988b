import { PURPOSE_MAX_LENGTH } from '@ketqua/domain';
import { AppError } from '../errors/app-error';
import { statedPurpose } from './stated-purpose';

const reasonOf = (raw: unknown, options?: Parameters<typeof statedPurpose>[1]) => {
  try {
    statedPurpose(raw, options);
    return null;
  } catch (error) {
    return error instanceof AppError ? `${error.code}:${error.reason}` : String(error);
  }
};

describe('a stated purpose (mục đích xem dữ liệu)', () => {
  it('is kept as one readable line: decoded, NFC, blanks collapsed; empty or absent is none', () => {
    expect(statedPurpose(encodeURIComponent('Rà soát quý 4'))).toBe('Rà soát quý 4');
    expect(statedPurpose(encodeURIComponent('Ra\u0300   soát'))).toBe('Rà soát');
    expect(statedPurpose('50% hồ sơ', { encoded: false })).toBe('50% hồ sơ');
    expect(statedPurpose(encodeURIComponent('ệ'.repeat(PURPOSE_MAX_LENGTH)))).toHaveLength(PURPOSE_MAX_LENGTH);
    expect(statedPurpose('   ')).toBeNull();
    expect(statedPurpose(undefined)).toBeNull();
  });

  it('is refused, never silently cut or cleaned: control characters, NUL, a lone surrogate, bad encoding, too long, several values', () => {
    expect(reasonOf(encodeURIComponent('Rà soát\nquý 4'))).toBe('BAD_USER_INPUT:PURPOSE_INVALID');
    expect(reasonOf('R%00')).toBe('BAD_USER_INPUT:PURPOSE_INVALID');
    expect(reasonOf('%ED%A0%80')).toBe('BAD_USER_INPUT:PURPOSE_INVALID');
    expect(reasonOf('%E0%A4%A')).toBe('BAD_USER_INPUT:PURPOSE_INVALID');
    expect(reasonOf('\uD800', { encoded: false })).toBe('BAD_USER_INPUT:PURPOSE_INVALID');
    expect(reasonOf(encodeURIComponent('ệ'.repeat(PURPOSE_MAX_LENGTH + 1)))).toBe('BAD_USER_INPUT:PURPOSE_TOO_LONG');
    expect(reasonOf(['a', 'b'])).toBe('BAD_USER_INPUT:PURPOSE_INVALID');
  });
});
