import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LowerCased, PatchType, Role, StaffCategory, Trimmed } from '@ketqua/api/core';
import { IsBoolean, IsEmail, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

/** An employee code (mã cán bộ) as the city's systems write it: HCM-000123, 79.001.2345, CB/2020/17. */
export const EMPLOYEE_CODE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$/;

@InputType()
export class CreateOfficialInput {
  @Field()
  @LowerCased()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field()
  @Trimmed()
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  fullName!: string;

  @Field(() => StaffCategory)
  @IsEnum(StaffCategory)
  staffCategory!: StaffCategory;

  @Field(() => ID)
  @IsUUID()
  unitId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  positionId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  rankId?: string | null;

  @Field(() => Role, { defaultValue: Role.OFFICIAL })
  @IsEnum(Role)
  role!: Role;

  @Field({ defaultValue: false })
  @IsBoolean()
  isLeader!: boolean;

  @Field({ defaultValue: false, description: 'HR/inspector sees every agency; only an administrator grants it.' })
  @IsBoolean()
  cityScope!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Mã cán bộ: the city’s employee code, as the identity provider sends it (matched exactly when OIDC_MATCH_CLAIM is not email); unique; null clears it. EMPLOYEE_CODE_TAKEN when another account has it.',
  })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Matches(EMPLOYEE_CODE, { message: 'employeeCode: 1–40 letters, digits and . _ - / (no spaces), starting with a letter or digit' })
  employeeCode?: string | null;
}

@InputType()
export class UpdateOfficialInput extends PatchType(CreateOfficialInput) {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; a newer stored version is a CONFLICT.' })
  @IsOptional()
  @IsInt()
  version?: number;
}

@InputType()
export class OfficialFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field({ nullable: true, description: 'With unitId: also the units below it.' })
  @IsOptional()
  @IsBoolean()
  includeSubunits?: boolean;

  @Field({ nullable: true, description: 'Part of the name or email; accents optional ("nguyen" finds "Nguyễn").' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => StaffCategory, { nullable: true })
  @IsOptional()
  @IsEnum(StaffCategory)
  staffCategory?: StaffCategory;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  positionId?: string;

  @Field({ nullable: true, description: 'Include deactivated accounts (default false).' })
  @IsOptional()
  @IsBoolean()
  includeInactive?: boolean;

  @Field({ nullable: true, description: 'true: only active accounts, false: only deactivated ones (overrides includeInactive).' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field({ nullable: true, description: 'true: only accounts locked now after wrong passwords; false: only those not locked.' })
  @IsOptional()
  @IsBoolean()
  locked?: boolean;

  @Field({ nullable: true, description: 'true: only accounts still on a temporary password.' })
  @IsOptional()
  @IsBoolean()
  mustChangePassword?: boolean;
}
