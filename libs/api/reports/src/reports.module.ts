import { Module } from '@nestjs/common';
import { PilotReportResolver } from './pilot-report/pilot-report.resolver';
import { PilotReportService } from './pilot-report/pilot-report.service';

/**
 * Reports: the unit head's overview (Tổng quan đơn vị), HR's pilot evaluation report (PRODUCT.md 4.7),
 * its exports and the citizen-service data it compares. Read models over the other modules' tables:
 * it decides no number (libs/domain does) and changes nothing but its own imports and exports.
 */
@Module({
  imports: [],
  providers: [PilotReportService, PilotReportResolver],
  exports: [PilotReportService],
})
export class ReportsModule {}
