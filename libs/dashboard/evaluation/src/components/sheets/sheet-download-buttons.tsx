import { FilePdfOutlined, FileZipOutlined } from '@ant-design/icons';
import { downloadFile, useSessionStore } from '@ketqua/dashboard/data-access';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { sheetUrls } from './sheet-urls';

export interface SheetDownloadButtonsProps {
  /** One evaluation: the button for its sheet (phiếu đánh giá). */
  evaluationId?: string;
  /** A unit and period: the buttons for the unit's summary table and the ZIP of its sheets. */
  periodId?: string;
  unitId?: string;
  /** Used in the saved file names, e.g. the official's or the unit's name. */
  fileLabel?: string;
}

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * Download buttons for the printed sheets: one evaluation's sheet PDF, the unit summary PDF and the
 * ZIP of the unit's sheets. Downloads carry the access token (like the work files), so these are
 * buttons, not plain links. The API decides who gets what (403 otherwise, shown as a message).
 */
export function SheetDownloadButtons({ evaluationId, periodId, unitId, fileLabel }: SheetDownloadButtonsProps) {
  const { t } = useTranslation();
  const client = useClient();
  const session = useSessionStore();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const name = fileLabel ? `-${slug(fileLabel)}` : '';
  const get = (key: string, url: string, fileName: string) => {
    setBusy(key);
    downloadFile(client, session, { url, name: fileName })
      .catch(() => void message.error(t('sheets.download.failed')))
      .finally(() => setBusy(null));
  };
  return (
    <Space wrap>
      {evaluationId && (
        <Button icon={<FilePdfOutlined />} loading={busy === 'sheet'} onClick={() => get('sheet', sheetUrls.sheet(evaluationId), `phieu-danh-gia${name}.pdf`)}>
          {t('sheets.download.sheet')}
        </Button>
      )}
      {periodId && unitId && (
        <>
          <Button icon={<FilePdfOutlined />} loading={busy === 'summary'} onClick={() => get('summary', sheetUrls.unitSummary(periodId, unitId), `tong-hop-danh-gia${name}.pdf`)}>
            {t('sheets.download.summary')}
          </Button>
          <Button icon={<FileZipOutlined />} loading={busy === 'zip'} onClick={() => get('zip', sheetUrls.unitZip(periodId, unitId), `phieu-danh-gia${name}.zip`)}>
            {t('sheets.download.zip')}
          </Button>
        </>
      )}
    </Space>
  );
}
