import { formatDateTime, formatLocalDate, PageError, PageHeading, useProblemText } from '@ketqua/dashboard/ui';
import { Alert, Button, Card, Empty, Flex, Select, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { DecideEnrollmentMutation, EndEnrollmentMutation, ResumeEnrollmentMutation, SuspendEnrollmentMutation } from '../../graphql/enrollment.mutations';
import { useAction } from '../../hooks/use-action';
import { useEnrollments } from '../../hooks/use-enrollments';
import { usePilotUnits } from '../../hooks/use-pilot-units';
import { CommitmentSignatureBlock } from '../commitment-signature/commitment-signature-block';
import { EnrollmentStatusTag, weekdayList } from '../labels';
import { ReasonModal } from '../reason-modal';
import { WeekGridView } from './week-grid-view';

type Tab = 'pending' | 'active' | 'closed';

/** The head's queue: each request with its week grid; approve, refuse with a reason; suspend, resume or end. */
export function EnrollmentQueuePage() {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const { units } = usePilotUnits();
  const [unitId, setUnitId] = useState<string | undefined>();
  const [tab, setTab] = useState<Tab>('pending');
  const pending = useEnrollments({ unitId, statuses: ['PENDING'], withCap: true });
  const active = useEnrollments({ unitId, statuses: ['APPROVED', 'SUSPENDED'], withCap: false });
  const closed = useEnrollments({ unitId, statuses: ['REJECTED', 'ENDED'], withCap: false, pause: tab !== 'closed' });
  const reload = () => {
    for (const list of [pending, active, closed]) list.reload();
  };
  const current = tab === 'pending' ? pending : tab === 'active' ? active : closed;
  const { problem, rows } = current;

  return (
    <>
      <PageHeading
        title={t('pilot.enrollments.title')}
        subtitle={t('pilot.enrollments.subtitle')}
        extra={
          <Select
            allowClear
            placeholder={t('pilot.common.allUnits')}
            style={{ minWidth: 260 }}
            value={unitId}
            onChange={setUnitId}
            aria-label={t('pilot.common.unit')}
            options={units.map((u) => ({ value: u.id, label: u.name }))}
          />
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as Tab)}
        items={[
          { key: 'pending', label: t('pilot.enrollments.pending', { n: pending.total }) },
          { key: 'active', label: t('pilot.enrollments.active', { n: active.total }) },
          { key: 'closed', label: t('pilot.enrollments.closed') },
        ]}
      />
      {problem ? (
        <PageError message={problemText(problem)} onRetry={reload} />
      ) : !current.fetching && !rows.length ? (
        <Empty description={tab === 'pending' ? t('pilot.enrollments.emptyPending') : t('pilot.enrollments.empty')} />
      ) : (
        <Flex vertical gap={12}>
          {rows.map((e) => (
            <EnrollmentCard key={e.id} enrollment={e} onChanged={reload} />
          ))}
        </Flex>
      )}
    </>
  );
}

type Row = ReturnType<typeof useEnrollments>['rows'][number];

