import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { RETENTION_MAX_DAYS, RETENTION_MIN_DAYS } from '@ketqua/domain';
import { Omittable } from '@ketqua/api/core';

const range = `${RETENTION_MIN_DAYS}–${RETENTION_MAX_DAYS} days after the pilot ends; omitted: unchanged.`;

/** Every field optional: an omitted one is never changed. `version` is the one read (optimistic lock). */
@InputType()
export class UpdateRetentionSettingsInput {
  @Field(() => Int, { description: 'The version read; CONFLICT when someone saved since.' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => Int, { nullable: true, description: range })
  @Omittable()
  @IsInt()
  @Min(RETENTION_MIN_DAYS)
  @Max(RETENTION_MAX_DAYS)
  workLogDays?: number;

  @Field(() => Int, { nullable: true, description: range })
  @Omittable()
  @IsInt()
  @Min(RETENTION_MIN_DAYS)
  @Max(RETENTION_MAX_DAYS)
  spotCheckNoteDays?: number;

  @Field(() => Int, { nullable: true, description: range })
  @Omittable()
  @IsInt()
  @Min(RETENTION_MIN_DAYS)
  @Max(RETENTION_MAX_DAYS)
  fileDays?: number;
}
