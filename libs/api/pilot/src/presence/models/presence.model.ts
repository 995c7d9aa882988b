import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar, OfficialSummary } from '@ketqua/api/core';
import { AbsenceKind } from '../../absence/dto/absence.inputs';

export enum PresenceStatus {
  HOME = 'HOME',
  OFFICE = 'OFFICE',
  AWAY = 'AWAY',
  HOLIDAY = 'HOLIDAY',
}
registerEnumType(PresenceStatus, { name: 'PresenceStatus', description: 'làm việc tại nhà · tại cơ quan · vắng mặt · ngày nghỉ' });

@ObjectType({ description: 'Where one official is on a day.' })
export class PresenceEntry {
  @Field(() => OfficialSummary) official!: OfficialSummary;
  @Field(() => LocalDateScalar) date!: string;
  @Field(() => PresenceStatus) status!: PresenceStatus;
  @Field(() => AbsenceKind, { nullable: true }) absenceKind!: AbsenceKind | null;
  @Field(() => ID, { nullable: true, description: 'The enrollment that makes it a home day.' }) enrollmentId!: string | null;
  @Field(() => String, { nullable: true, description: 'The holiday’s name, on a day off that is not a weekend.' }) holidayName!: string | null;
}

@ObjectType({ description: '"Hôm nay": who of a unit is at home, in the office or away on a day.' })
export class UnitPresence {
  @Field(() => ID) unitId!: string;
  @Field(() => LocalDateScalar) date!: string;
  @Field() workingDay!: boolean;
  @Field(() => String, { nullable: true }) holidayName!: string | null;
  @Field(() => ID, { nullable: true, description: 'The pilot the unit takes part in that day.' }) pilotId!: string | null;
  @Field(() => [PresenceEntry]) entries!: PresenceEntry[];
  @Field(() => Int) homeCount!: number;
  @Field(() => Int) officeCount!: number;
  @Field(() => Int) awayCount!: number;
  @Field(() => Int) total!: number;
  @Field(() => Float, { nullable: true, description: 'The pilot’s cap, percent.' }) capPercent!: number | null;
}
