import { hasAtMostDecimals } from '../graphql/decimal-places';
import { databaseRefusal } from './database-refusals';

const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('the database safety net', () => {
  it('a missing reference is BAD_USER_INPUT, a row still in use is CONFLICT, a value out of range, a missing required value or a broken CHECK BAD_USER_INPUT; anything else stays a server error', () => {
    expect(databaseRefusal(pgError('23503', 'insert or update on table "position" violates foreign key constraint "FK_x"'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DATABASE_REFUSED',
    });
    expect(databaseRefusal(pgError('23503', 'update or delete on table "agency" violates foreign key constraint "FK_x"'))).toMatchObject({
      code: 'CONFLICT',
      reason: 'DATABASE_REFUSED',
    });
    expect(databaseRefusal(pgError('22003', 'integer out of range'))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(databaseRefusal(pgError('23505', 'duplicate key value violates unique constraint "IDX_x"'))).toMatchObject({ code: 'CONFLICT', reason: 'DATABASE_REFUSED' });
    expect(databaseRefusal(pgError('23502', 'null value in column "title" of relation "assignment" violates not-null constraint'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DATABASE_REFUSED',
    });
    expect(databaseRefusal(pgError('23514', 'new row for relation "x" violates check constraint "CHK_x"'))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DATABASE_REFUSED' });
    expect(databaseRefusal(pgError('57P01', 'terminating connection due to administrator command'))).toBeNull();
    expect(databaseRefusal(new TypeError('x'))).toBeNull();
  });
});

describe('hasAtMostDecimals', () => {
  it.each([
    [0.29, 2, true],
    [100, 2, true],
    [1e300, 2, true],
    [0.291, 2, false],
    [1e-12, 2, false],
    [5e-324, 2, false],
    [Number.NaN, 2, false],
    [Infinity, 2, false],
    ['1', 2, false],
  ])('%p with at most %p decimals: %p', (value, places, ok) => {
    expect(hasAtMostDecimals(value, places)).toBe(ok);
  });
});
