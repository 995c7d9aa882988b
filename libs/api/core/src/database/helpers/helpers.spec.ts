import { StaleVersionError } from '../../errors/app-error';
import { changes } from './audit-diff';
import { isUniqueViolation, pgErrorCode } from './pg-errors';
import { assertVersion } from './versioning';

describe('core database helpers', () => {
  it('changes: only the fields given and different, compared by content', () => {
    const before = { title: 'A', quantity: 2, tags: ['x'], at: new Date('2026-03-02T00:00:00Z'), note: null as string | null };
    expect(changes(before, { title: 'B', quantity: 2, tags: ['x'], at: new Date('2026-03-02T00:00:00Z'), note: undefined })).toEqual({ title: { from: 'A', to: 'B' } });
    expect(changes(before, { note: 'n', tags: ['x', 'y'] })).toEqual({ note: { from: null, to: 'n' }, tags: { from: ['x'], to: ['x', 'y'] } });
    expect(changes(before, {})).toEqual({});
  });

  it('assertVersion: a different stored version is a CONFLICT; no version sent, no check', () => {
    const what = { vi: 'nhiệm vụ', en: 'assignment' };
    expect(() => assertVersion(what, 3, 4)).toThrow(StaleVersionError);
    expect(() => assertVersion(what, 4, 4)).not.toThrow();
    expect(() => assertVersion(what, undefined, 4)).not.toThrow();
  });

  it('isUniqueViolation: SQLSTATE 23505 only', () => {
    expect(isUniqueViolation({ code: '23505' })).toBe(true);
    expect(isUniqueViolation({ code: '40P01' })).toBe(false);
    expect(isUniqueViolation(new Error('x'))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
    expect(pgErrorCode({ code: 42 })).toBeUndefined();
  });
});
