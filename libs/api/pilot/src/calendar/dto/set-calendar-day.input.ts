import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsString, MaxLength, MinLength } from 'class-validator';
import { LocalDateScalar } from '@ketqua/api/core';
import { trim } from '../../pilot/dto/pilot.inputs';

export enum CalendarEntryKind {
  HOLIDAY = 'HOLIDAY',
  SWAPPED_DAY_OFF = 'SWAPPED_DAY_OFF',
  MAKE_UP_WORKDAY = 'MAKE_UP_WORKDAY',
}
registerEnumType(CalendarEntryKind, { name: 'CalendarEntryKind', description: 'nghỉ lễ, Tết · nghỉ hoán đổi · làm bù' });

@InputType({ description: 'Adds or replaces one day of a year’s working calendar, with the document that decided it.' })
export class SetCalendarDayInput {
  @Field(() => LocalDateScalar)
  @IsString()
  date!: string;

  @Field(() => CalendarEntryKind)
  @IsEnum(CalendarEntryKind)
  kind!: CalendarEntryKind;

  @Field({ description: 'Shown to users, e.g. "Tết Nguyên đán (Mùng 1)".' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @Field({ description: 'Số/ký hiệu and date of the deciding document.' })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  document!: string;
}
