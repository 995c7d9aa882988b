import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/*
 * HR's pilot evaluation report (Báo cáo thí điểm, PRODUCT.md 4.7) as GraphQL types. The resolver,
 * the dashboard page and the exports (XLSX/CSV/PDF) all read the one plain object PilotReportData
 * (pilot-report.types.ts); these classes only describe it to GraphQL.
 */

export enum ReportCohort {
  HOME = 'HOME',
  OFFICE = 'OFFICE',
}
registerEnumType(ReportCohort, {
  name: 'ReportCohort',
  description: 'HOME: approved enrollment in the pilot during the period · OFFICE: same positions in the pilot’s units, no enrollment',
});

export enum ReportPhase {
  BASELINE = 'BASELINE',
  PILOT = 'PILOT',
}
registerEnumType(ReportPhase, { name: 'ReportPhase', description: 'BASELINE: the comparison months before the pilot · PILOT: the report period' });

export enum BalanceDimension {
  STAFF_CATEGORY = 'STAFF_CATEGORY',
  LEADER = 'LEADER',
  AGENCY = 'AGENCY',
  POSITION = 'POSITION',
}
registerEnumType(BalanceDimension, { name: 'BalanceDimension', description: 'What a balance row compares: staff category, leader or not, agency, position' });

export enum MovedCohortReason {
  ENROLLMENT_STARTED_IN_PERIOD = 'ENROLLMENT_STARTED_IN_PERIOD',
  ENROLLMENT_ENDED_IN_PERIOD = 'ENROLLMENT_ENDED_IN_PERIOD',
  CHANGED_UNIT = 'CHANGED_UNIT',
  CHANGED_POSITION = 'CHANGED_POSITION',
}
registerEnumType(MovedCohortReason, { name: 'MovedCohortReason', description: 'Why an official counts as having moved cohort in the period (data quality)' });

@ObjectType('PilotReportPilot', { description: 'The pilot the report is about.' })
export class PilotReportPilotModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() decisionNumber!: string;
  @Field({ description: 'YYYY-MM-DD' }) startDate!: string;
  @Field({ description: 'YYYY-MM-DD' }) endDate!: string;
}

@ObjectType('ReportMonthRange', { description: 'A range of whole months, both ends included.' })
export class ReportMonthRangeModel {
  @Field({ description: 'YYYY-MM' }) from!: string;
  @Field({ description: 'YYYY-MM' }) to!: string;
  @Field({ description: 'First day, YYYY-MM-DD' }) startsOn!: string;
  @Field({ description: 'Last day, YYYY-MM-DD' }) endsOn!: string;
  @Field(() => Int) months!: number;
}

@ObjectType('PilotReportMetrics', { description: 'Every metric of one cohort in one phase (of the whole report or of one breakdown row).' })
export class PilotReportMetricsModel {
  @Field(() => ReportCohort) cohort!: ReportCohort;
  @Field(() => ReportPhase) phase!: ReportPhase;
  @Field(() => Int, { description: 'Officials of the cohort.' }) headcount!: number;
  @Field(() => Int, { description: 'Assignments with their deadline in the phase, not cancelled.' }) assignments!: number;
  @Field(() => Int, { description: 'Of those, accepted by the head.' }) completed!: number;
  @Field(() => Float, { nullable: true, description: 'completed ÷ assignments, percent.' }) completionRatePercent!: number | null;
  @Field(() => Int, { description: 'Accepted assignments whose accepted version was submitted on time.' }) onTime!: number;
  @Field(() => Float, { nullable: true, description: 'onTime ÷ completed, percent.' }) onTimeRatePercent!: number | null;
  @Field(() => Int, { description: 'Published monthly evaluations read.' }) evaluations!: number;
  @Field(() => Float, { nullable: true, description: 'Mean quality percent of the published evaluations (units-weighted over their receipts).' }) meanQualityPercent!:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Mean published monthly score (công chức, out of 100).' }) meanScore!: number | null;
  @Field(() => Int, { description: 'Closed spot checks (manual test checks excluded).' }) spotChecks!: number;
  @Field(() => Float, { nullable: true, description: 'Spot checks answered on time or excused ÷ closed, percent; null without checks (the office cohort).' })
  spotCheckCompliancePercent!: number | null;
  @Field(() => Float, { description: 'Converted units assigned.' }) assignedUnits!: number;
  @Field(() => Float, { nullable: true, description: 'Converted units assigned per official per month.' }) workloadPerOfficial!: number | null;
}

