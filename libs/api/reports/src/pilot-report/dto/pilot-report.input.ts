import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

@InputType({ description: 'A range of whole months, YYYY-MM, both ends included.' })
export class ReportMonthRangeInput {
  @Field({ description: 'YYYY-MM' })
  @Matches(MONTH, { message: 'from must be a month, YYYY-MM' })
  from!: string;

  @Field({ description: 'YYYY-MM' })
  @Matches(MONTH, { message: 'to must be a month, YYYY-MM' })
  to!: string;
}

/**
 * What HR picks for the pilot report. Beyond the shapes checked here, libs/domain's
 * validateReportRanges checks the rules (ordered ranges, ≤ 24 months, baseline before the pilot).
 */
@InputType({ description: 'Báo cáo thí điểm: a pilot, the report period, the baseline period before the pilot, optionally one agency or unit.' })
export class PilotReportInput {
  @Field(() => ID)
  @IsUUID()
  pilotId!: string;

  @Field(() => ReportMonthRangeInput)
  @ValidateNested()
  @Type(() => ReportMonthRangeInput)
  period!: ReportMonthRangeInput;

  @Field(() => ReportMonthRangeInput, { description: 'Entirely before the pilot’s start.' })
  @ValidateNested()
  @Type(() => ReportMonthRangeInput)
  baseline!: ReportMonthRangeInput;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A unit and the units below it.' })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;
}
