import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@ketqua/api/core';
import { Transform } from 'class-transformer';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ActingEvaluatorEntity } from './acting-evaluator.entity';

@ObjectType({ description: 'Người được giao đánh giá thay: the evaluator role of a unit for a date range, by a decision.' })
export class ActingEvaluator {
  @Field(() => ID) id!: string;
  @Field(() => ID) unitId!: string;
  @Field(() => ID) actingUserId!: string;
  @Field(() => LocalDateScalar) startsOn!: string;
  @Field(() => LocalDateScalar) endsOn!: string;
  @Field() decisionDocument!: string;
  @Field(() => ID) appointedById!: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) revokedAt!: Date | null;

  static from(e: ActingEvaluatorEntity): ActingEvaluator {
    return Object.assign(new ActingEvaluator(), {
      id: e.id,
      unitId: e.unitId,
      actingUserId: e.actingUserId,
      startsOn: e.startsOn,
      endsOn: e.endsOn,
      decisionDocument: e.decisionDocument,
      appointedById: e.appointedById,
      revokedAt: e.revokedAt,
    });
  }
}

@InputType()
export class SetActingEvaluatorInput {
  @Field(() => ID) @IsUUID() unitId!: string;
  @Field(() => ID) @IsUUID() actingUserId!: string;
  @Field(() => LocalDateScalar) @IsString() startsOn!: string;
  @Field(() => LocalDateScalar) @IsString() endsOn!: string;

  @Field({ description: 'Số/ký hiệu of the deciding document.' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  decisionDocument!: string;
}
