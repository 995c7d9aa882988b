import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { AgencyKind, LocalDateScalar, PatchType, Trimmed, UpperCased } from '@ketqua/api/core';
import { IsEnum, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

@InputType()
export class CreateAgencyInput {
  @Field({ description: 'Short stable code, e.g. SNV (letters, digits, . _ -).' })
  @UpperCased()
  @Matches(/^[A-Z0-9._-]{2,40}$/, { message: 'code must be 2–40 letters, digits, dot, dash or underscore' })
  code!: string;

  @Field()
  @Trimmed()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @Field(() => AgencyKind)
  @IsEnum(AgencyKind)
  kind!: AgencyKind;

  @Field(() => LocalDateScalar)
  @IsISO8601({ strict: true })
  validFrom!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  validTo?: string | null;
}

@InputType()
export class UpdateAgencyInput extends PatchType(CreateAgencyInput) {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; a newer stored version is a CONFLICT.' })
  @IsOptional()
  @IsInt()
  version?: number;
}

@InputType()
export class AgencyFilter {
  @Field({ nullable: true, description: 'Part of the name or code.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => AgencyKind, { nullable: true })
  @IsOptional()
  @IsEnum(AgencyKind)
  kind?: AgencyKind;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Only agencies existing on this day.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  existingOn?: string;
}
