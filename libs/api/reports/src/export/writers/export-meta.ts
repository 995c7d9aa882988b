import { AuthUser } from '@ketqua/api/core';

/**
 * What every exported file says about itself (the PDF's info and "Người lập" line, the workbook's
 * properties): made by Ketqua, when, by whom. One place, so the pilot report in an archive bundle is
 * the same file as the pilot report export of the same months by the same person at the same time.
 */
export const exportMeta = (requester: Pick<AuthUser, 'fullName' | 'email'>, created: Date) => ({
  creator: 'Ketqua',
  created,
  generatedBy: `${requester.fullName} <${requester.email}>`,
});