@ObjectType('PilotReportDid', { description: 'Difference-in-differences of the mean score, with its bootstrap interval clustered by unit.' })
export class PilotReportDidModel {
  @Field(() => Float, { nullable: true, description: '(home pilot − home baseline) − (office pilot − office baseline); null when a cell has no score.' }) estimate!: number | null;
  @Field(() => Float, { nullable: true }) lower!: number | null;
  @Field(() => Float, { nullable: true }) upper!: number | null;
  @Field(() => Float) confidenceLevel!: number;
  @Field(() => Int) resamples!: number;
  @Field({ description: 'The generator’s seed: the same report gives the same interval.' }) seed!: string;
  @Field(() => Int, { description: 'Units (clusters) resampled.' }) clusters!: number;
  @Field(() => Int, { description: 'Official × phase mean scores the estimate is computed on.' }) observations!: number;
  @Field(() => Float, { nullable: true }) homeBaseline!: number | null;
  @Field(() => Float, { nullable: true }) homePilot!: number | null;
  @Field(() => Float, { nullable: true }) officeBaseline!: number | null;
  @Field(() => Float, { nullable: true }) officePilot!: number | null;
  @Field(() => String, { nullable: true, description: 'Why there is no estimate (vi), when there is none.' }) unavailableReason!: string | null;
}

@ObjectType('PilotReportBreakdownRow', { description: 'One agency, unit or position: its cells (cohort × phase).' })
export class PilotReportBreakdownRowModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ID) agencyId!: string;
  @Field() agencyName!: string;
  @Field(() => ID, { nullable: true, description: 'The unit of a unit row.' }) unitId!: string | null;
  @Field(() => [PilotReportMetricsModel]) cells!: PilotReportMetricsModel[];
}

@ObjectType('PilotReportGradeShare', { description: 'How many published monthly evaluations of a cohort × phase have a grade.' })
export class PilotReportGradeShareModel {
  @Field(() => ReportCohort) cohort!: ReportCohort;
  @Field(() => ReportPhase) phase!: ReportPhase;
  @Field({ description: 'HOAN_THANH_XUAT_SAC, HOAN_THANH_TOT, HOAN_THANH, KHONG_HOAN_THANH or NOT_CLASSIFIED' }) grade!: string;
  @Field(() => Int) count!: number;
  @Field(() => Float, { description: 'Percent of the cell’s graded evaluations.' }) percent!: number;
}

@ObjectType('PilotReportTrendPoint', { description: 'One month before the pilot: the mean score of each cohort.' })
export class PilotReportTrendPointModel {
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field(() => Float, { nullable: true }) homeMean!: number | null;
  @Field(() => Float, { nullable: true }) officeMean!: number | null;
  @Field(() => Int) homeCount!: number;
  @Field(() => Int) officeCount!: number;
}

@ObjectType('PilotReportBalanceRow', { description: 'The cohorts’ composition: how many of each are in a category.' })
export class PilotReportBalanceRowModel {
  @Field(() => BalanceDimension) dimension!: BalanceDimension;
  @Field({ description: 'The category’s key (code or id).' }) key!: string;
  @Field() label!: string;
  @Field(() => Int) homeCount!: number;
  @Field(() => Float) homeSharePercent!: number;
  @Field(() => Int) officeCount!: number;
  @Field(() => Float) officeSharePercent!: number;
}

@ObjectType('PilotReportMissingEvaluation', { description: 'An official × month of either phase without a published monthly evaluation.' })
export class PilotReportMissingEvaluationModel {
  @Field(() => ID) officialId!: string;
  @Field() officialName!: string;
  @Field() unitName!: string;
  @Field(() => ReportCohort) cohort!: ReportCohort;
  @Field(() => ReportPhase) phase!: ReportPhase;
  @Field({ description: 'YYYY-MM' }) month!: string;
}

