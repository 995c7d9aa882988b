import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../../graphql/connection';
import { LocalDateScalar } from '../../graphql/local-date.scalar';

@InputType()
export class AuditEventFilter {
  @Field({ nullable: true, description: 'e.g. official, assignment, spot_check.' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z_]{1,60}$/, { message: 'entityType: chữ thường và dấu gạch dưới' })
  entityType?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  @Field(() => ID, { nullable: true, description: 'The person who acted.' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

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
export class AuditEventsArgs extends PageArgs {
  @Field(() => AuditEventFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditEventFilter)
  filter?: AuditEventFilter;
}
