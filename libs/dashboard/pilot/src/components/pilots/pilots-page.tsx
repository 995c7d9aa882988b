import { problemOf } from '@ketqua/dashboard/data-access';
import { formatLocalDate, PageError, PageHeading, rowsState, useProblemText, ResponsiveTable } from '@ketqua/dashboard/ui';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PilotsQuery } from '../../graphql/pilots.query';
import { CommitmentPanel } from './commitment-panel';
import { PilotFormModal, type PilotFormValue } from './pilot-form-modal';
import { PositionsDrawer } from './positions-drawer';

const PHASE_COLORS = { UPCOMING: 'gold', RUNNING: 'green', ENDED: 'default' } as const;

/** HR: the pilots (create, edit, positions and exceptions) and the commitment text. */
export function PilotsPage() {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [{ data, fetching, error }, reload] = useQuery({ query: PilotsQuery, requestPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<PilotFormValue | 'new' | null>(null);
  const [positionsOf, setPositionsOf] = useState<{ id: string; name: string } | null>(null);
  const problem = problemOf(error);
  const pilots = data?.pilots.edges.map((e) => e.node) ?? [];
  type Row = (typeof pilots)[number];

  const list = problem ? (
    <PageError message={problemText(problem)} onRetry={() => reload({ requestPolicy: 'network-only' })} />
  ) : (
    <ResponsiveTable<Row>
      rowKey="id"
      dataSource={pilots}
      pagination={false}
      {...rowsState(fetching && !data, t('pilot.pilots.empty'))}
      columns={[
        {
          key: 'name',
          title: t('pilot.pilots.fields.name'),
          render: (_, p) => (
            <Space direction="vertical" size={2}>
              <Typography.Text strong>{p.name}</Typography.Text>
              <Typography.Text type="secondary">{p.decisionNumber}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('pilot.pilots.rulesSummary', {
                  share: p.maxHomeSharePercent,
                  onSite: p.minOnSite,
                  days: p.maxHomeDaysPerWeek,
                  rate: p.sampleRatePercent,
                  window: p.answerWindowMinutes,
                })}
                {' · '}
                {p.coreHours.map((w) => `${w.start}–${w.end}`).join(', ')}
              </Typography.Text>
            </Space>
          ),
        },
        { key: 'dates', title: t('pilot.pilots.fields.dates'), render: (_, p) => `${formatLocalDate(p.startDate)} – ${formatLocalDate(p.endDate)}`, responsive: ['md'] },
        { key: 'phase', title: t('pilot.pilots.fields.phase'), render: (_, p) => <Tag color={PHASE_COLORS[p.phase]}>{t(`pilot.phase.${p.phase}`)}</Tag> },
        {
          key: 'units',
          title: t('pilot.pilots.fields.units'),
          responsive: ['lg'],
          render: (_, p) => (
            <Space direction="vertical" size={0}>
              {p.units.map((u) => (
                <span key={u.id}>{u.name}</span>
              ))}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {p.agencies.map((a) => a.name).join(', ')}
              </Typography.Text>
            </Space>
          ),
        },
        {
          key: 'actions',
          render: (_, p) => (
            <Space wrap>
              <Button size="small" onClick={() => setEditing({ ...p, unitIds: p.unitIds })}>
                {t('pilot.actions.edit')}
              </Button>
              <Button size="small" onClick={() => setPositionsOf({ id: p.id, name: p.name })}>
                {t('pilot.pilots.positions')}
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );

  return (
    <>
      <PageHeading
        title={t('pilot.pilots.title')}
        subtitle={t('pilot.pilots.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('pilot.pilots.create')}
          </Button>
        }
      />
      <Tabs
        items={[
          { key: 'pilots', label: t('pilot.pilots.tabPilots'), children: list },
          { key: 'commitment', label: t('pilot.pilots.tabCommitment'), children: <CommitmentPanel /> },
        ]}
      />
      {editing && (
        <PilotFormModal
          edit={editing === 'new' ? undefined : editing}
          onClose={(changed) => {
            setEditing(null);
            if (changed) reload({ requestPolicy: 'network-only' });
          }}
        />
      )}
      {positionsOf && <PositionsDrawer pilot={positionsOf} onClose={() => setPositionsOf(null)} />}
    </>
  );
}
