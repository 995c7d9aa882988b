import { registerEnumType } from '@nestjs/graphql';

export enum ReportExportFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
  PDF = 'PDF',
}
registerEnumType(ReportExportFormat, {
  name: 'ReportExportFormat',
  description: 'XLSX: sổ Excel (trang tổng hợp + một trang mỗi phân tích) · CSV: tệp ZIP, một CSV UTF-8 có BOM mỗi phân tích · PDF: báo cáo có biểu đồ.',
});

export enum ReportExportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
  /** The file was deleted after EXPORT_RETENTION_DAYS; the manifest stays. */
  EXPIRED = 'EXPIRED',
}
registerEnumType(ReportExportStatus, { name: 'ReportExportStatus', description: 'đang chờ · đang tạo · xong · lỗi · đã xóa tệp (hết hạn lưu)' });

export enum ReportExportKind {
  PILOT_REPORT = 'PILOT_REPORT',
}
registerEnumType(ReportExportKind, { name: 'ReportExportKind', description: 'Which report: PILOT_REPORT is Báo cáo thí điểm (PRODUCT.md 4.7).' });

/** File name extension and media type of each format (the CSV export is a ZIP of CSV files: one per breakdown). */
export const FORMAT_FILE: Record<ReportExportFormat, { extension: string; mediaType: string }> = {
  XLSX: { extension: 'xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  CSV: { extension: 'zip', mediaType: 'application/zip' },
  PDF: { extension: 'pdf', mediaType: 'application/pdf' },
};
