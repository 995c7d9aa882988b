import { problemOf } from '@ketqua/dashboard/data-access';
import { formatDateTime, PageError, useProblemText } from '@ketqua/dashboard/ui';
import { App, Button, Empty, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { AccountSessionsQuery, EndAllSessionsMutation, EndSessionMutation } from '../../graphql/sessions.query';
import { useAction } from '../../hooks/use-action';

/**
 * An account's open sessions with a way to end one or all. `own`: the signed-in user's, where the
 * current session is marked and "end all" keeps it (the API does the same).
 */
export function SessionsPanel({ officialId, own }: { officialId: string; own: boolean }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [{ data, fetching, error }, reload] = useQuery({ query: AccountSessionsQuery, variables: { officialId }, requestPolicy: 'network-only' });
  const [, endOne] = useMutation(EndSessionMutation);
  const [, endAll] = useMutation(EndAllSessionsMutation);
  const action = useAction();
  const { message } = App.useApp();
  const problem = problemOf(error);
  const sessions = data?.sessions.edges.map((e) => e.node) ?? [];
  type Session = (typeof sessions)[number];
  const refresh = () => reload({ requestPolicy: 'network-only' });
  const others = sessions.filter((s) => !s.current);

  if (problem) return <PageError message={problemText(problem)} onRetry={refresh} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Table<Session>
        rowKey="id"
        size="small"
        loading={fetching && !data}
        dataSource={sessions}
        pagination={false}
        locale={{ emptyText: fetching ? t('common.loading') : <Empty description={t('admin.sessions.empty')} /> }}
        columns={[
          {
            key: 'created',
            title: t('admin.sessions.createdAt'),
            render: (_, s) => (
              <Space size={4} wrap>
                {formatDateTime(s.createdAt)}
                {s.current && <Tag color="blue">{t('admin.sessions.current')}</Tag>}
              </Space>
            ),
          },
          { key: 'used', title: t('admin.sessions.lastUsedAt'), render: (_, s) => formatDateTime(s.lastUsedAt) },
          {
            key: 'device',
            title: t('admin.sessions.device'),
            responsive: ['md'],
            render: (_, s) => <Typography.Text style={{ fontSize: 12 }}>{s.userAgent ?? t('admin.sessions.unknown')}</Typography.Text>,
          },
          { key: 'ip', title: t('admin.sessions.ip'), responsive: ['lg'], render: (_, s) => s.ipAddress ?? t('admin.sessions.unknown') },
          {
            key: 'end',
            render: (_, s) =>
              !s.current && (
                <Button
                  size="small"
                  danger
                  loading={action.busy}
                  aria-label={t('admin.sessions.endLabel', { at: formatDateTime(s.createdAt) })}
                  onClick={async () => {
                    if (await action.run(() => endOne({ id: s.id }), t('admin.sessions.ended'))) refresh();
                  }}
                >
                  {t('admin.sessions.end')}
                </Button>
              ),
          },
        ]}
      />
      {others.length > 0 && (
        <Popconfirm
          title={own ? t('admin.sessions.endOthersConfirm') : t('admin.sessions.endAllConfirm')}
          okText={t('admin.accounts.confirm')}
          cancelText={t('admin.accounts.cancel')}
          onConfirm={async () => {
            let n = 0;
            const ok = await action.run(async () => {
              const result = await endAll({ officialId });
              n = result.data?.endAllSessions ?? 0;
              return result;
            });
            if (ok) {
              void message.success(t('admin.sessions.endedAll', { n }));
              refresh();
            }
          }}
        >
          <Button danger>{own ? t('admin.sessions.endOthers') : t('admin.sessions.endAll')}</Button>
        </Popconfirm>
      )}
    </Space>
  );
}
