import { PatchType, Trimmed, UpperCased } from '@ketqua/api/core';
import { Field, ID, InputType, Int, OmitType } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

@InputType()
export class CreateUnitInput {
  @Field(() => ID)
  @IsUUID()
  agencyId!: string;

  @Field(() => ID, { nullable: true, description: 'Parent unit in the same agency; empty for a top-level unit.' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field({ description: 'Unique inside the agency, e.g. CCVC.' })
  @UpperCased()
  @Matches(/^[A-Z0-9._-]{1,40}$/, { message: 'code must be 1–40 letters, digits, dot, dash or underscore' })
  code!: string;

  @Field()
  @Trimmed()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The official heading the unit.' })
  @IsOptional()
  @IsUUID()
  headId?: string | null;
}

@InputType()
export class UpdateUnitInput extends PatchType(OmitType(CreateUnitInput, ['agencyId'] as const)) {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; a newer stored version is a CONFLICT.' })
  @IsOptional()
  @IsInt()
  version?: number;
}

@InputType()
export class UnitFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @Field(() => ID, { nullable: true, description: 'Direct children of this unit.' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @Field({ nullable: true, description: 'Only units without a parent.' })
  @IsOptional()
  @IsBoolean()
  topLevelOnly?: boolean;

  @Field({ nullable: true, description: 'Include deactivated units (default false).' })
  @IsOptional()
  @IsBoolean()
  includeInactive?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}
