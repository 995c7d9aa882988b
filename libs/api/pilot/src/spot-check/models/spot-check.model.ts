import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar, PersonalRecord } from '@ketqua/api/core';
import { SpotCheckEntity, SpotCheckFollowUpEntity } from '../spot-check.entity';

export enum SpotCheckStatus {
  SCHEDULED = 'SCHEDULED',
  PROMPTED = 'PROMPTED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(SpotCheckStatus, { name: 'SpotCheckStatus', description: 'đã lên lịch · đang chờ trả lời · đã kết thúc · đã hủy' });

export enum SpotCheckOutcome {
  ON_TIME = 'ON_TIME',
  LATE = 'LATE',
  MISSED = 'MISSED',
  EXCUSED = 'EXCUSED',
}
registerEnumType(SpotCheckOutcome, { name: 'SpotCheckOutcome', description: 'đúng hạn · trễ · không trả lời · có lý do' });

export enum SpotCheckCancelReason {
  NOT_PROMPTED = 'NOT_PROMPTED',
  ABSENT = 'ABSENT',
  ENROLLMENT_INACTIVE = 'ENROLLMENT_INACTIVE',
}
registerEnumType(SpotCheckCancelReason, {
  name: 'SpotCheckCancelReason',
  description: 'hệ thống không gửi được đúng giờ · vắng mặt · đăng ký không còn hiệu lực',
});

@ObjectType({ description: 'The head’s note after a check.' })
export class SpotCheckFollowUp {
  @Field(() => ID) id!: string;
  @Field(() => ID) authorId!: string;
  @Field() note!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;

  static from(e: SpotCheckFollowUpEntity): SpotCheckFollowUp {
    return Object.assign(new SpotCheckFollowUp(), { id: e.id, authorId: e.authorId, note: e.note, createdAt: e.createdAt });
  }
}

@PersonalRecord({ kind: 'SPOT_CHECK', subject: 'officialId' })
@ObjectType({ description: 'Kiểm tra ngẫu nhiên: one check of one official (PRODUCT.md 4.6).' })
export class SpotCheck {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true, description: 'null for a manual test check.' }) drawId!: string | null;
  @Field(() => ID) unitId!: string;
  @Field(() => ID) officialId!: string;
  @Field(() => LocalDateScalar) date!: string;
  @Field(() => GraphQLISODateTime) promptAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'Answer by then: ON_TIME.' }) answerBy!: Date;
  @Field(() => GraphQLISODateTime, { description: 'End of the day’s core hours: after answerBy LATE, no answer by then MISSED.' }) closesAt!: Date;
  @Field(() => SpotCheckStatus) status!: SpotCheckStatus;
  @Field(() => GraphQLISODateTime, { nullable: true }) promptedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) respondedAt!: Date | null;
  @Field(() => String, { nullable: true }) responseNote!: string | null;
  @Field(() => SpotCheckOutcome, { nullable: true }) outcome!: SpotCheckOutcome | null;
  @Field(() => SpotCheckOutcome, { nullable: true, description: 'The outcome an excuse replaced.' }) outcomeBeforeExcuse!: SpotCheckOutcome | null;
  @Field(() => String, { nullable: true }) excuseReason!: string | null;
  @Field(() => ID, { nullable: true }) excusedById!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) excusedAt!: Date | null;
  @Field(() => SpotCheckCancelReason, { nullable: true }) cancelReason!: SpotCheckCancelReason | null;
  @Field({ description: 'A manual test check (demo): counts in no statistic.' }) manual!: boolean;
  @Field(() => Int) version!: number;

  static from(e: SpotCheckEntity): SpotCheck {
    return Object.assign(new SpotCheck(), {
      id: e.id,
      drawId: e.drawId,
      unitId: e.unitId,
      officialId: e.officialId,
      date: e.date,
      promptAt: e.promptAt,
      answerBy: e.answerBy,
      closesAt: e.closesAt,
      status: e.status as SpotCheckStatus,
      promptedAt: e.promptedAt,
      respondedAt: e.respondedAt,
      responseNote: e.responseNote,
      outcome: e.outcome as SpotCheckOutcome | null,
      outcomeBeforeExcuse: e.outcomeBeforeExcuse as SpotCheckOutcome | null,
      excuseReason: e.excuseReason,
      excusedById: e.excusedById,
      excusedAt: e.excusedAt,
      cancelReason: e.cancelReason as SpotCheckCancelReason | null,
      manual: e.manual,
      version: e.version,
    });
  }
}
