import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ListArgs, LocalDateScalar } from '@ketqua/api/core';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { trimEnds } from '../../shared/text';

@InputType()
export class LogWorkInput {
  @Field(() => ID, { nullable: true, description: 'Your assignment this work was for (optional: general work).' })
  @IsOptional()
  @IsUUID()
  assignmentId?: string | null;

  @Field(() => LocalDateScalar, { description: 'Today or an earlier day (at most 31 days back).' })
  @IsString()
  workDate!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1440)
  minutes!: number;

  @Field({ description: 'What was done.' })
  @Transform(trimEnds)
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  note!: string;
}

@InputType()
export class WorkLogFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  officialId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  assignmentId?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  from?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  to?: string;
}

@ArgsType()
export class WorkLogsArgs extends ListArgs(WorkLogFilter) {}
