import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { LocalDateScalar, Omittable, PatchType } from '@ketqua/api/core';
import { EvaluationPeriodKind, EvaluationPeriodStatus, ReminderStage } from '../models/evaluation-period.model';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class EvaluationPeriodWindowsInput {
  @Field(() => LocalDateScalar, { description: 'Last day of the self-assessment window; on or after the period’s last day.' })
  @IsString()
  selfAssessmentUntil!: string;

  @Field(() => LocalDateScalar, { description: 'Last day of head scoring; on or after selfAssessmentUntil.' })
  @IsString()
  headScoringUntil!: string;

  @Field(() => LocalDateScalar, { description: 'Last day to approve and publish; on or after headScoringUntil.' })
  @IsString()
  publishUntil!: string;

  @Field(() => GraphQLISODateTime, { description: 'Chốt số liệu: facts are frozen into the evaluations at this instant.' })
  @IsDate()
  cutOffAt!: Date;
}

@InputType()
export class CreateEvaluationPeriodInput extends EvaluationPeriodWindowsInput {
  @Field(() => EvaluationPeriodKind)
  @IsEnum(EvaluationPeriodKind)
  kind!: EvaluationPeriodKind;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => Int, { nullable: true, description: 'Month 1–12 or quarter 1–4; omitted for a year.' })
  @IsOptional()
  @IsInt()
  number?: number | null;

  @Field(() => ID, { nullable: true, description: 'The agency whose officials are evaluated (exactly one of agencyId and pilotId).' })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The pilot whose units’ officials are evaluated.' })
  @IsOptional()
  @IsUUID()
  pilotId?: string | null;

  @Field({ nullable: true, description: 'Default "Tháng 3/2026 – <agency or pilot>".' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  name?: string;
}

@InputType({ description: 'Omitted fields stay as they are. While the period is open, windows and the cut-off may only move later.' })
export class UpdateEvaluationPeriodInput extends PatchType(EvaluationPeriodWindowsInput) {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version you edited (optimistic locking).' })
  @IsInt()
  version!: number;

  @Field({ nullable: true })
  @Omittable()
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  name?: string;
}

@InputType()
export class EvaluationPeriodFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  pilotId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  year?: number;

  @Field(() => EvaluationPeriodStatus, { nullable: true })
  @IsOptional()
  @IsEnum(EvaluationPeriodStatus)
  status?: EvaluationPeriodStatus;
}

@InputType()
export class RemindEvaluationsInput {
  @Field(() => ID)
  @IsUUID()
  periodId!: string;

  @Field(() => [ID], { nullable: true, description: 'Only these units (each in your scope); default every unit you see.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  unitIds?: string[];

  @Field(() => ReminderStage)
  @IsEnum(ReminderStage)
  stage!: ReminderStage;
}
