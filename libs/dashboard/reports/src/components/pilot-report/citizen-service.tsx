import { UploadOutlined } from '@ant-design/icons';
import { problemOf, type PilotReportInput, type ReportCohort, type ReportPhase } from '@ketqua/dashboard/data-access';
import { ResponsiveTable, useProblemText } from '@ketqua/dashboard/ui';
import { Alert, Button, Card, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { CitizenServiceComparisonQuery } from '../../graphql/pilot-report/pilot-report.query';
import { ImportCitizenServiceMutation } from '../../graphql/pilot-report/import-citizen-service.mutation';
import { percent, signed } from '../../logic/pilot-report-logic';
import { CardTitle, ScrollRegion } from './headings';

/** Citizens' dossiers and satisfaction (positions admitted by exception), beside the cohorts, for the report's own input. */
export function CitizenServiceSection({ input, locale }: { input: PilotReportInput; locale: string }) {
  const { t } = useTranslation();
  const [{ data, error, fetching }] = useQuery({
    query: CitizenServiceComparisonQuery,
    variables: { input },
    requestPolicy: 'network-only',
  });
  const comparison = data?.citizenServiceComparison;
  type Cell = NonNullable<typeof comparison>['cells'][number];
  const any = comparison?.cells.some((c) => c.dossiers > 0);
  const did = (v: number | null | undefined) => (v === null || v === undefined ? '—' : signed(v, locale));
  return (
    <Card size="small" title={<CardTitle>{t('reports.pilot.citizen.title')}</CardTitle>} data-testid="citizen-service">
      <Typography.Paragraph type="secondary">{t('reports.pilot.citizen.hint')}</Typography.Paragraph>
      {error ? (
        <Alert type="error" showIcon message={t('reports.pilot.citizen.failed')} />
      ) : (
        <>
          <ScrollRegion label={t('reports.pilot.citizen.title')}>
            <ResponsiveTable<Cell>
              rowKey={(c) => `${c.cohort}/${c.phase}`}
              size="small"
              loading={fetching && !data}
              dataSource={comparison?.cells ?? []}
              pagination={false}
              locale={{ emptyText: t('reports.pilot.citizen.empty') }}
              columns={[
                {
                  key: 'cell',
                  title: t('reports.pilot.tables.cohortPhase'),
                  render: (_, c) => `${t(`reports.pilot.cohort.${c.cohort as ReportCohort}`)} · ${t(`reports.pilot.phase.${c.phase as ReportPhase}`)}`,
                },
                { key: 'officials', title: t('reports.pilot.citizen.officials'), dataIndex: 'officials', align: 'right' },
                { key: 'dossiers', title: t('reports.pilot.citizen.dossiers'), dataIndex: 'dossiers', align: 'right' },
                { key: 'onTime', title: t('reports.pilot.citizen.onTime'), dataIndex: 'onTime', align: 'right', responsive: ['md'] },
                {
                  key: 'onTimeRate',
                  title: t('reports.pilot.citizen.onTimeRate'),
                  dataIndex: 'onTimeRatePercent',
                  align: 'right',
                  render: (v: number | null) => percent(v, locale),
                },
                {
                  key: 'satisfaction',
                  title: t('reports.pilot.citizen.satisfaction'),
                  dataIndex: 'meanSatisfactionPercent',
                  align: 'right',
                  render: (v: number | null) => percent(v, locale),
                },
              ]}
            />
          </ScrollRegion>
          {comparison && any && (
            <ul style={{ marginTop: 12, paddingLeft: 20 }}>
              <li>{t('reports.pilot.citizen.onTimeDid', { value: did(comparison.onTimeRate.differenceInDifferences) })}</li>
              <li>{t('reports.pilot.citizen.satisfactionDid', { value: did(comparison.satisfaction.differenceInDifferences) })}</li>
            </ul>
          )}
        </>
      )}
    </Card>
  );
}

/** Nhập số liệu dịch vụ công: HR uploads the city system's CSV; refusals come back line by line. */
export function CitizenServiceImportCard({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [{ fetching }, importCsv] = useMutation(ImportCitizenServiceMutation);
  const [result, setResult] = useState<{ ok: boolean; text: string; lines?: string[] } | null>(null);
  const send = async (file: File) => {
    const csv = await file.text();
    const answer = await importCsv({ input: { csv } });
    const done = answer.data?.importCitizenService;
    if (done) {
      setResult({ ok: true, text: t('reports.pilot.import.done', { lines: done.linesRead, created: done.created, replaced: done.replaced }) });
      onImported();
    } else {
      const problem = problemOf(answer.error);
      setResult({
        ok: false,
        text: t('reports.pilot.import.failed'),
        lines: problem ? (problem.fields.length ? problem.fields.map((f) => f.message) : [problemText(problem)]) : [],
      });
    }
  };
  return (
    <Card size="small" title={<CardTitle>{t('reports.pilot.import.title')}</CardTitle>} data-testid="citizen-service-import">
      <Typography.Paragraph type="secondary">{t('reports.pilot.import.hint')}</Typography.Paragraph>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Upload
          accept=".csv,text/csv"
          showUploadList={false}
          beforeUpload={(file) => {
            void send(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={fetching}>
            {t('reports.pilot.import.choose')}
          </Button>
        </Upload>
        {result && (
          <Alert
            type={result.ok ? 'success' : 'error'}
            showIcon
            message={result.text}
            description={
              result.lines?.length ? (
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {result.lines.map((l, i) => (
                    <li key={i}>{l}</li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        )}
      </Space>
    </Card>
  );
}
