import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar, OfficialSummary } from '@ketqua/api/core';

export enum OverviewWindowKind {
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  PERIOD = 'PERIOD',
}
registerEnumType(OverviewWindowKind, { name: 'OverviewWindowKind', description: 'This week (Monday–Sunday), this month, or the open evaluation period.' });

export enum OverviewPresenceStatus {
  HOME = 'HOME',
  OFFICE = 'OFFICE',
  AWAY = 'AWAY',
  HOLIDAY = 'HOLIDAY',
}
registerEnumType(OverviewPresenceStatus, { name: 'OverviewPresenceStatus' });

@ObjectType({ description: 'Work and discipline figures of a window (for one official or the whole unit); numbers from libs/domain.' })
export class OverviewFigures {
  @Field(() => Int, { description: 'Assignments counted (deadline in force inside the window, not cancelled).' }) assigned!: number;
  @Field(() => Int) accepted!: number;
  @Field(() => Int, { description: 'Accepted assignments whose accepted version was submitted on time.' }) acceptedOnTime!: number;
  @Field(() => Float, { description: 'Converted units expected of the counted assignments.' }) unitsAssigned!: number;
  @Field(() => Float, { description: 'Converted units accepted.' }) unitsDelivered!: number;
  @Field(() => Float, { nullable: true, description: 'accepted ÷ assigned, percent; null when nothing is counted.' }) completionRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'acceptedOnTime ÷ accepted, percent; null when nothing is accepted.' }) onTimeRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean quality percentage of the accepted assignments (Decree 335: 25 points off per major-error return unless waived).' })
  meanQuality!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'PERIOD only: the running task points so far (≤ 70, before the head scores the general criteria); for the unit, the mean of its officials.',
  })
  runningScore!: number | null;
  @Field(() => Int) spotChecksOnTime!: number;
  @Field(() => Int, { description: 'Closed spot checks owed an answer (ON_TIME, LATE, MISSED; EXCUSED not counted).' }) spotChecksOwed!: number;
  @Field(() => Float, { nullable: true, description: 'Spot checks answered on time ÷ owed, percent; null when none was owed.' }) spotCheckCompliance!: number | null;
  @Field(() => Int, { description: 'Home-working officials flagged by workload parity (more than 20% below the office average).' }) parityFlagged!: number;
}

@ObjectType()
export class OfficialOverview {
  @Field(() => OfficialSummary) official!: OfficialSummary;
  @Field({ description: 'An approved home-work enrollment overlaps the window.' }) homeWorker!: boolean;
  @Field({ description: 'Workload parity flag (PRODUCT.md 4.1).' }) parityFlag!: boolean;
  @Field(() => Float, { nullable: true, description: 'How far below the office average, percent (home workers only).' }) belowOfficeAveragePercent!: number | null;
  @Field(() => OverviewFigures) figures!: OverviewFigures;
}

@ObjectType()
export class OverviewWindow {
  @Field(() => OverviewWindowKind) kind!: OverviewWindowKind;
  @Field(() => LocalDateScalar) from!: string;
  @Field(() => LocalDateScalar) to!: string;
  @Field(() => ID, { nullable: true, description: 'PERIOD: the evaluation period.' }) periodId!: string | null;
  @Field(() => String, { nullable: true }) periodName!: string | null;
  @Field(() => OverviewFigures) unit!: OverviewFigures;
  @Field(() => [OfficialOverview], {
    description: 'One per active official of the unit and the units below it, by name; empty for the windows other than unitOverview’s `window` argument when one is given.',
  })
  officials!: OfficialOverview[];
}

@ObjectType({ description: 'One month of the trend: the unit’s work figures.' })
export class OverviewMonth {
  @Field({ description: 'MM/yyyy' }) label!: string;
  @Field(() => LocalDateScalar) from!: string;
  @Field(() => LocalDateScalar) to!: string;
  @Field(() => Int) assigned!: number;
  @Field(() => Int) accepted!: number;
  @Field(() => Float) unitsAssigned!: number;
  @Field(() => Float) unitsDelivered!: number;
  @Field(() => Float, { nullable: true }) completionRate!: number | null;
  @Field(() => Float, { nullable: true }) onTimeRate!: number | null;
}

@ObjectType()
export class OverviewPresenceEntry {
  @Field(() => OfficialSummary) official!: OfficialSummary;
  @Field(() => OverviewPresenceStatus) status!: OverviewPresenceStatus;
}

@ObjectType()
export class OverviewToday {
  @Field(() => LocalDateScalar) date!: string;
  @Field() workingDay!: boolean;
  @Field(() => Int) home!: number;
  @Field(() => Int) office!: number;
  @Field(() => Int) away!: number;
  @Field(() => [OverviewPresenceEntry]) entries!: OverviewPresenceEntry[];
}

@ObjectType()
export class OverviewOfficialCount {
  @Field(() => ID) officialId!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Tổng quan đơn vị: the unit head’s landing page (PRODUCT.md journey 2).' })
export class UnitOverview {
  @Field(() => ID) unitId!: string;
  @Field() unitName!: string;
  @Field({ description: 'When the figures were computed.' }) asOf!: Date;
  @Field(() => OverviewToday) today!: OverviewToday;
  @Field(() => [OverviewWindow], { description: 'WEEK, MONTH and, when one is open, PERIOD.' }) windows!: OverviewWindow[];
  @Field(() => [OverviewMonth], { description: 'The last 6 months, oldest first.' }) trend!: OverviewMonth[];
  @Field(() => Int, { description: 'Open assignments past their effective deadline.' }) overdue!: number;
  @Field(() => [OverviewOfficialCount]) overdueByOfficial!: OverviewOfficialCount[];
  @Field(() => Int, { description: 'Deliverables waiting for review (SUBMITTED).' }) reviewQueue!: number;
}

@ObjectType({ description: 'The work of a unit in your scope changed (a deliverable was submitted or reviewed): refetch unitOverview.' })
export class UnitOverviewChanged {
  @Field(() => ID) unitId!: string;
  @Field(() => ID) assignmentId!: string;
  @Field() change!: string;
  @Field() at!: Date;
}
