import { CheckCircleFilled, CloseCircleFilled, ReloadOutlined } from '@ant-design/icons';
import { problemOf } from '@ketqua/dashboard/data-access';
import { DATE_FORMAT, formatDateTime, PageError, PageHeading, useProblemText } from '@ketqua/dashboard/ui';
import { Alert, Button, Card, DatePicker, Descriptions, Empty, Input, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AuditActorsQuery, AuditChainStatusQuery, AuditEventsQuery } from '../../graphql/audit.query';
import { useKeysetPager } from '../../hooks/use-keyset-pager';
import { ENTITY_TYPES, formatChanges } from '../../logic/audit-display';

interface Filters {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  actorLabel?: string;
  range?: [Dayjs, Dayjs] | null;
}

/** The chain's verification (recomputed on the server from the first event) and its head. */
function ChainStatus() {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [{ data, fetching, error }, reload] = useQuery({ query: AuditChainStatusQuery, requestPolicy: 'network-only' });
  const problem = problemOf(error);
  const status = data?.auditChainStatus;
  const again = (
    <Button icon={<ReloadOutlined />} loading={fetching} onClick={() => reload({ requestPolicy: 'network-only' })}>
      {t('admin.audit.verifyAgain')}
    </Button>
  );
  return (
    <Card title={t('admin.audit.chain')} extra={again} size="small" style={{ marginBottom: 16 }}>
      {problem ? (
        <PageError message={problemText(problem)} onRetry={() => reload({ requestPolicy: 'network-only' })} />
      ) : !status ? (
        <Typography.Text role="status">{t('admin.audit.verifying')}</Typography.Text>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Alert
            role="status"
            type={status.ok ? 'success' : 'error'}
            showIcon
            icon={status.ok ? <CheckCircleFilled /> : <CloseCircleFilled />}
            message={status.ok ? t('admin.audit.verified', { n: status.eventsChecked }) : t('admin.audit.broken', { seq: status.brokenAtSeq })}
            description={status.ok ? t('admin.audit.verifiedAt', { at: formatDateTime(status.verifiedAt) }) : status.brokenReason}
          />
          <Descriptions size="small" column={1} title={t('admin.audit.head')}>
            <Descriptions.Item label={t('admin.audit.headSeq')}>
              <Typography.Text className="kq-audit-head-seq">{status.headSeq}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('admin.audit.headHash')}>
              <Typography.Text code copyable className="kq-audit-head-hash" style={{ wordBreak: 'break-all' }}>
                {status.headHash}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <Typography.Text type="secondary">{t('admin.audit.headHelp')}</Typography.Text>
        </Space>
      )}
    </Card>
  );
}

