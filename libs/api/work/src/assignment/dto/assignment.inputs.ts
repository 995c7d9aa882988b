import { ArgsType, Field, Float, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { ListArgs, LocalDateScalar, IsDecimalNumber, Omittable } from '@ketqua/api/core';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { trim, trimEnds } from '../../shared/text';
import { AssignmentStatus } from '../assignment-status';

@InputType()
export class CreateAssignmentInput {
  @Field(() => [ID], { description: 'One assignment is created for each official (each has its own status and deliverables).' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  assigneeIds!: string[];

  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  title!: string;

  @Field({ defaultValue: '' })
  @Transform(trimEnds)
  @IsString()
  @MaxLength(5000)
  description!: string;

  @Field(() => ID, { nullable: true, description: "Catalogue item: gives the unit of measure and coefficient. Without one: 1 'nhiệm vụ', coefficient 1." })
  @IsOptional()
  @IsUUID()
  catalogueItemId?: string | null;

  @Field(() => Float, { description: 'Expected quantity in the unit of measure.' })
  @IsDecimalNumber(2)
  @Min(0.01)
  @Max(100000)
  quantity!: number;

  @Field(() => GraphQLISODateTime, { description: 'An instant; the UI sends the chosen day at 17:00 Asia/Ho_Chi_Minh.' })
  @Type(() => Date)
  @IsDate()
  deadline!: Date;

  @Field(() => String, { nullable: true, description: 'Số/ký hiệu of the source document, e.g. 125/SNV-CCVC.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  sourceDocument?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'Files uploaded with POST /files.' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  attachmentIds!: string[];
}

@InputType()
export class UpdateAssignmentInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version you edited; a newer stored version is a CONFLICT (someone else saved first).' })
  @IsInt()
  version!: number;

  @Field({ nullable: true })
  @Omittable()
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  title?: string;

  @Field({ nullable: true })
  @Omittable()
  @Transform(trimEnds)
  @IsString()
  @MaxLength(5000)
  description?: string;

  @Field(() => ID, { nullable: true })
  @Omittable()
  @IsUUID()
  catalogueItemId?: string;

  @Field(() => Float, { nullable: true })
  @Omittable()
  @IsDecimalNumber(2)
  @Min(0.01)
  @Max(100000)
  quantity?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  sourceDocument?: string;
}

@InputType()
export class ExtendDeadlineInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => GraphQLISODateTime, { description: 'Later than the deadline in force.' })
  @Type(() => Date)
  @IsDate()
  deadline!: Date;

  @Field({ description: 'Why (kept in the deadline history and the audit trail).' })
  @Transform(trimEnds)
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason!: string;
}

@InputType()
export class CancelAssignmentInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field()
  @Transform(trimEnds)
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason!: string;
}

@InputType({ description: 'Nguyên nhân khách quan for one deduction: a return for a major error (deliverableId) or a missed deadline (deadlineId).' })
export class RecordObjectiveCauseInput {
  @Field(() => ID)
  @IsUUID()
  assignmentId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  deliverableId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  deadlineId?: string;

  @Field()
  @Transform(trimEnds)
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  cause!: string;

  @Field({ description: 'The written confirmation: document number, or who confirmed.' })
  @Transform(trimEnds)
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  confirmedBy!: string;
}

@InputType()
export class AssignmentFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;

  @Field(() => ID, { nullable: true, description: 'This unit and the units below it.' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field({ nullable: true, description: 'Only work assigned to you.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;

  @Field(() => [AssignmentStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(AssignmentStatus, { each: true })
  statuses?: AssignmentStatus[];

  @Field({ nullable: true, description: 'true: only overdue work; false: only work that is not overdue.' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Deadline on or after this day.' })
  @IsOptional()
  @IsString()
  dueFrom?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Deadline on or before this day.' })
  @IsOptional()
  @IsString()
  dueTo?: string;

  @Field({ nullable: true, description: 'Words of the title or the source document number.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class AssignmentsArgs extends ListArgs(AssignmentFilter) {}