@ObjectType('PilotReportMovedOfficial', { description: 'An official whose cohort is not clean over the period.' })
export class PilotReportMovedOfficialModel {
  @Field(() => ID) officialId!: string;
  @Field() officialName!: string;
  @Field() unitName!: string;
  @Field(() => ReportCohort) cohort!: ReportCohort;
  @Field(() => [MovedCohortReason]) reasons!: MovedCohortReason[];
}

@ObjectType('PilotReportMissingEvaluations')
export class PilotReportMissingEvaluationsModel {
  @Field(() => Int, { description: 'All missing official × months (the list may be cut at listLimit).' }) count!: number;
  @Field(() => Int) listLimit!: number;
  @Field(() => [PilotReportMissingEvaluationModel]) items!: PilotReportMissingEvaluationModel[];
}

@ObjectType('PilotReportMovedCohort')
export class PilotReportMovedCohortModel {
  @Field(() => Int) count!: number;
  @Field(() => Int) listLimit!: number;
  @Field(() => [PilotReportMovedOfficialModel]) items!: PilotReportMovedOfficialModel[];
}

@ObjectType('PilotReportDataQuality', { description: 'What is missing or not clean in the data the report reads.' })
export class PilotReportDataQualityModel {
  @Field(() => PilotReportMissingEvaluationsModel) missingEvaluations!: PilotReportMissingEvaluationsModel;
  @Field(() => PilotReportMovedCohortModel) movedCohort!: PilotReportMovedCohortModel;
}

@ObjectType('LocalisedNote', { description: 'A text in Vietnamese and English.' })
export class LocalisedNoteModel {
  @Field() vi!: string;
  @Field() en!: string;
}

@ObjectType('PilotReport', { description: 'Báo cáo thí điểm (PRODUCT.md 4.7): home vs office cohort, pilot vs baseline, with the difference in differences.' })
export class PilotReportModel {
  @Field(() => PilotReportPilotModel) pilot!: PilotReportPilotModel;
  @Field(() => ReportMonthRangeModel) period!: ReportMonthRangeModel;
  @Field(() => ReportMonthRangeModel) baseline!: ReportMonthRangeModel;
  @Field(() => ID, { nullable: true }) agencyId!: string | null;
  @Field(() => ID, { nullable: true }) unitId!: string | null;
  @Field(() => Date, { description: 'When the report was computed.' }) asOf!: Date;
  @Field(() => Date, { nullable: true, description: 'The latest data cut-off (chốt số liệu) of the monthly periods read; null when none was read.' }) dataCutOff!: Date | null;
  @Field(() => [String], { description: 'Rule-set versions of the evaluations and of the pilot.' }) ruleSetVersions!: string[];
  @Field(() => [PilotReportMetricsModel], { description: 'The four cells: HOME/OFFICE × BASELINE/PILOT.' }) summary!: PilotReportMetricsModel[];
  @Field(() => PilotReportDidModel) did!: PilotReportDidModel;
  @Field(() => [PilotReportBreakdownRowModel]) byAgency!: PilotReportBreakdownRowModel[];
  @Field(() => [PilotReportBreakdownRowModel]) byUnit!: PilotReportBreakdownRowModel[];
  @Field(() => [PilotReportBreakdownRowModel]) byPosition!: PilotReportBreakdownRowModel[];
  @Field(() => [PilotReportGradeShareModel]) gradeDistribution!: PilotReportGradeShareModel[];
  @Field(() => [PilotReportTrendPointModel], { description: 'Monthly means of both cohorts from the baseline start to the month before the pilot.' })
  preTrend!: PilotReportTrendPointModel[];
  @Field(() => [PilotReportBalanceRowModel]) balance!: PilotReportBalanceRowModel[];
  @Field(() => PilotReportDataQualityModel) dataQuality!: PilotReportDataQualityModel;
  @Field(() => LocalisedNoteModel) methodNote!: LocalisedNoteModel;
}
