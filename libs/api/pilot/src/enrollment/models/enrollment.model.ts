import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '@ketqua/api/core';
import { EnrollmentStatus } from '../dto/enrollment.inputs';
import { EnrollmentEntity } from '../enrollment.entity';

@ObjectType({ description: 'An official’s home-work request or arrangement (PRODUCT.md 3, 4.1).' })
export class Enrollment {
  @Field(() => ID) id!: string;
  @Field(() => ID) pilotId!: string;
  @Field(() => ID) officialId!: string;
  @Field(() => ID) unitId!: string;
  @Field(() => [Int], { description: 'ISO weekdays at home, 1 Monday … 5 Friday.' }) weekdays!: number[];
  @Field(() => LocalDateScalar) startDate!: string;
  @Field(() => LocalDateScalar) endDate!: string;
  @Field(() => EnrollmentStatus) status!: EnrollmentStatus;
  @Field(() => Int, { description: 'The commitment version accepted.' }) commitmentVersion!: number;
  @Field(() => GraphQLISODateTime) commitmentAcceptedAt!: Date;
  @Field() hasComputer!: boolean;
  @Field() hasPhone!: boolean;
  @Field() hasPrinter!: boolean;
  @Field() hasInternet!: boolean;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => GraphQLISODateTime) requestedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt!: Date | null;
  @Field(() => ID, { nullable: true }) decidedById!: string | null;
  @Field(() => String, { nullable: true, description: 'The reason of a refusal (or a remark on an approval).' }) decisionReason!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) suspendedAt!: Date | null;
  @Field(() => String, { nullable: true }) suspendReason!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) endedAt!: Date | null;
  @Field(() => String, { nullable: true }) endReason!: string | null;
  @Field(() => Int) version!: number;

  static from(e: EnrollmentEntity): Enrollment {
    return Object.assign(new Enrollment(), {
      id: e.id,
      pilotId: e.pilotId,
      officialId: e.officialId,
      unitId: e.unitId,
      weekdays: [...e.weekdays].sort(),
      startDate: e.startDate,
      endDate: e.endDate,
      status: e.status as EnrollmentStatus,
      commitmentVersion: e.commitmentVersion,
      commitmentAcceptedAt: e.commitmentAcceptedAt,
      hasComputer: e.hasComputer,
      hasPhone: e.hasPhone,
      hasPrinter: e.hasPrinter,
      hasInternet: e.hasInternet,
      note: e.note,
      requestedAt: e.requestedAt,
      decidedAt: e.decidedAt,
      decidedById: e.decidedById,
      decisionReason: e.decisionReason,
      suspendedAt: e.suspendedAt,
      suspendReason: e.suspendReason,
      endedAt: e.endedAt,
      endReason: e.endReason,
      version: e.version,
    });
  }
}

export enum CapViolationKind {
  HOME_SHARE_CAP = 'HOME_SHARE_CAP',
  MIN_ON_SITE = 'MIN_ON_SITE',
  HOME_DAYS_PER_WEEK = 'HOME_DAYS_PER_WEEK',
}
registerEnumType(CapViolationKind, { name: 'CapViolationKind', description: 'vượt tỷ lệ tại nhà · thiếu người tại cơ quan · quá số ngày mỗi tuần' });

@ObjectType({ description: 'One weekday of the week grid: the unit at home with this request, against the cap.' })
export class WeekdayCap {
  @Field(() => Int) weekday!: number;
  @Field({ description: 'This request puts its official at home on this weekday.' }) affected!: boolean;
  @Field(() => Int, { description: 'Most of the unit at home on any date of this weekday in the period.' }) homeCount!: number;
  @Field(() => Int) total!: number;
  @Field(() => Float) sharePercent!: number;
  @Field(() => Float) capPercent!: number;
  @Field(() => Int, { description: 'Most the cap allows at home.' }) maxHome!: number;
  @Field(() => Int) onSiteCount!: number;
  @Field(() => Int) minOnSite!: number;
  @Field() breaksCap!: boolean;
  @Field() breaksMinOnSite!: boolean;
  @Field(() => [LocalDateScalar]) breakingDates!: string[];
}

@ObjectType()
export class CapViolation {
  @Field(() => CapViolationKind) kind!: CapViolationKind;
  @Field(() => Int, { nullable: true }) weekday!: number | null;
  @Field(() => LocalDateScalar, { nullable: true }) firstDate!: string | null;
}

@ObjectType({ description: 'checkHomeWorkCaps of libs/domain for this enrollment against its unit now.' })
export class CapCheck {
  @Field() ok!: boolean;
  @Field(() => [WeekdayCap]) weekdays!: WeekdayCap[];
  @Field(() => Int) homeDaysPerWeek!: number;
  @Field(() => Int) maxHomeDaysPerWeek!: number;
  @Field(() => [CapViolation]) violations!: CapViolation[];
}
