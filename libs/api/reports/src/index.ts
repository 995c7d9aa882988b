// Reports: what the API composition, the tests and the tools may use.
export { ReportsModule } from './reports.module';
export { PilotReportService } from './pilot-report/pilot-report.service';
export * from './pilot-report/cohorts';
export * from './pilot-report/models/pilot-report.model';
export { PilotReportInput, ReportMonthRangeInput } from './pilot-report/dto/pilot-report.input';
