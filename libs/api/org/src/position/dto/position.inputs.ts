import { Omittable, PatchType, Trimmed, UpperCased } from '@ketqua/api/core';
import { Field, ID, InputType, Int, OmitType } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

@InputType()
export class CreatePositionInput {
  @Field(() => ID)
  @IsUUID()
  agencyId!: string;

  @Field({ description: 'Unique inside the agency.' })
  @UpperCased()
  @Matches(/^[A-Z0-9._-]{1,40}$/, { message: 'code must be 1–40 letters, digits, dot, dash or underscore' })
  code!: string;

  @Field()
  @Trimmed()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  handlesAdministrativeProcedures!: boolean;

  @Field({ defaultValue: false })
  @IsBoolean()
  receivesCitizens!: boolean;

  @Field({ defaultValue: false })
  @IsBoolean()
  issuesDecisions!: boolean;
}

@InputType()
export class UpdatePositionInput extends PatchType(OmitType(CreatePositionInput, ['agencyId'] as const)) {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  version?: number;

  @Field({ nullable: true, description: 'false retires the position; officials keep it in their history.' })
  @Omittable()
  @IsBoolean()
  active?: boolean;
}

@InputType()
export class PositionFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  includeInactive?: boolean;
}