/** A person to filter by, searched by name or email. */
function ActorPicker({ value, label, onChange }: { value?: string; label?: string; onChange: (id?: string, label?: string) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [{ data, fetching }] = useQuery({ query: AuditActorsQuery, variables: { search: search || undefined }, pause: search.length < 2 });
  const options = data?.officials.edges.map((e) => ({ value: e.node.id, label: `${e.node.fullName} (${e.node.email})` })) ?? [];
  if (value && label && !options.some((o) => o.value === value)) options.unshift({ value, label });
  return (
    <Select<string>
      allowClear
      showSearch
      filterOption={false}
      style={{ minWidth: 280 }}
      aria-label={t('admin.audit.actor')}
      placeholder={t('admin.audit.anyActor')}
      loading={fetching}
      value={value}
      onSearch={setSearch}
      onChange={(id, option) => onChange(id, (option as { label?: string } | undefined)?.label)}
      options={options}
    />
  );
}

/**
 * Nhật ký kiểm toán: the inspector (and the administrator) reads the hash-chained trail by entity,
 * person and days, newest first, each event with who, when, what changed, its seq and hash; and
 * whether the whole chain still verifies, with the head to archive.
 */
export function AuditTrailPage() {
  const { t, i18n } = useTranslation();
  const problemText = useProblemText();
  const [filters, setFilters] = useState<Filters>({});
  const pager = useKeysetPager();
  const filter = useMemo(
    () => ({
      entityType: filters.entityType,
      entityId: filters.entityId || undefined,
      actorId: filters.actorId,
      from: filters.range?.[0].format('YYYY-MM-DD'),
      to: filters.range?.[1].format('YYYY-MM-DD'),
    }),
    [filters],
  );
  const [{ data, fetching, error }, reload] = useQuery({ query: AuditEventsQuery, variables: { filter, after: pager.after }, requestPolicy: 'cache-and-network' });
  const problem = problemOf(error);
  const events = data?.auditEvents.edges.map((e) => e.node) ?? [];
  type Event = (typeof events)[number];
  const change = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    pager.reset();
  };
  const typeLabel = (type: string) => (i18n.exists(`admin.audit.types.${type}`) ? t(`admin.audit.types.${type}` as 'admin.audit.types.official') : type);

  return (
    <>
      <PageHeading title={t('admin.audit.title')} subtitle={t('admin.audit.subtitle')} />
      <ChainStatus />
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<string>
          allowClear
          style={{ minWidth: 220 }}
          aria-label={t('admin.audit.entityType')}
          placeholder={t('admin.audit.anyEntity')}
          value={filters.entityType}
          onChange={(entityType) => change({ entityType })}
          options={ENTITY_TYPES.map((type) => ({ value: type, label: typeLabel(type) }))}
        />
        <Input.Search
          allowClear
          style={{ width: 320 }}
          placeholder={t('admin.audit.entityId')}
          aria-label={t('admin.audit.entityId')}
          value={filters.entityId}
          onChange={(e) => setFilters((f) => ({ ...f, entityId: e.target.value }))}
          onSearch={(entityId) => change({ entityId: entityId.trim() })}
        />
        <ActorPicker value={filters.actorId} label={filters.actorLabel} onChange={(actorId, actorLabel) => change({ actorId, actorLabel })} />
        <DatePicker.RangePicker
          format={DATE_FORMAT}
          aria-label={t('admin.audit.dates')}
          value={filters.range ?? null}
          onChange={(range) => change({ range: range?.[0] && range[1] ? [range[0], range[1]] : null })}
        />
        <Button onClick={() => change({ entityType: undefined, entityId: undefined, actorId: undefined, actorLabel: undefined, range: null })}>{t('admin.audit.clear')}</Button>
      </Space>
      {problem ? (
        <PageError message={problemText(problem)} onRetry={() => reload({ requestPolicy: 'network-only' })} />
      ) : (
        <Table<Event>
          rowKey="seq"
          size="small"
          loading={fetching && !data}
          dataSource={events}
          pagination={false}
          title={() => (data ? t('admin.audit.total', { n: data.auditEvents.totalCount }) : null)}
          locale={{ emptyText: fetching ? t('common.loading') : <Empty description={t('admin.audit.empty')} /> }}
          columns={[
            { key: 'seq', title: t('admin.audit.seq'), render: (_, e) => e.seq },
            { key: 'when', title: t('admin.audit.when'), render: (_, e) => formatDateTime(e.occurredAt) },
            {
              key: 'who',
              title: t('admin.audit.who'),
              render: (_, e) =>
                e.actor ? (
                  <Button
                    type="link"
                    size="small"
                    style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                    title={t('admin.audit.filterActor')}
                    onClick={() => change({ actorId: e.actor?.id, actorLabel: `${e.actor?.fullName} (${e.actor?.email})` })}
                  >
                    {e.actor.fullName}
                  </Button>
                ) : (
                  <Typography.Text type="secondary">{t('admin.audit.system')}</Typography.Text>
                ),
            },
            { key: 'action', title: t('admin.audit.action'), render: (_, e) => <Typography.Text code>{e.action}</Typography.Text> },
            {
              key: 'entity',
              title: t('admin.audit.entity'),
              render: (_, e) => (
                <Space direction="vertical" size={0}>
                  <span>{typeLabel(e.entityType)}</span>
                  {e.entityId && (
                    <Button
                      type="link"
                      size="small"
                      style={{ padding: 0, height: 'auto', fontSize: 12 }}
                      title={t('admin.audit.filterEntity')}
                      onClick={() => change({ entityType: e.entityType, entityId: e.entityId ?? undefined })}
                    >
                      {e.entityId}
                    </Button>
                  )}
                </Space>
              ),
            },
            {
              key: 'changes',
              title: t('admin.audit.changes'),
              render: (_, e) => (
                <Typography.Paragraph style={{ margin: 0, fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-word', maxWidth: 420 }}>
                  {formatChanges(e.data)}
                </Typography.Paragraph>
              ),
            },
            {
              key: 'hash',
              title: t('admin.audit.hash'),
              responsive: ['lg'],
              render: (_, e) => (
                <Typography.Text code copyable={{ text: e.hash }} style={{ fontSize: 12 }} title={`${t('admin.audit.prevHash')}: ${e.prevHash}`}>
                  {e.hash.slice(0, 12)}…
                </Typography.Text>
              ),
            },
          ]}
        />
      )}
      <Space style={{ marginTop: 12 }}>
        <Button disabled={!pager.hasPrevious} onClick={pager.previous}>
          {t('admin.accounts.previous')}
        </Button>
        <Button disabled={!data?.auditEvents.pageInfo.hasNextPage} onClick={() => pager.next(data?.auditEvents.pageInfo.endCursor)}>
          {t('admin.accounts.next')}
        </Button>
      </Space>
    </>
  );
}
