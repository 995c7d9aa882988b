import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { ListArgs, IsDecimalNumber } from '@ketqua/api/core';
import { DISCIPLINE_LEVELS, EVALUATION_STATUSES, GRADES } from '@ketqua/domain';
import type { DisciplineLevel, EvaluationStatusName, Grade } from '@ketqua/domain';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { EvaluationStatus, GradeEnum } from '../../shared/evaluation.enums';

const trimEnds = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value);

@InputType()
export class EvaluationFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  periodId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit the evaluation was made in (not its sub-units).' })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Field(() => [EvaluationStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(7)
  @IsIn(EVALUATION_STATUSES, { each: true })
  status?: EvaluationStatusName[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  officialId?: string | null;
}

@ArgsType()
export class EvaluationsArgs extends ListArgs(EvaluationFilter) {}

@InputType()
export class GeneralScoreInput {
  @Field({ description: 'A general sub-criterion code of the evaluation’s rule set.' })
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  code!: string;

  @Field(() => Float, { description: 'At most the criterion’s maximum; two decimals.' })
  @IsDecimalNumber(2)
  @Min(0)
  @Max(100)
  points!: number;
}

@InputType()
export class SubmitSelfAssessmentInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;

  @Field()
  @Transform(trimEnds)
  @IsString()
  @MinLength(1)
  @MaxLength(10000)
  text!: string;

  @Field(() => [GeneralScoreInput], { defaultValue: [], description: 'Công chức: self-scores on the general sub-criteria (all of them, or none).' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => GeneralScoreInput)
  selfScores!: GeneralScoreInput[];

  @Field(() => GradeEnum, { nullable: true })
  @IsOptional()
  @IsIn(GRADES)
  proposedGrade?: Grade | null;
}

@InputType()
export class DisciplineSanctionInput {
  @Field(() => String, { description: 'REPRIMAND, WARNING, SALARY_DOWNGRADE, DEMOTION, DISMISSAL_FROM_POST, FORCED_RESIGNATION' })
  @IsIn(DISCIPLINE_LEVELS)
  level!: DisciplineLevel;

  @Field({ description: 'Số/ký hiệu of the decision.' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  reference!: string;
}

@InputType()
export class FindingInput {
  @Field({ description: 'Số/ký hiệu of the conclusion.' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  reference!: string;
}

@InputType()
export class GradeOverridesInput {
  @Field(() => DisciplineSanctionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DisciplineSanctionInput)
  disciplineSanction?: DisciplineSanctionInput | null;

  @Field(() => FindingInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => FindingInput)
  ethicalDegradation?: FindingInput | null;

  @Field(() => FindingInput, { nullable: true, description: 'Leaders only.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => FindingInput)
  unitCorruption?: FindingInput | null;
}

@InputType()
export class ScoreEvaluationInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;

  @Field(() => [GeneralScoreInput], { defaultValue: [], description: 'Công chức: every general sub-criterion of the rule set. Viên chức: none.' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => GeneralScoreInput)
  generalScores!: GeneralScoreInput[];

  @Field(() => GradeOverridesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => GradeOverridesInput)
  overrides?: GradeOverridesInput | null;

  @Field(() => GradeEnum, { nullable: true, description: 'The grade decided; default the computed one. Another grade needs gradeChangeReason.' })
  @IsOptional()
  @IsIn(GRADES)
  decidedGrade?: Grade | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimEnds)
  @IsString()
  @MaxLength(2000)
  gradeChangeReason?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimEnds)
  @IsString()
  @MaxLength(5000)
  headComment?: string | null;
}

@InputType()
export class ReasonedEvaluationInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;

  @Field()
  @Transform(trimEnds)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason!: string;
}

@InputType()
export class EvaluationRef {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
}

@InputType()
export class EvaluationsBatchInput {
  @Field(() => [EvaluationRef], { description: 'One or many; all or nothing.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => EvaluationRef)
  evaluations!: EvaluationRef[];
}
