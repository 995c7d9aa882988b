import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@ketqua/api/core';
import { AbsenceEntity } from '../absence.entity';
import { AbsenceKind } from '../dto/absence.inputs';

@ObjectType({ description: 'Leave, sick leave or a business trip: away, neither at home nor in the office.' })
export class Absence {
  @Field(() => ID) id!: string;
  @Field(() => ID) officialId!: string;
  @Field(() => ID) unitId!: string;
  @Field(() => AbsenceKind) kind!: AbsenceKind;
  @Field(() => LocalDateScalar) startDate!: string;
  @Field(() => LocalDateScalar) endDate!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => ID) recordedById!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) cancelledAt!: Date | null;

  static from(e: AbsenceEntity): Absence {
    return Object.assign(new Absence(), {
      id: e.id,
      officialId: e.officialId,
      unitId: e.unitId,
      kind: e.kind as AbsenceKind,
      startDate: e.startDate,
      endDate: e.endDate,
      note: e.note,
      recordedById: e.recordedById,
      createdAt: e.createdAt,
      cancelledAt: e.cancelledAt,
    });
  }
}
