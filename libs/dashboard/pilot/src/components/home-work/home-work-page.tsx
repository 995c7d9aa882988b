import { HomeOutlined } from '@ant-design/icons';
import { problemOf, useSession } from '@ketqua/dashboard/data-access';
import { formatDateTime, formatLocalDate, PageError, PageHeading, rowsState, TodayPresence, useProblemText } from '@ketqua/dashboard/ui';
import { Alert, Button, Card, Descriptions, Flex, List, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { WithdrawEnrollmentMutation } from '../../graphql/enrollment.mutations';
import { HomeWorkQuery } from '../../graphql/home-work.query';
import { MySpotChecksQuery } from '../../graphql/spot-checks.query';
import { useAction } from '../../hooks/use-action';
import { CommitmentSignatureBlock } from '../commitment-signature/commitment-signature-block';
import { EnrollmentStatusTag, OutcomeTag, weekdayList } from '../labels';
import { ReasonModal } from '../reason-modal';
import { AnswerForm } from '../spot-checks/answer-form';
import { EnrollmentFormModal } from './enrollment-form-modal';

const OPEN = ['PENDING', 'APPROVED', 'SUSPENDED'];

/** The official's "Làm việc tại nhà": today, own requests with their status and reasons, own checks. */
export function HomeWorkPage({ onVerify }: { onVerify: (unitId: string, date: string) => void }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const me = useSession()?.user;
  const [{ data, fetching, error }, reload] = useQuery({ query: HomeWorkQuery, requestPolicy: 'cache-and-network' });
  const [checks, reloadChecks] = useQuery({ query: MySpotChecksQuery, requestPolicy: 'cache-and-network' });
  const [registering, setRegistering] = useState(false);
  const [withdrawing, setWithdrawing] = useState<{ id: string; version: number; pending: boolean } | null>(null);
  const [, withdraw] = useMutation(WithdrawEnrollmentMutation);
  const action = useAction();
  const problem = problemOf(error);
  if (problem) return <PageError message={problemText(problem)} onRetry={() => reload({ requestPolicy: 'network-only' })} />;

  const today = data?.myPresence;
  const pilots = (data?.pilots.edges.map((e) => e.node) ?? []).filter((p) => p.phase !== 'ENDED' && (!me || p.unitIds.includes(me.unitId)));
  const enrollments = data?.enrollments.edges.map((e) => e.node) ?? [];
  const hasOpen = (pilotId: string) => enrollments.some((e) => e.pilotId === pilotId && OPEN.includes(e.status));
  const canAsk = pilots.filter((p) => !hasOpen(p.id));
  const commitment = data?.currentCommitmentText;
  const myChecks = checks.data?.mySpotChecks.edges.map((e) => e.node) ?? [];

  return (
    <>
      <PageHeading
        title={t('pilot.homeWork.title')}
        subtitle={t('pilot.homeWork.subtitle')}
        extra={
          canAsk.length > 0 &&
          commitment &&
          today && (
            <Button type="primary" icon={<HomeOutlined />} onClick={() => setRegistering(true)}>
              {t('pilot.homeWork.register')}
            </Button>
          )
        }
      />
      <Flex vertical gap={16}>
        <Card size="small" loading={fetching && !data} title={today ? t('pilot.homeWork.today', { date: formatLocalDate(today.date) }) : undefined}>
          {today && <TodayPresence presence={today} />}
        </Card>

        {!fetching && !pilots.length && <Alert type="info" showIcon message={t('pilot.homeWork.noPilot')} />}
        {pilots.length > 0 && !commitment && <Alert type="warning" showIcon message={t('pilot.form.noCommitment')} />}

        <Card size="small" title={t('pilot.homeWork.requests')}>
          <List
            dataSource={enrollments}
            {...rowsState(fetching && !data, t('pilot.homeWork.noRequests'))}
            renderItem={(e) => (
              <List.Item
                key={e.id}
                data-testid="my-enrollment"
                actions={
                  OPEN.includes(e.status)
                    ? [
                        <Button key="withdraw" size="small" danger onClick={() => setWithdrawing({ id: e.id, version: e.version, pending: e.status === 'PENDING' })}>
                          {e.status === 'PENDING' ? t('pilot.homeWork.withdraw') : t('pilot.homeWork.stop')}
                        </Button>,
                      ]
                    : []
                }
              >
                <Descriptions
                  size="small"
                  column={{ xs: 1, md: 2 }}
                  title={
                    <Space>
                      <EnrollmentStatusTag status={e.status} />
                      <span>{weekdayList(t, e.weekdays)}</span>
                    </Space>
                  }
                >
                  <Descriptions.Item label={t('pilot.common.period')}>
                    {formatLocalDate(e.startDate)} – {formatLocalDate(e.endDate)}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('pilot.common.unit')}>{e.unit.name}</Descriptions.Item>
                  <Descriptions.Item span={2}>
                    <Typography.Text type="secondary">
                      {t('pilot.homeWork.requestedAt', { at: formatDateTime(e.requestedAt) })} ·{' '}
                      {t('pilot.homeWork.commitmentAccepted', { n: e.commitmentVersion, at: formatDateTime(e.commitmentAcceptedAt) })}
                    </Typography.Text>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('pilot.homeWork.signature')} span={2}>
                    <CommitmentSignatureBlock enrollment={e} own onSigned={() => reload({ requestPolicy: 'network-only' })} />
                  </Descriptions.Item>
                  {e.status === 'REJECTED' && e.decisionReason && (
                    <Descriptions.Item label={t('pilot.homeWork.refusal')} span={2}>
                      {e.decisionReason}
                    </Descriptions.Item>
                  )}
                  {e.status === 'SUSPENDED' && e.suspendReason && (
                    <Descriptions.Item label={t('pilot.homeWork.suspendReason')} span={2}>
                      {e.suspendReason}
                    </Descriptions.Item>
                  )}
                  {e.status === 'ENDED' && e.endReason && (
                    <Descriptions.Item label={t('pilot.homeWork.endReason')} span={2}>
                      {e.endReason}
                    </Descriptions.Item>
                  )}
                </Descriptions>
              </List.Item>
            )}
          />
        </Card>

        <Card size="small" title={t('pilot.homeWork.history')}>
          <List
            dataSource={myChecks}
            {...rowsState(checks.fetching && !checks.data, t('pilot.homeWork.historyEmpty'))}
            renderItem={(c) => (
              <List.Item
                key={c.id}
                data-testid="my-spot-check"
                actions={
                  c.drawId
                    ? [
                        <Button key="verify" size="small" onClick={() => onVerify(c.unit.id, c.date)}>
                          {t('pilot.actions.verify')}
                        </Button>,
                      ]
                    : []
                }
              >
                <Space direction="vertical" size={2} style={{ width: '100%' }}>
                  <Space wrap>
                    <Typography.Text strong>{formatLocalDate(c.date)}</Typography.Text>
                    <OutcomeTag outcome={c.outcome} status={c.status} />
                    <Typography.Text type="secondary">{t('pilot.homeWork.promptedAt', { at: formatDateTime(c.promptedAt ?? c.promptAt) })}</Typography.Text>
                    {c.respondedAt && <Typography.Text type="secondary">{t('pilot.homeWork.answered', { at: formatDateTime(c.respondedAt) })}</Typography.Text>}
                  </Space>
                  {c.responseNote && <Typography.Text>{c.responseNote}</Typography.Text>}
                  {c.excuseReason && (
                    <Typography.Text type="secondary">
                      {t('pilot.common.reason')}: {c.excuseReason}
                    </Typography.Text>
                  )}
                  {c.status === 'PROMPTED' && !c.respondedAt && <AnswerForm checkId={c.id} onAnswered={() => reloadChecks({ requestPolicy: 'network-only' })} />}
                </Space>
              </List.Item>
            )}
          />
        </Card>
      </Flex>
      {withdrawing && (
        <ReasonModal
          optional
          title={withdrawing.pending ? t('pilot.homeWork.withdrawTitle') : t('pilot.homeWork.stopTitle')}
          label={t('pilot.homeWork.withdrawReason')}
          okText={withdrawing.pending ? t('pilot.homeWork.withdraw') : t('pilot.homeWork.stop')}
          busy={action.busy}
          onClose={() => setWithdrawing(null)}
          onSubmit={async (reason) => {
            const ok = await action.run(
              () => withdraw({ input: { id: withdrawing.id, version: withdrawing.version, reason: reason || null } }),
              withdrawing.pending ? t('pilot.homeWork.withdrawn') : t('pilot.homeWork.stopped'),
            );
            if (ok) {
              setWithdrawing(null);
              reload({ requestPolicy: 'network-only' });
            }
          }}
        />
      )}
      {registering && commitment && today && (
        <EnrollmentFormModal
          pilots={canAsk}
          commitment={commitment}
          today={today.date}
          onClose={(changed) => {
            setRegistering(false);
            if (changed) reload({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </>
  );
}
