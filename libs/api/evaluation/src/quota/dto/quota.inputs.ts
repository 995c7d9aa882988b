import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { EvaluationRegimeEnum } from '../../shared/evaluation.enums';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** The quota is counted per regime: the evaluation's own regime enum (one GraphQL type, EvaluationRegime). */
export const QuotaRegime = EvaluationRegimeEnum;
export type QuotaRegime = EvaluationRegimeEnum;

export enum QuotaScopeKind {
  AGENCY = 'AGENCY',
  TASK_GROUP = 'TASK_GROUP',
}
registerEnumType(QuotaScopeKind, { name: 'QuotaScopeKind', description: 'the whole agency · one group of similar tasks (nhóm nhiệm vụ tương đồng)' });

export enum QuotaRule {
  PERCENT_OF_GOOD = 'PERCENT_OF_GOOD',
  PARTY_MEMBER_SHARE = 'PARTY_MEMBER_SHARE',
}
registerEnumType(QuotaRule, {
  name: 'QuotaRule',
  description: 'excellent ≤ 20% of good (both regimes) · viên chức excellent share ≤ the Party members’ excellent share (Decree 48/2023)',
});

@ArgsType()
export class QuotaStatusArgs {
  @Field(() => ID)
  @IsUUID()
  agencyId!: string;

  @Field(() => ID)
  @IsUUID()
  periodId!: string;

  @Field(() => String, { nullable: true, description: 'Only this group of similar tasks (the agency scopes are always shown).' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  group?: string | null;
}

@ArgsType()
export class UnitPeriodArgs {
  @Field(() => ID)
  @IsUUID()
  periodId!: string;

  @Field(() => ID)
  @IsUUID()
  unitId!: string;
}

@InputType()
export class RecordQuotaExceptionInput {
  @Field(() => ID)
  @IsUUID()
  periodId!: string;

  @Field(() => QuotaRegime)
  @IsEnum(QuotaRegime)
  regime!: QuotaRegime;

  @Field(() => ID)
  @IsUUID()
  agencyId!: string;

  @Field(() => QuotaScopeKind)
  @IsEnum(QuotaScopeKind)
  scopeKind!: QuotaScopeKind;

  @Field(() => String, { nullable: true, description: 'Required for TASK_GROUP; ignored for AGENCY.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  taskGroup?: string | null;

  @Field(() => QuotaRule)
  @IsEnum(QuotaRule)
  rule!: QuotaRule;

  @Field(() => Int, { description: 'How many excellent grades above the quota the exception allows (1–1000).' })
  @IsInt()
  @Min(1)
  @Max(1000)
  extraExcellent!: number;

  @Field({ description: 'Why the exception is granted (lý do).' })
  @Transform(trim)
  @IsString()
  @MinLength(10)
  @MaxLength(2000)
  reason!: string;

  @Field({ description: 'Who granted it: name and position as written in the decision.' })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  grantedBy!: string;

  @Field(() => String, { nullable: true, description: 'Số/ký hiệu of the deciding document.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  decisionDocument?: string | null;
}
