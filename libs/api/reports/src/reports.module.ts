import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CitizenServiceComparisonService } from './citizen-service/citizen-service-comparison.service';
import { CitizenServiceDemo } from './citizen-service/citizen-service-demo';
import { CitizenServiceImportService } from './citizen-service/citizen-service-import.service';
import { CitizenServiceRecordEntity } from './citizen-service/citizen-service-record.entity';
import { CitizenServiceResolver } from './citizen-service/citizen-service.resolver';
import { ExportSources } from './export/export-sources';
import { PilotReportExportSource } from './export/pilot-report/pilot-report-export-source';
import { PilotReportArchiveRenderer } from './export/archive/pilot-report-archive.renderer';
import { ReportExportController } from './export/report-export.controller';
import { ReportExportEntity } from './export/report-export.entity';
import { ReportExportResolver } from './export/report-export.resolver';
import { ReportExportRunner } from './export/report-export-runner';
import { ReportExportService } from './export/report-export.service';
import { PilotReportResolver } from './pilot-report/pilot-report.resolver';
import { PilotReportService } from './pilot-report/pilot-report.service';
import { UnitOverviewResolver } from './unit-overview/unit-overview.resolver';
import { UnitOverviewService } from './unit-overview/unit-overview.service';

/**
 * Reports: the unit head's overview (Tổng quan đơn vị), HR's pilot evaluation report (PRODUCT.md 4.7),
 * its exports and the citizen-service data it compares. Read models over the other modules' tables:
 * it decides no number (libs/domain does) and changes nothing but its own imports and exports.
 */
@Module({
  imports: [TypeOrmModule.forFeature([CitizenServiceRecordEntity, ReportExportEntity])],
  providers: [
    PilotReportService,
    PilotReportResolver,
    CitizenServiceImportService,
    CitizenServiceComparisonService,
    CitizenServiceResolver,
    CitizenServiceDemo,
    ExportSources,
    ReportExportService,
    ReportExportRunner,
    ReportExportResolver,
    PilotReportExportSource,
    PilotReportArchiveRenderer,
    UnitOverviewService,
    UnitOverviewResolver,
  ],
  controllers: [ReportExportController],
  exports: [PilotReportService, ExportSources, ReportExportRunner],
})
export class ReportsModule {}
