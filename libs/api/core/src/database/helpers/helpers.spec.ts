import { StaleVersionError } from '../../errors/app-error';
import { changes } from './audit-diff';
import { isDatabaseUnavailable, isUniqueViolation, pgErrorCode } from './pg-errors';
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

  it('isDatabaseUnavailable: a server that is down, restarting or cut off, not a wrong query', () => {
    expect(isDatabaseUnavailable({ code: '57P01', message: 'terminating connection due to administrator command' })).toBe(true);
    expect(isDatabaseUnavailable({ code: '57P03', message: 'the database system is shutting down' })).toBe(true);
    expect(isDatabaseUnavailable({ code: '08006' })).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })], ''))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    // TypeORM's QueryFailedError keeps the driver's error.
    expect(isDatabaseUnavailable({ name: 'QueryFailedError', message: 'x', driverError: { code: '57P01' } })).toBe(true);
    // A transaction whose connection died mid-way: its next query is refused by TypeORM itself.
    expect(isDatabaseUnavailable({ name: 'QueryRunnerAlreadyReleasedError', message: 'Query runner already released' })).toBe(true);
    expect(isDatabaseUnavailable({ name: 'QueryRunnerProviderAlreadyReleasedError', message: 'Database connection provided by a query runner was already released' })).toBe(true);
    expect(isDatabaseUnavailable({ code: '23505' })).toBe(false);
    expect(isDatabaseUnavailable({ code: '42P01', message: 'relation "nope" does not exist' })).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
