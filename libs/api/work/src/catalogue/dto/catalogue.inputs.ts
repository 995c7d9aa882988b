import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { ListArgs, IsDecimalNumber, Omittable } from '@ketqua/api/core';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { trim } from '../../shared/text';

const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

@InputType()
export class CreateCatalogueItemInput {
  @Field(() => ID)
  @IsUUID()
  unitId!: string;

  @Field(() => ID, { nullable: true, description: 'Null: for every position of the unit.' })
  @IsOptional()
  @IsUUID()
  positionId?: string | null;

  @Field({ description: 'Short code used in CSV imports, e.g. BC-THANG.' })
  @Transform(upper)
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9._-]{0,39}$/)
  code!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @Field({ description: 'Đơn vị tính, e.g. báo cáo, văn bản, hồ sơ.' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  unitOfMeasure!: string;

  @Field(() => Float, { description: 'Hệ số quy đổi, > 0 and at most 100, two decimals.' })
  @IsDecimalNumber(2)
  @Min(0.01)
  @Max(100)
  coefficient!: number;
}

@InputType()
export class UpdateCatalogueItemInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version you edited; a newer stored version is a CONFLICT.' })
  @IsInt()
  version!: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  positionId?: string | null;

  @Field({ nullable: true })
  @Omittable()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name?: string;

  @Field({ nullable: true })
  @Omittable()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  unitOfMeasure?: string;

  @Field(() => Float, { nullable: true })
  @Omittable()
  @IsDecimalNumber(2)
  @Min(0.01)
  @Max(100)
  coefficient?: number;

  @Field({ nullable: true, description: 'false retires the item: no new assignments use it; old ones keep their coefficient.' })
  @Omittable()
  @IsBoolean()
  active?: boolean;
}

@InputType()
export class CatalogueFilter {
  @Field(() => ID)
  @IsUUID()
  unitId!: string;

  @Field(() => ID, { nullable: true, description: 'Items for this position and those for every position.' })
  @IsOptional()
  @IsUUID()
  positionId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  includeInactive?: boolean;
}

@ArgsType()
export class CatalogueArgs extends ListArgs(CatalogueFilter) {}
