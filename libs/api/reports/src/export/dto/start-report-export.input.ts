import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ReportExportFormat } from '../report-export.enums';

/** The pilot report's own arguments (Báo cáo thí điểm): what the export is of. */
@InputType()
export class PilotReportExportInput {
  @Field(() => ID)
  @IsUUID()
  pilotId!: string;

  @Field(() => ID, { description: 'The pilot period compared.' })
  @IsUUID()
  periodId!: string;

  @Field(() => ID, { description: 'The baseline period before the pilot.' })
  @IsUUID()
  baselinePeriodId!: string;

  @Field(() => ID, { nullable: true, description: 'Only this agency (HR of one agency: theirs).' })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;
}

@InputType()
export class StartReportExportInput {
  @Field(() => ReportExportFormat)
  @IsEnum(ReportExportFormat)
  format!: ReportExportFormat;

  @Field(() => PilotReportExportInput, { description: 'Exports the pilot report (kind PILOT_REPORT) for these arguments.' })
  @ValidateNested()
  @Type(() => PilotReportExportInput)
  pilotReport!: PilotReportExportInput;
}
