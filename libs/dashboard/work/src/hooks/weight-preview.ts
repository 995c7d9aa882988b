import { convertedUnits } from '@ketqua/domain';

/**
 * The form's "quantity × coefficient = weight" line: the weight by libs/domain's rule, so the
 * preview shows exactly what the API will derive (1.25 × 1.25 = 1.5625, not 1.56).
 */
export function weightPreview(quantity: number | null | undefined, coefficient: number): string {
  return typeof quantity === 'number' ? `${quantity} × ${coefficient} = ${convertedUnits(coefficient, quantity)}` : '—';
}
