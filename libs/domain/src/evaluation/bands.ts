import { RuleSet } from '../rule-sets/rule-set.types';
import { ClassifiedGrade } from '../shared/grade';

/**
 * Decree 335/2025/NĐ-CP (công chức): ≥ 90 HOAN_THANH_XUAT_SAC, 70 to < 90 HOAN_THANH_TOT,
 * 50 to < 70 HOAN_THANH, < 50 KHONG_HOAN_THANH. Applied to the score as shown (two decimals).
 */
export function gradeForScore(score: number, ruleSet: RuleSet): ClassifiedGrade {
  const band = ruleSet.congChuc.bands.find((candidate) => score >= candidate.minScore);
  return band ? band.grade : 'KHONG_HOAN_THANH';
}
