import { DomainValidationError, fail } from './errors';
import { explain } from './explanation';
import { isAtLeast, lowerGrade } from './grade';
import { assertFinite, assertInteger, clamp, roundTo, sum } from './numbers';

describe('numbers', () => {
  it.each([
    [1.005, 2, 1.01],
    [89.995, 2, 90],
    [89.994999, 2, 89.99],
    [-2.345, 2, -2.35],
    [2.5, 0, 3],
    [-2.5, 0, -3],
  ])('roundTo(%d, %d) = %d (half away from zero)', (value, decimals, expected) => {
    expect(roundTo(value, decimals)).toBe(expected);
  });

  it('clamps and sums', () => {
    expect(clamp(120, 0, 100)).toBe(100);
    expect(clamp(-1, 0, 100)).toBe(0);
    expect(sum([1, 2, 3.5])).toBe(6.5);
    expect(sum([])).toBe(0);
  });

  it('reports every issue with its field', () => {
    expect(() => assertFinite(Number.NaN, 'units')).toThrow(/units: must be a finite number/);
    expect(() => assertFinite(101, 'percent', 0, 100)).toThrow(/percent: must be between 0 and 100/);
    expect(() => assertInteger(1.5, 'days')).toThrow(/days: must be an integer/);
    expect(() => assertInteger(-1, 'days')).toThrow(DomainValidationError);
    try {
      fail('a', 'b');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainValidationError);
      expect((error as DomainValidationError).issues).toEqual([{ field: 'a', message: 'b' }]);
      expect((error as DomainValidationError).code).toBe('DOMAIN_VALIDATION');
    }
  });
});

describe('grades and explanations', () => {
  it('orders grades', () => {
    expect(lowerGrade('HOAN_THANH_TOT', 'HOAN_THANH')).toBe('HOAN_THANH');
    expect(lowerGrade('HOAN_THANH', 'HOAN_THANH_XUAT_SAC')).toBe('HOAN_THANH');
    expect(isAtLeast('HOAN_THANH', 'HOAN_THANH')).toBe(true);
    expect(isAtLeast('KHONG_HOAN_THANH', 'HOAN_THANH')).toBe(false);
  });

  it('fills empty steps and deductions, and serialises as JSON', () => {
    const explanation = explain({ rule: 'r', source: 's', ruleSetVersion: 'v1', inputs: { a: 1 }, result: 2 });
    expect(explanation.steps).toEqual([]);
    expect(explanation.deductions).toEqual([]);
    expect(JSON.parse(JSON.stringify(explanation))).toEqual(explanation);
  });
});
