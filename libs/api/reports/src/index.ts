// Reports: what the API composition, the tests and the tools may use.
export { ReportsModule } from './reports.module';
export * from './pilot-report/cohorts';
export * from './pilot-report/models/pilot-report.model';
export { PilotReportInput, ReportMonthRangeInput } from './pilot-report/dto/pilot-report.input';
export { PilotReportService, reportStatements, REPORT_LIST_LIMIT } from './pilot-report/pilot-report.service';
export type { PilotReportData, ReportStatement } from './pilot-report/pilot-report.service';
