import { CoreHoursWindow } from '../calendar/core-hours';
import { ClassifiedGrade } from '../shared/grade';
import { LocalDate } from '../shared/local-date';

/** A sub-criterion of the công chức general criteria (tiêu chí chung), scored by the head. */
export interface GeneralCriterion {
  code: string;
  /** Vietnamese label shown in the UI. */
  label: string;
  maxPoints: number;
}

export interface ScoreBand {
  /** The band starts at this score, included. */
  minScore: number;
  grade: ClassifiedGrade;
}

/** Relative weights of quantity, quality and progress in the task-results percentage. */
export interface TaskCombination {
  quantity: number;
  quality: number;
  progress: number;
}

/** The share (percent, at most two decimals) of an agency's Party members graded excellent in a year. */
export interface PartyMemberExcellentShare {
  agencyId: string;
  year: number;
  percent: number;
}

/**
 * Decree 90/2020/NĐ-CP as amended by Decree 48/2023/NĐ-CP, conditions for viên chức managers on
 * the unit or field they are in charge of (its targets) and on the sub-units they directly manage.
 * Shares are whole percentages of the unit's targets or of its classified sub-units.
 */
export interface VienChucLeaderRules {
  /** XUAT_SAC: every target completed and at least this share exceeded. */
  unitExcellentMinExceededPercent: number;
  /** TOT: at least this share of targets completed on time and to quality. */
  unitGoodMinOnTimePercent: number;
  /** HOAN_THANH: more than this share of targets completed. */
  unitCompleteAbovePercent: number;
  /** XUAT_SAC: every sub-unit at least HOAN_THANH, and at least this share HOAN_THANH_TOT or better. */
  subUnitsExcellentMinGoodPercent: number;
  /** HOAN_THANH: at least this share of sub-units at least HOAN_THANH (TOT needs all of them). */
  subUnitsCompleteMinPercent: number;
}

/**
 * Every threshold, weight, share and deduction that decides a number, as data with a version
 * (PRODUCT 4.5). An evaluation stores the version it used, so re-running a past period after the
 * rules change gives the same numbers. Shares are whole percentages so comparisons stay exact.
 */
export interface RuleSet {
  version: string;
  /** First date the rule set applies to. */
  effectiveFrom: LocalDate;
  description: string;
  assignment: {
    /** Quantity percentage is capped here (100 keeps task results within 70 points). */
    quantityCapPercent: number;
    /** Points off the quality percentage per return for a major content error. */
    qualityDeductionPerMajorError: number;
    /** Points off the progress percentage per missed deadline. */
    progressDeductionPerMissedDeadline: number;
  };
  congChuc: {
    taskMaxPoints: number;
    generalMaxPoints: number;
    taskCombination: TaskCombination;
    generalCriteria: readonly GeneralCriterion[];
    /** Highest band first; below the last band the grade is KHONG_HOAN_THANH. */
    bands: readonly ScoreBand[];
    /** Decimals a score is shown with (displayScore truncates to two; kept as data for the UI). */
    scoreDecimals: number;
    leader: {
      /** Weight (percent) of the unit-results component in a leader's task-results percentage. */
      unitResultsWeightPercent: number;
      /** Unit-results percentage when every subordinate is at least HOAN_THANH. */
      allSubordinatesCompletePercent: number;
      /** Unit-results percentage when any subordinate is KHONG_HOAN_THANH. */
      anySubordinateIncompletePercent: number;
    };
  };
  vienChuc: {
    /** XUAT_SAC needs at least this share (percent) of tasks exceeding requirements. */
    excellentMinExceedingPercent: number;
    /** HOAN_THANH allows at most this share (percent) of tasks short of quality or progress. */
    completeMaxShortPercent: number;
    /** KHONG_HOAN_THANH when more than this share (percent) of tasks fall short. */
    incompleteShortAbovePercent: number;
    /** Under this many months worked in the year: NOT_CLASSIFIED. */
    minMonthsWorked: number;
    /**
     * Leave of `fromMonths` or more caps the grade at `maxGrade`. The decree writes "3 to under 6
     * months"; leave of 6 months or more is capped too, so more leave never gives a better grade
     * (with under 6 months worked the official is NOT_CLASSIFIED anyway).
     */
    leaveCap: { fromMonths: number; maxGrade: ClassifiedGrade };
    /** Managers (viên chức quản lý): conditions on the unit they are in charge of and its sub-units. */
    leader: VienChucLeaderRules;
  };
  quota: {
    /** Excellent grades may not exceed this percentage of good grades per agency and task group. */
    excellentMaxPercentOfGood: number;
    /**
     * Viên chức (Decree 48/2023/NĐ-CP art. 1, amending Decree 90/2020 art. 2): the share of viên
     * chức graded HOAN_THANH_XUAT_SAC in an agency may not exceed the share of Party members graded
     * HOAN_THANH_XUAT_SAC there. HR enters it per agency and year (a new rule-set version).
     */
    vienChucPartyMemberExcellent: readonly PartyMemberExcellentShare[];
  };
  homeWork: {
    maxHomeSharePercent: number;
    minOnSite: number;
    maxHomeDaysPerWeek: number;
    /** Flag a home official whose workload is more than this percent below the office average. */
    workloadParityThresholdPercent: number;
  };
  spotChecks: {
    /** Sample rate in basis points (1000 = 10%). */
    sampleRateBasisPoints: number;
    answerWindowMinutes: number;
    /** This many MISSED checks in a month flag the enrollment for review. */
    missedPerMonthForReview: number;
  };
  coreHours: readonly CoreHoursWindow[];
  statistics: {
    bootstrapResamples: number;
    confidenceLevel: number;
  };
}
