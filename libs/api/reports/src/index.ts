// Reports: what the API composition, the tests and the tools may use.
export { ReportsModule } from './reports.module';
export * from './pilot-report/cohorts';
export * from './pilot-report/models/pilot-report.model';
export { PilotReportInput, ReportMonthRangeInput } from './pilot-report/dto/pilot-report.input';
export { PilotReportService, reportStatements, REPORT_LIST_LIMIT } from './pilot-report/pilot-report.service';
export type { PilotReportData, ReportStatement } from './pilot-report/pilot-report.service';
export { ExportSources, type ExportSourceProvider } from './export/export-sources';
export * from './export/export-source';
export { ReportExportRunner } from './export/report-export-runner';
export { ReportExportFormat, ReportExportKind, ReportExportStatus, FORMAT_FILE } from './export/report-export.enums';
export type { ReportExportManifestData } from './export/report-export-manifest';
export { PDF_HEADINGS } from './export/writers/pdf-writer';
export { SUMMARY_SHEET, XLSX_HEADER_ROW, sheetNames } from './export/writers/xlsx-writer';
export { csvFileName } from './export/writers/csv-writer';
export { fixtureExportSource } from './export/fixtures/fixture-export-source';
/** Reading exported files back as a reader would (pdftotext, pdftoppm, unzip): for tests and tools. */
export * as exportFileChecks from './export/testing/file-checks';
export { COHORT_VI, PHASE_VI } from './export/pilot-report/pilot-report-export-source';
