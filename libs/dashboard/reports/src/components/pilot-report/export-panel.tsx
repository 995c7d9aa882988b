import { FileExcelOutlined, FilePdfOutlined, FileTextOutlined, DownloadOutlined } from '@ant-design/icons';
import { downloadFile, problemOf, useSessionStore, type PilotReportInput, type ReportExportFieldsFragment, type ReportExportFormat } from '@ketqua/dashboard/data-access';
import { useProblemText } from '@ketqua/dashboard/ui';
import { Alert, App, Button, Card, Progress, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery, useSubscription } from 'urql';
import { ReportExportProgressSubscription, ReportExportQuery, StartReportExportMutation } from '../../graphql/pilot-report/report-export.operations';
import { CardTitle } from './headings';

const FORMATS: readonly ReportExportFormat[] = ['XLSX', 'CSV', 'PDF'];
const ICONS = { XLSX: <FileExcelOutlined />, CSV: <FileTextOutlined />, PDF: <FilePdfOutlined /> } as const;
const FORMAT_NAMES = { XLSX: 'Excel', CSV: 'CSV', PDF: 'PDF' } as const;

const size = (bytes: number | null | undefined, locale: string) =>
  bytes === null || bytes === undefined
    ? '—'
    : bytes < 1024 * 1024
      ? `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024)} KB`
      : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;

/**
 * One export under way or done: its live bar (the reportExportProgress subscription, as the
 * periods page follows the opening job), then the file and its manifest to save.
 */
function ExportProgress({ started, locale }: { started: ReportExportFieldsFragment; locale: string }) {
  const { t } = useTranslation();
  const client = useClient();
  const session = useSessionStore();
  const { message } = App.useApp();
  const live = started.status === 'QUEUED' || started.status === 'RUNNING';
  const [{ data: pushed }] = useSubscription({ query: ReportExportProgressSubscription, variables: { id: started.id }, pause: !live });
  const event = pushed?.reportExportProgress;
  const status = event?.status ?? started.status;
  const progress = event?.progress ?? started.progress;
  // Once done, the row again for the file name, size and manifest link (the event carries only the file's link).
  const [{ data: row }, reload] = useQuery({
    query: ReportExportQuery,
    variables: { id: started.id },
    pause: status !== 'DONE' || started.status === 'DONE',
    requestPolicy: 'network-only',
  });
  useEffect(() => {
    if (status === 'DONE' && started.status !== 'DONE') reload();
  }, [status, started.status, reload]);
  const done = row?.reportExport ?? (started.status === 'DONE' ? started : null);
  const format = FORMAT_NAMES[started.format];
  const [busy, setBusy] = useState<string | null>(null);
  const save = (key: string, url: string, name: string) => {
    setBusy(key);
    downloadFile(client, session, { url, name })
      .catch(() => void message.error(t('reports.pilot.export.downloadFailed')))
      .finally(() => setBusy(null));
  };
  const error = event?.error ?? started.error;
  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }} data-testid={`export-${started.format}`}>
      <Progress
        percent={progress}
        status={status === 'FAILED' || status === 'EXPIRED' ? 'exception' : status === 'DONE' ? 'success' : 'active'}
        aria-label={t('reports.pilot.export.progress', { format })}
      />
      <Typography.Text type="secondary" role="status">
        {format} · {t(`reports.pilot.export.status.${status}`)}
      </Typography.Text>
      {status === 'FAILED' && <Alert type="error" showIcon message={t('reports.pilot.export.failed', { error: error ?? '—' })} />}
      {done?.downloadUrl && (
        <Space wrap>
          <Typography.Text>{t('reports.pilot.export.ready', { name: done.fileName ?? '', size: size(done.byteSize, locale) })}</Typography.Text>
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            loading={busy === 'file'}
            onClick={() => save('file', done.downloadUrl as string, done.fileName ?? `bao-cao.${started.format.toLowerCase()}`)}
          >
            {t('reports.pilot.export.download', { format })}
          </Button>
          {done.manifestUrl && (
            <Button loading={busy === 'manifest'} onClick={() => save('manifest', done.manifestUrl as string, `${done.fileName ?? 'bao-cao'}.manifest.json`)}>
              {t('reports.pilot.export.manifest')}
            </Button>
          )}
        </Space>
      )}
    </Space>
  );
}

/** Tải Excel / Tải CSV / Tải PDF: each starts an export of exactly the report on the page. */
export function ExportPanel({ input, locale }: { input: PilotReportInput; locale: string }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [, start] = useMutation(StartReportExportMutation);
  const [exports, setExports] = useState<Partial<Record<ReportExportFormat, ReportExportFieldsFragment>>>({});
  const [starting, setStarting] = useState<ReportExportFormat | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // A new choice of report: the files of the previous one no longer match the page.
  const key = JSON.stringify(input);
  useEffect(() => {
    setExports({});
    setFailure(null);
  }, [key]);
  const run = async (format: ReportExportFormat) => {
    setStarting(format);
    setFailure(null);
    const result = await start({ input: { format, pilotReport: input } });
    setStarting(null);
    const started = result.data?.startReportExport;
    if (started) setExports((e) => ({ ...e, [format]: started }));
    else {
      const problem = problemOf(result.error);
      setFailure(`${t('reports.pilot.export.startFailed')} ${problem ? problemText(problem) : ''}`.trim());
    }
  };
  return (
    <Card title={<CardTitle>{t('reports.pilot.export.title')}</CardTitle>} size="small">
      <Typography.Paragraph type="secondary">{t('reports.pilot.export.hint')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        {FORMATS.map((f) => (
          <Button key={f} icon={ICONS[f]} loading={starting === f} onClick={() => void run(f)}>
            {t(`reports.pilot.export.${f}`)}
          </Button>
        ))}
      </Space>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        {FORMATS.map((f) => {
          const started = exports[f];
          return started ? <ExportProgress key={started.id} started={started} locale={locale} /> : null;
        })}
      </Space>
    </Card>
  );
}
