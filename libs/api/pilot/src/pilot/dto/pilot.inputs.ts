import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { LocalDateScalar, PatchType, IsDecimalNumber } from '@ketqua/api/core';

export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType({ description: 'One window of core hours, local time, HH:mm; start included, end excluded.' })
export class CoreHoursWindowInput {
  @Field()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'start must be HH:mm' })
  start!: string;

  @Field()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'end must be HH:mm' })
  end!: string;
}

@InputType()
export class CreatePilotInput {
  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  name!: string;

  @Field({ description: 'Số/ký hiệu of the deciding document, e.g. 1234/QĐ-UBND.' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  decisionNumber!: string;

  @Field(() => LocalDateScalar)
  @IsString()
  startDate!: string;

  @Field(() => LocalDateScalar)
  @IsString()
  endDate!: string;

  @Field(() => [ID], { description: 'Participating units; their agencies participate through them.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  unitIds!: string[];

  @Field(() => Int, { nullable: true, description: 'Most of a unit at home on a working day, percent (default 30).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  maxHomeSharePercent?: number;

  @Field(() => Int, { nullable: true, description: 'Fewest of a unit on site on a working day (default 1).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  minOnSite?: number;

  @Field(() => Int, { nullable: true, description: 'Most home days per official per week (default 2).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  maxHomeDaysPerWeek?: number;

  @Field(() => [CoreHoursWindowInput], { nullable: true, description: 'Default 08:00–11:30 and 13:00–17:00.' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => CoreHoursWindowInput)
  coreHours?: CoreHoursWindowInput[];

  @Field(() => Float, { nullable: true, description: 'Share of the officials at home checked each day, percent (default 10).' })
  @IsOptional()
  @IsDecimalNumber(2)
  @Min(0)
  @Max(100)
  sampleRatePercent?: number;

  @Field(() => Int, { nullable: true, description: 'Minutes to answer a spot check (default 15).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(240)
  answerWindowMinutes?: number;
}

@InputType()
export class UpdatePilotInput extends PatchType(CreatePilotInput) {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited (optimistic locking).' })
  @IsOptional()
  @IsInt()
  version?: number;
}

@InputType()
export class PilotFilter {
  @Field(() => ID, { nullable: true, description: 'Pilots this unit takes part in.' })
  @IsOptional()
  @IsUUID()
  unitId?: string;
}