function EnrollmentCard({ enrollment: e, onChanged }: { enrollment: Row; onChanged: () => void }) {
  const { t } = useTranslation();
  const [, decide] = useMutation(DecideEnrollmentMutation);
  const [, suspend] = useMutation(SuspendEnrollmentMutation);
  const [, resume] = useMutation(ResumeEnrollmentMutation);
  const [, end] = useMutation(EndEnrollmentMutation);
  const action = useAction();
  const [asking, setAsking] = useState<null | 'reject' | 'suspend' | 'end'>(null);
  const name = e.official.fullName;
  const equipped = e.hasComputer && e.hasPhone && e.hasPrinter && e.hasInternet;
  const cap = 'capCheck' in e ? e.capCheck : undefined;

  const approve = async () => {
    if (await action.run(() => decide({ input: { id: e.id, approve: true, version: e.version } }), t('pilot.enrollments.approved', { name }))) onChanged();
  };
  const withReason = async (reason: string) => {
    const input = { id: e.id, reason, version: e.version };
    const ok =
      asking === 'reject'
        ? await action.run(() => decide({ input: { ...input, approve: false } }), t('pilot.enrollments.rejected'))
        : asking === 'suspend'
          ? await action.run(() => suspend({ input }), t('pilot.enrollments.suspended'))
          : await action.run(() => end({ input }), t('pilot.enrollments.ended'));
    if (ok) {
      setAsking(null);
      onChanged();
    }
  };

  return (
    <Card
      size="small"
      data-testid="enrollment-request"
      title={
        <Space wrap>
          <span>{name}</span>
          <EnrollmentStatusTag status={e.status} />
        </Space>
      }
      extra={<Typography.Text type="secondary">{e.unit.name}</Typography.Text>}
    >
      <Flex wrap gap={24}>
        <Space direction="vertical" size={4} style={{ minWidth: 260, flex: 1 }}>
          <Typography.Text strong>{weekdayList(t, e.weekdays)}</Typography.Text>
          <span>
            {formatLocalDate(e.startDate)} – {formatLocalDate(e.endDate)}
          </span>
          {e.official.position && <Typography.Text type="secondary">{e.official.position.name}</Typography.Text>}
          <Space wrap size={4}>
            <Tag color={equipped ? 'green' : 'red'}>{equipped ? t('pilot.enrollments.equipmentOk') : t('pilot.enrollments.equipmentMissing')}</Tag>
            <Tag>{t('pilot.enrollments.commitment', { n: e.commitmentVersion })}</Tag>
            {cap && (
              <Tag color={cap.homeDaysPerWeek > cap.maxHomeDaysPerWeek ? 'red' : 'default'}>
                {t('pilot.enrollments.homeDays', { n: cap.homeDaysPerWeek, max: cap.maxHomeDaysPerWeek })}
              </Tag>
            )}
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('pilot.homeWork.requestedAt', { at: formatDateTime(e.requestedAt) })}
          </Typography.Text>
          <CommitmentSignatureBlock enrollment={e} own={false} />
          {e.note && <Typography.Text italic>“{e.note}”</Typography.Text>}
          {e.decisionReason && (
            <Typography.Text type="secondary">
              {t('pilot.common.reason')}: {e.decisionReason}
            </Typography.Text>
          )}
          {e.suspendReason && e.status === 'SUSPENDED' && (
            <Typography.Text type="secondary">
              {t('pilot.homeWork.suspendReason')}: {e.suspendReason}
            </Typography.Text>
          )}
          {e.endReason && (
            <Typography.Text type="secondary">
              {t('pilot.homeWork.endReason')}: {e.endReason}
            </Typography.Text>
          )}
        </Space>
        {cap && (
          <div style={{ flex: 1, minWidth: 340 }}>
            <WeekGridView days={cap.weekdays} />
          </div>
        )}
      </Flex>
      {action.failure && e.status === 'PENDING' && (
        <Alert type="error" showIcon style={{ marginTop: 12 }} data-testid="decision-refused" message={t('pilot.enrollments.refused', { name })} description={action.failure} />
      )}
      <Space wrap style={{ marginTop: 12 }}>
        {e.status === 'PENDING' && (
          <Button type="primary" loading={action.busy} onClick={() => void approve()}>
            {t('pilot.actions.approve')}
          </Button>
        )}
        {e.status === 'PENDING' && (
          <Button danger onClick={() => setAsking('reject')}>
            {t('pilot.actions.reject')}
          </Button>
        )}
        {e.status === 'APPROVED' && <Button onClick={() => setAsking('suspend')}>{t('pilot.actions.suspend')}</Button>}
        {e.status === 'SUSPENDED' && (
          <Button onClick={() => void action.run(() => resume({ input: { id: e.id, version: e.version } }), t('pilot.enrollments.resumed')).then((ok) => ok && onChanged())}>
            {t('pilot.actions.resume')}
          </Button>
        )}
        {(e.status === 'APPROVED' || e.status === 'SUSPENDED') && (
          <Button danger onClick={() => setAsking('end')}>
            {t('pilot.actions.end')}
          </Button>
        )}
      </Space>
      {action.failure && e.status !== 'PENDING' && <Alert type="error" showIcon style={{ marginTop: 12 }} message={action.failure} />}
      {asking && (
        <ReasonModal
          title={t(asking === 'reject' ? 'pilot.enrollments.rejectTitle' : asking === 'suspend' ? 'pilot.enrollments.suspendTitle' : 'pilot.enrollments.endTitle', { name })}
          okText={t(asking === 'reject' ? 'pilot.actions.reject' : asking === 'suspend' ? 'pilot.actions.suspend' : 'pilot.actions.end')}
          busy={action.busy}
          onClose={() => setAsking(null)}
          onSubmit={(reason) => void withReason(reason)}
        />
      )}
    </Card>
  );
}
