import { graphql } from '@ketqua/dashboard/data-access';

export const ReportExportFieldsFragment = graphql(`
  fragment ReportExportFields on ReportExport {
    id
    format
    status
    progress
    error
    fileName
    byteSize
    downloadUrl
    manifestUrl
    rowCounts {
      key
      title
      rows
    }
  }
`);

/** Xuất báo cáo: queues the export of exactly the report on the page. */
export const StartReportExportMutation = graphql(`
  mutation StartReportExport($input: StartReportExportInput!) {
    startReportExport(input: $input) {
      ...ReportExportFields
    }
  }
`);

/** The export's row once it is done (file name, manifest link). */
export const ReportExportQuery = graphql(`
  query ReportExport($id: ID!) {
    reportExport(id: $id) {
      ...ReportExportFields
    }
  }
`);

/** The job's progress, pushed after each step. */
export const ReportExportProgressSubscription = graphql(`
  subscription ReportExportProgress($id: ID!) {
    reportExportProgress(id: $id) {
      exportId
      status
      progress
      error
      downloadUrl
    }
  }
`);
