import { RuleSet } from '../rule-sets/rule-set.types';
import { ClassifiedGrade } from '../shared/grade';

/**
 * Decimals kept in an "exact" score. Sums and weighted averages of two-decimal inputs carry binary
 * noise (0.1 + 0.2 = 0.30000000000000004); six decimals remove it while keeping far more precision
 * than is ever shown, so the band is decided on the score as computed, not on its display.
 */
const EXACT_DECIMALS = 6;

/** The score as computed, with binary noise removed (six decimals). Bands are applied to this value. */
export function exactScore(value: number): number {
  return Math.round(value * 10 ** EXACT_DECIMALS) / 10 ** EXACT_DECIMALS;
}

/**
 * The one way a score is shown (PRODUCT 4.4: "a shown score never crosses a band edge"): two
 * decimals, truncated toward zero. Rounding would show 89.995 as 90.00 beside the grade
 * HOAN_THANH_TOT; truncating shows 89.99, and since every band edge has at most two decimals a
 * truncated score is always in the same band as the exact one. Use it wherever a score (or its
 * task and general parts) is displayed, stored for display or printed.
 */
export function displayScore(score: number): number {
  const exact = exactScore(score);
  // The exact score has at most six decimals, so a tiny tolerance absorbs 0.29 * 100 = 28.999…96
  // without ever lifting a value that is really below the next hundredth.
  const truncated = Math.floor(Math.abs(exact) * 100 + 1e-7) / 100;
  return exact < 0 ? -truncated : truncated;
}

/** displayScore as text with exactly two decimals ("89.99", "90.00"), for sheets and tables. */
export function formatScore(score: number): string {
  return displayScore(score).toFixed(2);
}

/**
 * Decree 335/2025/NĐ-CP art. 12 (công chức bands): ≥ 90 HOAN_THANH_XUAT_SAC, 70 to < 90
 * HOAN_THANH_TOT, 50 to < 70 HOAN_THANH, < 50 KHONG_HOAN_THANH. Applied to the exact score
 * (PRODUCT 4.4: "band edges apply to the exact score"); displayScore never shows it across an edge.
 */
export function gradeForScore(score: number, ruleSet: RuleSet): ClassifiedGrade {
  const exact = exactScore(score);
  const band = ruleSet.congChuc.bands.find((candidate) => exact >= candidate.minScore);
  return band ? band.grade : 'KHONG_HOAN_THANH';
}
