import { downloadFile, problemOf, useSession, useSessionStore } from '@ketqua/dashboard/data-access';
import { formatDateTime, formatLocalDate, PageError, PageHeading, ResponsiveTable, rowsState, useMutationAction, useProblemText } from '@ketqua/dashboard/ui';
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useClient, useMutation, useQuery } from 'urql';
import { EvaluationPeriodsQuery } from '../../graphql/periods/evaluation-periods.query';
import { OpenEvaluationPeriodMutation } from '../../graphql/periods/open-evaluation-period.mutation';
import { JobProgress } from './job-progress';
import { PeriodFormModal } from './period-form-modal';

const STATUS_COLORS = { DRAFT: 'default', OPENING: 'processing', OPEN: 'green', CLOSED: 'default' } as const;

/** Kỳ đánh giá: HR creates and opens periods and watches the opening live; the inspector reads. */
export function PeriodsPage({ boardPath }: { boardPath: (id: string) => string }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const problemText = useProblemText();
  const role = useSession()?.user.role;
  const manages = role === 'HR' || role === 'ADMIN';
  const [{ data, fetching, error }, reload] = useQuery({ query: EvaluationPeriodsQuery, requestPolicy: 'cache-and-network' });
  const [, open] = useMutation(OpenEvaluationPeriodMutation);
  const action = useMutationAction(problemOf, 6);
  const [creating, setCreating] = useState(false);
  const client = useClient();
  const session = useSessionStore();
  const [archiving, setArchiving] = useState<string | null>(null);
  // Lưu trữ điện tử: the bundle of a closed period (GET with the token, like the sheets).
  const downloadArchive = (p: { id: string }) => {
    setArchiving(p.id);
    downloadFile(client, session, { url: `/evaluation-archives/periods/${encodeURIComponent(p.id)}/bundle.zip`, name: `luu-tru-ky-danh-gia-${p.id.slice(0, 8)}.zip` })
      .catch(() => void message.error(t('sheets.archive.failed'), 8))
      .finally(() => setArchiving(null));
  };
  const problem = problemOf(error);
  const periods = data?.evaluationPeriods.edges.map((e) => e.node) ?? [];
  type Row = (typeof periods)[number];
  const refresh = () => reload({ requestPolicy: 'network-only' });

  const confirmOpen = (p: Row) =>
    modal.confirm({
      title: t('periods.open'),
      content: t('periods.openConfirm', { name: p.name }),
      okText: t('periods.open'),
      onOk: async () => {
        if (await action.run(() => open({ id: p.id, version: p.version }), t('periods.opened'))) refresh();
      },
    });

  return (
    <>
      <PageHeading
        title={t('periods.title')}
        subtitle={manages ? t('periods.subtitle') : `${t('periods.subtitle')} (${t('periods.readOnly')})`}
        extra={
          manages && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('periods.create')}
            </Button>
          )
        }
      />
      {problem ? (
        <PageError message={problemText(problem)} onRetry={refresh} />
      ) : (
        <ResponsiveTable<Row>
          rowKey="id"
          dataSource={periods}
          pagination={false}
          {...rowsState(fetching && !data, t('periods.empty'))}
          columns={[
            {
              key: 'name',
              title: t('periods.fields.name'),
              render: (_, p) => (
                <Space direction="vertical" size={2}>
                  <Link to={boardPath(p.id)}>
                    <Typography.Text strong>{p.name}</Typography.Text>
                  </Link>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatLocalDate(p.startsOn)} – {formatLocalDate(p.endsOn)}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              key: 'windows',
              title: t('periods.fields.windows'),
              responsive: ['lg'],
              render: (_, p) => (
                <Space direction="vertical" size={0}>
                  <span>
                    {t('periods.windowsSummary', {
                      self: formatLocalDate(p.selfAssessmentUntil),
                      head: formatLocalDate(p.headScoringUntil),
                      publish: formatLocalDate(p.publishUntil),
                    })}
                  </span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {p.factsFrozenAt ? t('periods.frozen', { at: formatDateTime(p.factsFrozenAt) }) : `${t('periods.fields.cutOffAt')}: ${formatDateTime(p.cutOffAt)}`}
                  </Typography.Text>
                </Space>
              ),
            },
            { key: 'status', title: t('periods.fields.status'), render: (_, p) => <Tag color={STATUS_COLORS[p.status]}>{t(`periods.status.${p.status}`)}</Tag> },
            {
              key: 'progress',
              title: t('periods.fields.progress'),
              render: (_, p) => <JobProgress periodId={p.id} initial={p} onFinished={refresh} />,
            },
            {
              key: 'actions',
              render: (_, p) => (
                <Space wrap>
                  {manages && (p.status === 'DRAFT' || p.jobStatus === 'FAILED') && (
                    <Button size="small" type="primary" loading={action.busy} onClick={() => confirmOpen(p)}>
                      {p.status === 'DRAFT' ? t('periods.open') : t('periods.openRetry')}
                    </Button>
                  )}
                  {manages && p.status === 'CLOSED' && (
                    <Button size="small" title={t('sheets.archive.hint')} loading={archiving === p.id} onClick={() => downloadArchive(p)}>
                      {t('sheets.archive.button')}
                    </Button>
                  )}
                  <Link to={boardPath(p.id)}>{t('periods.board')}</Link>
                </Space>
              ),
            },
          ]}
        />
      )}
      {creating && (
        <PeriodFormModal
          onClose={(changed) => {
            setCreating(false);
            if (changed) refresh();
          }}
        />
      )}
    </>
  );
}
