import { check } from './errors';

/**
 * Rounds half away from zero to `decimals` places, for percentages and other numbers that are not
 * banded. Scores are not shown with this: they use displayScore (evaluation/bands), which truncates
 * so a shown score never crosses a band edge.
 * The tiny tolerance absorbs binary noise such as 1.005 * 100 = 100.49999999999999.
 */
export function roundTo(value: number, decimals = 2): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(Math.abs(value) * factor + 1e-9) / factor;
  return value < 0 ? -rounded : rounded;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function assertFinite(value: number, field: string, min = -Infinity, max = Infinity): void {
  check(Number.isFinite(value), field, 'must be a finite number');
  check(value >= min && value <= max, field, `must be between ${min} and ${max}`);
}

export function assertInteger(value: number, field: string, min = 0, max = Number.MAX_SAFE_INTEGER): void {
  check(Number.isInteger(value), field, 'must be an integer');
  check(value >= min && value <= max, field, `must be between ${min} and ${max}`);
}

/** Sum without surprises for the short lists we add (units, scores). */
export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
