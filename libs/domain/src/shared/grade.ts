/**
 * Quality grades (xếp loại chất lượng). The four levels are those of Decree 335/2025/NĐ-CP for
 * công chức and Decree 90/2020/NĐ-CP (amended by 48/2023/NĐ-CP) for viên chức; NOT_CLASSIFIED is
 * "không xếp loại" (e.g. under 6 months worked in the year).
 */
export const GRADES = ['HOAN_THANH_XUAT_SAC', 'HOAN_THANH_TOT', 'HOAN_THANH', 'KHONG_HOAN_THANH', 'NOT_CLASSIFIED'] as const;
export type Grade = (typeof GRADES)[number];
/** The four grades that rank an official; NOT_CLASSIFIED stands outside the order. */
export type ClassifiedGrade = Exclude<Grade, 'NOT_CLASSIFIED'>;

/** Higher is better. */
const RANK: Record<ClassifiedGrade, number> = {
  HOAN_THANH_XUAT_SAC: 3,
  HOAN_THANH_TOT: 2,
  HOAN_THANH: 1,
  KHONG_HOAN_THANH: 0,
};

export function gradeRank(grade: ClassifiedGrade): number {
  return RANK[grade];
}

/** The lower of two grades: used for caps ("at most HOAN_THANH"). */
export function lowerGrade(a: ClassifiedGrade, b: ClassifiedGrade): ClassifiedGrade {
  return RANK[a] <= RANK[b] ? a : b;
}

export function isAtLeast(grade: ClassifiedGrade, floor: ClassifiedGrade): boolean {
  return RANK[grade] >= RANK[floor];
}
