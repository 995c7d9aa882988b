import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsArray, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { LocalDateScalar } from '@ketqua/api/core';
import { trim } from '../../pilot/dto/pilot.inputs';
import { SpotCheckOutcome, SpotCheckStatus } from '../models/spot-check.model';

@InputType({ description: 'A short note of the work you are doing now.' })
export class AnswerSpotCheckInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  note!: string;
}

@InputType()
export class SpotCheckNoteInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ description: 'The reason (excuse) or the note (follow-up).' })
  @Transform(trim)
  @IsString()
  @MinLength(5)
  @MaxLength(2000)
  text!: string;
}

@InputType()
export class SpotCheckFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  officialId?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  from?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  to?: string;

  @Field(() => [SpotCheckStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(SpotCheckStatus, { each: true })
  statuses?: SpotCheckStatus[];

  @Field(() => [SpotCheckOutcome], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(SpotCheckOutcome, { each: true })
  outcomes?: SpotCheckOutcome[];

  @Field({ nullable: true, description: 'Include manual test checks (default false).' })
  @IsOptional()
  @IsBoolean()
  includeManual?: boolean;
}
