/** Disciplinary sanctions for công chức, lightest first; every one is "reprimand or above". */
export const DISCIPLINE_LEVELS = ['REPRIMAND', 'WARNING', 'SALARY_DOWNGRADE', 'DEMOTION', 'DISMISSAL_FROM_POST', 'FORCED_RESIGNATION'] as const;
export type DisciplineLevel = (typeof DISCIPLINE_LEVELS)[number];

export interface GradeOverrides {
  /** A sanction of reprimand (khiển trách) or above for conduct in public duty, in the year evaluated. */
  disciplineSanction?: { level: DisciplineLevel; reference: string } | null;
  /** A competent conclusion of political, ethical or lifestyle degradation (suy thoái). */
  ethicalDegradation?: { reference: string } | null;
  /** Leaders only: corruption or waste in a unit they directly manage, handled under the law. */
  unitCorruption?: { reference: string } | null;
}

export type OverrideReason = 'DISCIPLINE_REPRIMAND_OR_ABOVE' | 'ETHICAL_DEGRADATION' | 'UNIT_CORRUPTION';

/**
 * Decree 335/2025/NĐ-CP (công chức) and Decree 90/2020/NĐ-CP as amended (viên chức): these
 * findings give KHONG_HOAN_THANH whatever the score. Returns the reasons that apply.
 */
export function overrideReasons(overrides: GradeOverrides | undefined, isLeader: boolean): OverrideReason[] {
  const reasons: OverrideReason[] = [];
  if (overrides?.disciplineSanction) reasons.push('DISCIPLINE_REPRIMAND_OR_ABOVE');
  if (overrides?.ethicalDegradation) reasons.push('ETHICAL_DEGRADATION');
  if (isLeader && overrides?.unitCorruption) reasons.push('UNIT_CORRUPTION');
  return reasons;
}
