import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, ValidateNested } from 'class-validator';
import { PilotReportInput } from '../../pilot-report/dto/pilot-report.input';
import { ReportExportFormat } from '../report-export.enums';

@InputType()
export class StartReportExportInput {
  @Field(() => ReportExportFormat)
  @IsEnum(ReportExportFormat)
  format!: ReportExportFormat;

  @Field(() => PilotReportInput, { description: 'Exports the pilot report (kind PILOT_REPORT) for exactly the arguments of the pilotReport query.' })
  @ValidateNested()
  @Type(() => PilotReportInput)
  pilotReport!: PilotReportInput;
}
