import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { LocalDateScalar, PageArgs } from '@ketqua/api/core';
import { PersonalDataKindEnum } from '../models/data-access.model';

@InputType()
export class DataAccessFilter {
  @Field(() => ID, { nullable: true, description: 'Whose data.' })
  @IsOptional()
  @IsUUID()
  subjectId?: string;

  @Field(() => ID, { nullable: true, description: 'Who read it.' })
  @IsOptional()
  @IsUUID()
  viewerId?: string;

  @Field(() => PersonalDataKindEnum, { nullable: true })
  @IsOptional()
  @IsEnum(PersonalDataKindEnum)
  kind?: PersonalDataKindEnum;

  @Field(() => LocalDateScalar, { nullable: true, description: 'From this day (Asia/Ho_Chi_Minh), inclusive.' })
  @IsOptional()
  @IsString()
  from?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'To this day (Asia/Ho_Chi_Minh), inclusive.' })
  @IsOptional()
  @IsString()
  to?: string;
}

@ArgsType()
export class DataAccessesArgs extends PageArgs {
  @Field(() => DataAccessFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DataAccessFilter)
  filter?: DataAccessFilter;
}
