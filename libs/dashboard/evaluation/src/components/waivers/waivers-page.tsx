import { problemOf, useSession } from '@ketqua/dashboard/data-access';
import { formatDateTime, PageError, PageHeading, useMutationAction, useProblemText } from '@ketqua/dashboard/ui';
import { Button, Card, Empty, Flex, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { DecideWaiverMutation } from '../../graphql/waivers/decide-waiver.mutation';
import { WaiverRequestsQuery } from '../../graphql/waivers/waiver-requests.query';
import { WaiverRequestButton } from './waiver-request-button';

const COLORS = { REQUESTED: 'blue', CONFIRMED: 'green', REFUSED: 'red' } as const;

/** Miễn trừ khấu trừ: the official's requests and the request form; the evaluator's queue with confirm/refuse. */
export function WaiversPage() {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const role = useSession()?.user.role;
  const [mine, reloadMine] = useQuery({ query: WaiverRequestsQuery, variables: { filter: { mine: true } }, requestPolicy: 'cache-and-network' });
  const [queue, reloadQueue] = useQuery({
    query: WaiverRequestsQuery,
    variables: { filter: { toDecide: true, status: 'REQUESTED' } },
    pause: role === 'OFFICIAL',
    requestPolicy: 'cache-and-network',
  });
  const [, decide] = useMutation(DecideWaiverMutation);
  const action = useMutationAction(problemOf, 8);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const refresh = () => {
    reloadMine({ requestPolicy: 'network-only' });
    reloadQueue({ requestPolicy: 'network-only' });
  };
  const problem = problemOf(mine.error ?? queue.error);
  type Row = NonNullable<typeof mine.data>['waiverRequests']['edges'][number]['node'];
  const row = (w: Row, deciding: boolean) => (
    <List.Item
      key={w.id}
      actions={
        deciding
          ? [
              <Button
                key="confirm"
                type="primary"
                loading={action.busy}
                onClick={async () =>
                  (await action.run(() => decide({ input: { id: w.id, version: w.version, confirm: true, note: notes[w.id] || null } }), t('waivers.confirmed'))) && refresh()
                }
              >
                {t('waivers.confirm')}
              </Button>,
              <Button
                key="refuse"
                danger
                loading={action.busy}
                onClick={async () =>
                  (await action.run(() => decide({ input: { id: w.id, version: w.version, confirm: false, note: notes[w.id] || null } }), t('waivers.refused'))) && refresh()
                }
              >
                {t('waivers.refuse')}
              </Button>,
            ]
          : []
      }
    >
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text strong>{w.assignmentTitle}</Typography.Text>
          <Tag>{t(`waivers.kinds.${w.kind}`, { ref: w.reference })}</Tag>
          <Tag color={COLORS[w.status]}>{t(`waivers.statuses.${w.status}`)}</Tag>
        </Space>
        <Typography.Text type="secondary">
          {w.periodName} · {t('waivers.requestedBy')}: {w.requestedBy.fullName} · {formatDateTime(w.requestedAt)}
        </Typography.Text>
        <Typography.Text>
          {t('waivers.cause')}: {w.cause}
        </Typography.Text>
        {w.attachment && (
          <Typography.Text>
            {t('waivers.attachment')}: {w.attachment.name}
          </Typography.Text>
        )}
        {w.decisionNote && (
          <Typography.Text>
            {t('waivers.decision')}: {w.decisionNote}
            {w.decidedBy ? ` — ${w.decidedBy.fullName}` : ''}
          </Typography.Text>
        )}
        {deciding && (
          <Input
            aria-label={t('waivers.note')}
            placeholder={t('waivers.note')}
            value={notes[w.id] ?? ''}
            onChange={(e) => setNotes({ ...notes, [w.id]: e.target.value })}
            maxLength={2000}
          />
        )}
      </Flex>
    </List.Item>
  );

  return (
    <>
      <PageHeading title={t('waivers.title')} subtitle={t('waivers.subtitle')} extra={<WaiverRequestButton onSent={refresh} />} />
      {problem ? (
        <PageError message={problemText(problem)} onRetry={refresh} />
      ) : (
        <Flex vertical gap={16}>
          {role !== 'OFFICIAL' && (
            <Card title={t('waivers.queue')}>
              {queue.data?.waiverRequests.edges.length ? (
                <List dataSource={queue.data.waiverRequests.edges.map((e) => e.node)} renderItem={(w) => row(w, true)} />
              ) : (
                <Empty description={t('waivers.empty')} />
              )}
            </Card>
          )}
          <Card title={t('waivers.mine')}>
            {mine.data?.waiverRequests.edges.length ? (
              <List dataSource={mine.data.waiverRequests.edges.map((e) => e.node)} renderItem={(w) => row(w, false)} />
            ) : (
              <Empty description={t('waivers.empty')} />
            )}
          </Card>
        </Flex>
      )}
    </>
  );
}
