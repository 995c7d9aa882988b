import { formatDateTime, PageError, rowsState, useProblemText } from '@ketqua/dashboard/ui';
import { problemOf } from '@ketqua/dashboard/data-access';
import { Alert, Button, Drawer, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { PilotPositionsQuery } from '../../graphql/pilot-positions.query';
import { SetPositionEligibilityMutation } from '../../graphql/set-position-eligibility.mutation';
import { useAction } from '../../hooks/use-action';
import { ReasonModal } from '../reason-modal';

type Row = {
  eligible: boolean;
  officialCount: number;
  reasons: Array<'HANDLES_ADMINISTRATIVE_PROCEDURES' | 'RECEIVES_CITIZENS' | 'ISSUES_DECISIONS'>;
  position: { id: string; code: string; name: string };
  exception: { id: string; reason: string; grantedAt: string } | null | undefined;
};

/** Every position of the participating units: eligible or why not, and HR's exception with its reason. */
export function PositionsDrawer({ pilot, onClose }: { pilot: { id: string; name: string }; onClose: () => void }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [{ data, fetching, error }, reload] = useQuery({ query: PilotPositionsQuery, variables: { id: pilot.id }, requestPolicy: 'cache-and-network' });
  const [, setEligibility] = useMutation(SetPositionEligibilityMutation);
  const action = useAction();
  const [changing, setChanging] = useState<Row | null>(null);
  const problem = problemOf(error);
  const granting = changing ? !changing.exception : false;

  return (
    <Drawer open width={880} title={t('pilot.positions.title', { pilot: pilot.name })} onClose={onClose}>
      <Alert type="info" showIcon message={t('pilot.positions.intro')} style={{ marginBottom: 16 }} />
      {problem ? (
        <PageError message={problemText(problem)} onRetry={() => reload({ requestPolicy: 'network-only' })} />
      ) : (
        <Table<Row>
          rowKey={(r) => r.position.id}
          dataSource={data?.pilot.positions ?? []}
          pagination={false}
          size="small"
          {...rowsState(fetching && !data, t('pilot.positions.empty'))}
          columns={[
            {
              key: 'name',
              title: t('pilot.positions.position'),
              render: (_, r) => (
                <>
                  <div>{r.position.name}</div>
                  <Typography.Text type="secondary">{r.position.code}</Typography.Text>
                </>
              ),
            },
            { key: 'count', title: t('pilot.positions.officials'), dataIndex: 'officialCount', align: 'right' },
            {
              key: 'eligible',
              title: t('pilot.positions.eligibility'),
              render: (_, r) => (
                <Space direction="vertical" size={2}>
                  {r.exception ? (
                    <Tag color="blue">{t('pilot.positions.byException')}</Tag>
                  ) : r.eligible ? (
                    <Tag color="green">{t('pilot.positions.eligible')}</Tag>
                  ) : (
                    <Tag color="red">{t('pilot.positions.notEligible')}</Tag>
                  )}
                  {r.reasons.map((reason) => (
                    <Typography.Text key={reason} type="secondary" style={{ fontSize: 12 }}>
                      {t(`pilot.ineligibility.${reason}`)}
                    </Typography.Text>
                  ))}
                </Space>
              ),
            },
            {
              key: 'exception',
              title: t('pilot.positions.why'),
              render: (_, r) =>
                r.exception && (
                  <Space direction="vertical" size={0}>
                    <span>{r.exception.reason}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(r.exception.grantedAt)}
                    </Typography.Text>
                  </Space>
                ),
            },
            {
              key: 'action',
              render: (_, r) =>
                r.exception ? (
                  <Button size="small" onClick={() => setChanging(r)}>
                    {t('pilot.positions.withdraw')}
                  </Button>
                ) : (
                  r.reasons.length > 0 && (
                    <Button size="small" onClick={() => setChanging(r)}>
                      {t('pilot.positions.grant')}
                    </Button>
                  )
                ),
            },
          ]}
        />
      )}
      {changing && (
        <ReasonModal
          title={t(granting ? 'pilot.positions.grantTitle' : 'pilot.positions.withdrawTitle', { name: changing.position.name })}
          busy={action.busy}
          onClose={() => setChanging(null)}
          onSubmit={async (reason) => {
            const ok = await action.run(
              () => setEligibility({ input: { pilotId: pilot.id, positionId: changing.position.id, exception: granting, reason } }),
              t(granting ? 'pilot.positions.granted' : 'pilot.positions.withdrawn'),
            );
            if (ok) {
              setChanging(null);
              reload({ requestPolicy: 'network-only' });
            }
          }}
        />
      )}
    </Drawer>
  );
}
