import { ArgsType, Field, Float, ID, InputType, Int, OmitType } from '@nestjs/graphql';
import { ListArgs, LocalDateScalar, PatchType, Trimmed, UpperCased, IsDecimalNumber } from '@ketqua/api/core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { EvaluationRegimeEnum } from '../../shared/evaluation.enums';
import { CriteriaTemplateStatusEnum } from '../models/criteria-template.model';

// The shapes only; the numbers' rules (sum 30, weights not all 0, …) are libs/domain's
// validateCriteriaTemplate, so the API and any other caller refuse the same things.

/** Optional, but never null: an omitted field takes the default, an explicit null is refused. */
const omittedOnly = (_: object, value: unknown) => value !== undefined;

@InputType()
export class TaskCombinationInput {
  @Field(() => Float)
  @IsNumber()
  quantity!: number;

  @Field(() => Float)
  @IsNumber()
  quality!: number;

  @Field(() => Float)
  @IsNumber()
  progress!: number;
}

@InputType()
export class GeneralCriterionInput {
  @Field({ description: 'A–Z, 0–9, _ ; the key the evaluator’s sub-scores use.' })
  @UpperCased()
  @IsString()
  @MaxLength(40)
  code!: string;

  @Field()
  @Trimmed()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  label!: string;

  @Field(() => Float)
  @IsNumber()
  maxPoints!: number;
}

@InputType()
export class CreateCriteriaTemplateInput {
  @Field({ description: 'The template’s code; a code that exists starts its next version (copying the latest version’s numbers where omitted).' })
  @UpperCased()
  @Matches(/^[A-Z0-9][A-Z0-9-]{0,39}$/, { message: 'code must be 1–40 letters, digits or dashes' })
  code!: string;

  @Field()
  @Trimmed()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @Field(() => EvaluationRegimeEnum)
  @IsEnum(EvaluationRegimeEnum)
  regime!: EvaluationRegimeEnum;

  @Field(() => [ID], { nullable: true, description: 'The position group; null or omitted: every position of the regime.' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  positionIds?: string[] | null;

  @Field(() => LocalDateScalar)
  @IsString()
  effectiveFrom!: string;

  @Field(() => TaskCombinationInput, { nullable: true, description: 'Omitted: the latest version’s, or the shipped rule set’s (equal thirds).' })
  @ValidateIf(omittedOnly)
  @ValidateNested()
  @Type(() => TaskCombinationInput)
  taskCombination?: TaskCombinationInput;

  @Field(() => [GeneralCriterionInput], { nullable: true, description: 'Omitted: the latest version’s, or the shipped four sub-criteria of 7.5 points.' })
  @ValidateIf(omittedOnly)
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => GeneralCriterionInput)
  generalCriteria?: GeneralCriterionInput[];

  @Field(() => Int, { nullable: true })
  @ValidateIf(omittedOnly)
  @IsInt()
  leaderUnitWeightPercent?: number;
}

@InputType({ description: 'Edits a draft: an omitted field is never changed; a published version is refused with CONFLICT.' })
export class UpdateCriteriaTemplateInput extends PatchType(OmitType(CreateCriteriaTemplateInput, ['code', 'regime'] as const)) {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version you edited; a newer stored version is a CONFLICT.' })
  @IsInt()
  version!: number;
}

@InputType()
export class PublishCriteriaTemplateInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;
}

@InputType()
export class CriteriaTemplateFilter {
  @Field(() => EvaluationRegimeEnum, { nullable: true })
  @IsOptional()
  @IsEnum(EvaluationRegimeEnum)
  regime?: EvaluationRegimeEnum;

  @Field({ nullable: true })
  @IsOptional()
  @UpperCased()
  @IsString()
  @MaxLength(40)
  code?: string;

  @Field(() => CriteriaTemplateStatusEnum, { nullable: true })
  @IsOptional()
  @IsEnum(CriteriaTemplateStatusEnum)
  status?: CriteriaTemplateStatusEnum;
}

@ArgsType()
export class CriteriaTemplatesArgs extends ListArgs(CriteriaTemplateFilter) {}

@InputType()
export class SetPartyMemberExcellentShareInput {
  @Field(() => ID)
  @IsUUID()
  agencyId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => Float, { description: 'Percent of the agency’s Party members graded HOAN_THANH_XUAT_SAC that year, 0–100, two decimals.' })
  @IsDecimalNumber(2)
  @Min(0)
  @Max(100)
  percent!: number;

  @Field(() => Int, { nullable: true, description: 'When changing an entered share: the version you saw (a newer one is a CONFLICT).' })
  @IsOptional()
  @IsInt()
  version?: number;
}
