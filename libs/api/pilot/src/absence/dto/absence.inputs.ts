import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { LocalDateScalar } from '@ketqua/api/core';
import { trim } from '../../pilot/dto/pilot.inputs';

export enum AbsenceKind {
  LEAVE = 'LEAVE',
  SICK = 'SICK',
  BUSINESS_TRIP = 'BUSINESS_TRIP',
}
registerEnumType(AbsenceKind, { name: 'AbsenceKind', description: 'nghỉ phép · nghỉ ốm · đi công tác' });

@InputType({ description: 'The head records leave, sick leave or a business trip: nobody is checked while away.' })
export class RecordAbsenceInput {
  @Field(() => ID)
  @IsUUID()
  officialId!: string;

  @Field(() => AbsenceKind)
  @IsEnum(AbsenceKind)
  kind!: AbsenceKind;

  @Field(() => LocalDateScalar)
  @IsString()
  startDate!: string;

  @Field(() => LocalDateScalar)
  @IsString()
  endDate!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

@InputType()
export class AbsenceFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  officialId?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Absences that end on or after this day.' })
  @IsOptional()
  @IsString()
  from?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Absences that start on or before this day.' })
  @IsOptional()
  @IsString()
  to?: string;
}
