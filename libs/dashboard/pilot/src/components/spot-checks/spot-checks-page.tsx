import { problemOf, useSession } from '@ketqua/dashboard/data-access';
import { DATE_FORMAT, formatDateTime, formatLocalDate, PageError, PageHeading, rowsState, useProblemText, ResponsiveTable } from '@ketqua/dashboard/ui';
import { Button, DatePicker, Form, Modal, Radio, Input, Select, Space, Tabs, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { DecideSpotCheckFlagMutation, SpotCheckFlagsQuery } from '../../graphql/spot-check-flags.query';
import { AddSpotCheckFollowUpMutation, ExcuseSpotCheckMutation } from '../../graphql/spot-check.mutations';
import { SpotChecksQuery } from '../../graphql/spot-checks.query';
import { useAction } from '../../hooks/use-action';
import { usePilotUnits } from '../../hooks/use-pilot-units';
import { useServerToday } from '../../hooks/use-server-today';
import { OutcomeTag } from '../labels';
import { ReasonModal } from '../reason-modal';
import { TestCheckButton } from './test-check-button';

type Range = [Dayjs, Dayjs];

/** A unit's spot-check results (excuse, follow-up) and the flags of three MISSED checks (keep or suspend). */
export function SpotChecksPage({ onVerify }: { onVerify: (unitId: string, date: string) => void }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const role = useSession()?.user.role;
  const isHead = role === 'UNIT_HEAD';
  const { units } = usePilotUnits();
  const [unitId, setUnitId] = useState<string | undefined>();
  const today = useServerToday();
  const [chosen, setRange] = useState<Range | null>(null);
  const range: Range = chosen ?? [dayjs(today).subtract(30, 'day'), dayjs(today)];
  useEffect(() => {
    if (!unitId && units[0]) setUnitId(units[0].id);
  }, [unitId, units]);

  const [{ data, fetching, error }, reload] = useQuery({
    query: SpotChecksQuery,
    variables: { filter: { unitId, from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') } },
    pause: !unitId || !today,
    requestPolicy: 'cache-and-network',
  });
  const [flags, reloadFlags] = useQuery({ query: SpotCheckFlagsQuery, variables: { filter: { unitId } }, pause: !unitId, requestPolicy: 'cache-and-network' });
  const [, excuse] = useMutation(ExcuseSpotCheckMutation);
  const [, followUp] = useMutation(AddSpotCheckFollowUpMutation);
  const action = useAction();
  const [noting, setNoting] = useState<{ kind: 'excuse' | 'followUp'; id: string; name: string; date: string } | null>(null);
  const [deciding, setDeciding] = useState<{ id: string; version: number; name: string } | null>(null);
  const problem = problemOf(error);
  const checks = data?.spotChecks.edges.map((e) => e.node) ?? [];
  const flagRows = flags.data?.spotCheckFlags.edges.map((e) => e.node) ?? [];
  type Check = (typeof checks)[number];
  type Flag = (typeof flagRows)[number];

  const results = problem ? (
    <PageError message={problemText(problem)} onRetry={() => reload({ requestPolicy: 'network-only' })} />
  ) : (
    <ResponsiveTable<Check>
      rowKey="id"
      size="small"
      dataSource={checks}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      {...rowsState(fetching && !data, t('pilot.spotChecks.empty'))}
      columns={[
        { key: 'date', title: t('pilot.common.date'), render: (_, c) => formatLocalDate(c.date) },
        {
          key: 'official',
          title: t('pilot.spotChecks.official'),
          render: (_, c) => (
            <>
              {c.official.fullName}
              {c.manual && <Tag style={{ marginLeft: 6 }}>{t('pilot.spotChecks.manual')}</Tag>}
            </>
          ),
        },
        {
          key: 'prompt',
          title: t('pilot.spotChecks.promptAt'),
          render: (_, c) =>
            dayjs(c.promptedAt ?? c.promptAt)
              .tz('Asia/Ho_Chi_Minh')
              .format('HH:mm'),
          responsive: ['md'],
        },
        { key: 'answered', title: t('pilot.spotChecks.answered'), render: (_, c) => (c.respondedAt ? formatDateTime(c.respondedAt) : ''), responsive: ['lg'] },
        { key: 'note', title: t('pilot.spotChecks.note'), render: (_, c) => c.responseNote, responsive: ['md'] },
        {
          key: 'outcome',
          title: t('pilot.spotChecks.outcome'),
          render: (_, c) => (
            <Space direction="vertical" size={0}>
              <OutcomeTag outcome={c.outcome} status={c.status} />
              {c.cancelReason && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`pilot.cancelReason.${c.cancelReason}`)}
                </Typography.Text>
              )}
              {c.excuseReason && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.excuseReason}
                  {c.outcomeBeforeExcuse ? ` (${t('pilot.spotChecks.replaced', { outcome: t(`pilot.outcome.${c.outcomeBeforeExcuse}`) })})` : ''}
                </Typography.Text>
              )}
            </Space>
          ),
        },
        {
          key: 'followUps',
          title: t('pilot.spotChecks.followUps'),
          responsive: ['lg'],
          render: (_, c) => (
            <Space direction="vertical" size={0}>
              {c.followUps.map((f) => (
                <Typography.Text key={f.id} style={{ fontSize: 12 }}>
                  {formatDateTime(f.createdAt)}: {f.note}
                </Typography.Text>
              ))}
            </Space>
          ),
        },
        {
          key: 'actions',
          render: (_, c) => (
            <Space wrap size={4}>
              {isHead && c.outcome && c.outcome !== 'EXCUSED' && c.outcome !== 'ON_TIME' && (
                <Button size="small" onClick={() => setNoting({ kind: 'excuse', id: c.id, name: c.official.fullName, date: c.date })}>
                  {t('pilot.spotChecks.excuse')}
                </Button>
              )}
              {isHead && c.status !== 'CANCELLED' && (
                <Button size="small" onClick={() => setNoting({ kind: 'followUp', id: c.id, name: c.official.fullName, date: c.date })}>
                  {t('pilot.spotChecks.followUp')}
                </Button>
              )}
              {c.drawId && (
                <Button size="small" type="link" onClick={() => onVerify(c.unit.id, c.date)}>
                  {t('pilot.actions.verify')}
                </Button>
              )}
            </Space>
          ),
        },
      ]}
    />
  );

  const flagList = (
    <ResponsiveTable<Flag>
      rowKey="id"
      size="small"
      dataSource={flagRows}
      pagination={false}
      {...rowsState(flags.fetching && !flags.data, t('pilot.spotChecks.flagsEmpty'))}
      columns={[
        { key: 'official', title: t('pilot.common.official'), render: (_, f) => f.official.fullName },
        {
          key: 'text',
          title: t('pilot.spotChecks.outcome'),
          render: (_, f) => t('pilot.spotChecks.flagText', { n: f.missedCount, month: `${f.month.slice(5)}/${f.month.slice(0, 4)}` }),
        },
        {
          key: 'decision',
          title: t('pilot.spotChecks.decision'),
          render: (_, f) =>
            f.decision ? (
              <Space direction="vertical" size={0}>
                <Tag color={f.decision === 'KEEP' ? 'green' : 'orange'}>{t(`pilot.flagDecision.${f.decision}`)}</Tag>
                {f.decisionReason && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {f.decisionReason}
                  </Typography.Text>
                )}
              </Space>
            ) : (
              <Tag color="gold">{t('pilot.spotChecks.undecided')}</Tag>
            ),
        },
        {
          key: 'actions',
          render: (_, f) =>
            isHead &&
            !f.decision && (
              <Button size="small" type="primary" onClick={() => setDeciding({ id: f.id, version: f.version, name: f.official.fullName })}>
                {t('pilot.spotChecks.decide')}
              </Button>
            ),
        },
      ]}
    />
  );

  return (
    <>
      <PageHeading
        title={t('pilot.spotChecks.title')}
        subtitle={t('pilot.spotChecks.subtitle')}
        extra={
          <Space wrap>
            <Select
              style={{ minWidth: 260 }}
              value={unitId}
              onChange={setUnitId}
              aria-label={t('pilot.common.unit')}
              options={units.map((u) => ({ value: u.id, label: u.name }))}
            />
            <DatePicker.RangePicker format={DATE_FORMAT} allowClear={false} value={range} onChange={(r) => r?.[0] && r[1] && setRange([r[0], r[1]])} />
            {(isHead || role === 'ADMIN') && <TestCheckButton onSent={() => reload({ requestPolicy: 'network-only' })} />}
          </Space>
        }
      />
      <Tabs
        items={[
          { key: 'results', label: t('pilot.spotChecks.results'), children: results },
          { key: 'flags', label: t('pilot.spotChecks.flags', { n: flagRows.filter((f) => !f.decision).length }), children: flagList },
        ]}
      />
      {noting && (
        <ReasonModal
          title={t(noting.kind === 'excuse' ? 'pilot.spotChecks.excuseTitle' : 'pilot.spotChecks.followUpTitle', { name: noting.name, date: formatLocalDate(noting.date) })}
          label={noting.kind === 'excuse' ? t('pilot.common.reason') : t('pilot.spotChecks.text')}
          busy={action.busy}
          onClose={() => setNoting(null)}
          onSubmit={async (text) => {
            const ok =
              noting.kind === 'excuse'
                ? await action.run(() => excuse({ input: { id: noting.id, text } }), t('pilot.spotChecks.excused'))
                : await action.run(() => followUp({ input: { id: noting.id, text } }), t('pilot.spotChecks.followedUp'));
            if (ok) {
              setNoting(null);
              reload({ requestPolicy: 'network-only' });
            }
          }}
        />
      )}
      {deciding && (
        <FlagDecisionModal
          flag={deciding}
          onClose={(changed) => {
            setDeciding(null);
            if (changed) reloadFlags({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </>
  );
}

function FlagDecisionModal({ flag, onClose }: { flag: { id: string; version: number; name: string }; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ decision: 'KEEP' | 'SUSPEND'; reason: string }>();
  const [, decide] = useMutation(DecideSpotCheckFlagMutation);
  const action = useAction({ form });
  return (
    <Modal
      open
      title={t('pilot.spotChecks.decideTitle', { name: flag.name })}
      okText={t('pilot.actions.save')}
      cancelText={t('pilot.actions.cancel')}
      confirmLoading={action.busy}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ decision: 'KEEP' }}
        onFinish={async (v) => {
          if (await action.run(() => decide({ input: { id: flag.id, version: flag.version, decision: v.decision, reason: v.reason.trim() } }), t('pilot.spotChecks.decided')))
            onClose(true);
        }}
      >
        <Form.Item name="decision" label={t('pilot.spotChecks.decision')}>
          <Radio.Group options={(['KEEP', 'SUSPEND'] as const).map((d) => ({ value: d, label: t(`pilot.flagDecision.${d}`) }))} />
        </Form.Item>
        <Form.Item name="reason" label={t('pilot.common.reason')} rules={[{ required: true, whitespace: true, message: t('pilot.common.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
