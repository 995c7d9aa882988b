import { ValidateBy, ValidationOptions } from 'class-validator';

/** True for a finite number with at most `places` decimals (0.29 yes, 0.291 and 1e-12 no). */
export function hasAtMostDecimals(value: unknown, places: number): boolean {
  // Compared through toFixed, which never throws: class-validator's own maxDecimalPlaces splits
  // String(value) on '.', and 1e-12 or 5e-324 (no '.') made it throw a TypeError, answered as
  // INTERNAL_SERVER_ERROR (found by the fuzzer).
  return typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value;
}

/** A finite number with at most `places` decimals; use instead of IsNumber({ maxDecimalPlaces }). */
export const IsDecimalNumber = (places: number, options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isDecimalNumber',
      constraints: [places],
      validator: {
        validate: (value: unknown) => hasAtMostDecimals(value, places),
        defaultMessage: () => `$property must be a number with at most ${places} decimals`,
      },
    },
    options,
  );
