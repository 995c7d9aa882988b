import { DEFAULT_CORE_HOURS } from '../calendar/core-hours';
import { RuleSet } from './rule-set.types';

/**
 * The rules as written for the pilot's start (01/01/2026, when Decree 335/2025/NĐ-CP took effect).
 * Sources per group:
 * - assignment, congChuc: Decree 335/2025/NĐ-CP (art. 14: quantity, quality, progress; 25% off per
 *   major content error or delay unless an objective cause is confirmed; 70 + 30 points; bands
 *   90/70/50; leaders' unit results 100% / 50%). The decree leaves the combination of the three
 *   percentages and the leader weighting to the template: v1 uses equal thirds and 50/50.
 * - vienChuc: Decree 90/2020/NĐ-CP as amended by Decree 48/2023/NĐ-CP (conditions per grade, for
 *   non-managers and for managers on their unit and sub-units; under 6 months worked not
 *   classified; 3 months of leave or more at most HOAN_THANH).
 * - quota: Decree 335/2025 (công chức) and Decree 48/2023 (viên chức): excellent ≤ 20% of good;
 *   viên chức also ≤ the agency's share of Party members graded excellent, entered by HR.
 * - homeWork, spotChecks, coreHours: the pilot's own principles (PRODUCT 4.1, 4.2, 4.6).
 */
export const RULE_SET_V1: RuleSet = {
  version: 'v1',
  effectiveFrom: '2026-01-01',
  description: 'Decree 335/2025 (công chức), Decree 90/2020 as amended by 48/2023 (viên chức), pilot defaults',
  assignment: {
    quantityCapPercent: 100,
    qualityDeductionPerMajorError: 25,
    progressDeductionPerMissedDeadline: 25,
  },
  congChuc: {
    taskMaxPoints: 70,
    generalMaxPoints: 30,
    taskCombination: { quantity: 1, quality: 1, progress: 1 },
    generalCriteria: [
      { code: 'POLITICAL_QUALITY', label: 'Phẩm chất chính trị', maxPoints: 7.5 },
      { code: 'ETHICS_CONDUCT', label: 'Đạo đức, lối sống, văn hóa thực thi công vụ', maxPoints: 7.5 },
      { code: 'WORKING_STYLE', label: 'Tác phong, lề lối làm việc, tinh thần trách nhiệm', maxPoints: 7.5 },
      { code: 'DISCIPLINE', label: 'Ý thức tổ chức kỷ luật', maxPoints: 7.5 },
    ],
    bands: [
      { minScore: 90, grade: 'HOAN_THANH_XUAT_SAC' },
      { minScore: 70, grade: 'HOAN_THANH_TOT' },
      { minScore: 50, grade: 'HOAN_THANH' },
    ],
    scoreDecimals: 2,
    leader: {
      unitResultsWeightPercent: 50,
      allSubordinatesCompletePercent: 100,
      anySubordinateIncompletePercent: 50,
    },
  },
  vienChuc: {
    excellentMinExceedingPercent: 50,
    completeMaxShortPercent: 20,
    incompleteShortAbovePercent: 50,
    minMonthsWorked: 6,
    leaveCap: { fromMonths: 3, maxGrade: 'HOAN_THANH' },
    leader: {
      unitExcellentMinExceededPercent: 50,
      unitGoodMinOnTimePercent: 80,
      unitCompleteAbovePercent: 70,
      subUnitsExcellentMinGoodPercent: 70,
      subUnitsCompleteMinPercent: 70,
    },
  },
  // No Party-member share is shipped: HR enters it per agency and year (see RULES.md for what
  // applies until then).
  quota: { excellentMaxPercentOfGood: 20, vienChucPartyMemberExcellent: [] },
  homeWork: {
    maxHomeSharePercent: 30,
    minOnSite: 1,
    maxHomeDaysPerWeek: 2,
    workloadParityThresholdPercent: 20,
  },
  spotChecks: {
    sampleRateBasisPoints: 1000,
    answerWindowMinutes: 15,
    missedPerMonthForReview: 3,
  },
  coreHours: DEFAULT_CORE_HOURS,
  statistics: { bootstrapResamples: 2000, confidenceLevel: 0.95 },
};
