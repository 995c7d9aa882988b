import { ConflictError, ForbiddenError, NotFoundError } from '@ketqua/api/core';

export const exportNotFound = (id: string) => new NotFoundError({ vi: 'bản xuất báo cáo', en: 'report export' }, id);

/** Someone else's export: its file holds personal data only its requester (or an administrator) may fetch. */
export const notYourExport = () =>
  new ForbiddenError('NOT_YOUR_EXPORT', {
    vi: 'Bản xuất này do người khác tạo; hãy tự xuất báo cáo nếu bạn có quyền xem nó.',
    en: 'This export was made by someone else; export the report yourself if you may read it.',
  });

export const exportNotReady = (status: string) => {
  const text: Record<string, { vi: string; en: string }> = {
    FAILED: { vi: 'Bản xuất bị lỗi, không có tệp để tải; hãy xuất lại.', en: 'The export failed and has no file; start it again.' },
    EXPIRED: {
      vi: 'Tệp của bản xuất đã được xóa khi hết thời hạn lưu (bản kê vẫn còn); hãy xuất lại.',
      en: 'The export’s file was deleted when its retention ended (the manifest remains); export again.',
    },
  };
  return new ConflictError(
    status === 'EXPIRED' ? 'REPORT_EXPORT_EXPIRED' : 'REPORT_EXPORT_NOT_READY',
    text[status] ?? { vi: 'Bản xuất chưa xong; hãy chờ thanh tiến độ đạt 100 %.', en: 'The export is not finished yet; wait for the progress bar to reach 100 %.' },
  );
};

export const exportFileMissing = (id: string) => new NotFoundError({ vi: 'tệp của bản xuất (hãy xuất lại)', en: 'the export’s file (export again)' }, id);
