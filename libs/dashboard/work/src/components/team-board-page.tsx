import { ImportOutlined, LeftOutlined, PlusOutlined, RightOutlined, SearchOutlined } from '@ant-design/icons';
import type { AssignmentStatus } from '@ketqua/dashboard/data-access';
import { useSession } from '@ketqua/dashboard/data-access';
import { OPEN_ASSIGNMENT_STATUSES } from '@ketqua/domain';
import { PageError, PageHeading, rowsState, useProblemText, ResponsiveTable } from '@ketqua/dashboard/ui';
import { Button, Checkbox, DatePicker, Flex, Input, Select, Space, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodRange, type PeriodKind } from '../hooks/period-range';
import { useAssignments } from '../hooks/use-assignments';
import { useTeamScope } from '../hooks/use-team-scope';
import { AssignmentFormModal } from './assignment-form-modal';
import { ImportModal } from './import-modal';
import { IncomingDocumentsModal } from './incoming-documents-modal';
import { AssignmentLink, type AssignmentNavigation } from './assignment-link';
import { DeadlineText, StatusTag } from './status';

type Row = ReturnType<typeof useAssignments>['rows'][number];

const STATUSES: AssignmentStatus[] = ['ASSIGNED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'CANCELLED'];

/** Filters the board opens with (from the URL, e.g. a figure of the unit overview showing the rows behind it). */
export interface TeamBoardFilter {
  tab?: 'board' | 'queue';
  assigneeId?: string;
  statuses?: AssignmentStatus[];
  overdue?: boolean;
  dueFrom?: string;
  dueTo?: string;
}

/** The head's Friday view (journey 2): the team board with filters, and the review queue. */
export function TeamBoardPage({ initial = {}, ...nav }: AssignmentNavigation & { initial?: TeamBoardFilter }) {
  const { onOpen } = nav;
  const { t } = useTranslation();
  const problemText = useProblemText();
  const user = useSession()?.user;
  const isHead = user?.role === 'UNIT_HEAD';
  const scope = useTeamScope();
  const [tab, setTab] = useState<'board' | 'queue'>(initial.tab ?? 'board');
  const [assigneeId, setAssigneeId] = useState<string | undefined>(initial.assigneeId);
  // Opened plainly, the board shows the open work (as "Việc của tôi" does): months of accepted work
  // would otherwise fill its first pages. A link with filters (the unit overview's figures) shows
  // exactly the rows behind the figure; clearing the status filter shows everything.
  const opensPlain = [initial.assigneeId, initial.statuses, initial.overdue, initial.dueFrom, initial.dueTo].every((v) => v === undefined);
  const [statuses, setStatuses] = useState<AssignmentStatus[]>(initial.statuses ?? (opensPlain ? [...OPEN_ASSIGNMENT_STATUSES] : []));
  const [overdue, setOverdue] = useState(initial.overdue ?? false);
  const [due, setDue] = useState<[Dayjs | null, Dayjs | null] | null>(
    initial.dueFrom || initial.dueTo ? [initial.dueFrom ? dayjs(initial.dueFrom) : null, initial.dueTo ? dayjs(initial.dueTo) : null] : null,
  );
  const [periodKind, setPeriodKind] = useState<PeriodKind>('month');
  const [period, setPeriod] = useState<Dayjs | null>(null);
  const choosePeriod = (kind: PeriodKind, at: Dayjs | null) => {
    setPeriodKind(kind);
    setPeriod(at);
    setDue(at ? periodRange(kind, at) : null);
  };
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [incoming, setIncoming] = useState(false);

  const board = useAssignments({
    assigneeId,
    statuses: statuses.length ? statuses : undefined,
    overdue: overdue || undefined,
    search: search.trim() || undefined,
    dueFrom: due?.[0]?.format('YYYY-MM-DD'),
    dueTo: due?.[1]?.format('YYYY-MM-DD'),
  });
  const queue = useAssignments({ statuses: ['SUBMITTED'] });
  const list = tab === 'board' ? board : queue;

  const columns: ColumnsType<Row> = [
    {
      key: 'title',
      title: t('work.fields.title'),
      render: (_, a) => (
        <div>
          <AssignmentLink id={a.id} nav={nav}>
            {a.title}
          </AssignmentLink>
          {a.sourceDocument && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {a.sourceDocument}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    { key: 'assignee', title: t('work.fields.assignee'), render: (_, a) => a.assignee.fullName, responsive: ['sm'] },
    { key: 'status', title: t('work.fields.status'), render: (_, a) => <StatusTag status={a.status} isOverdue={a.isOverdue} /> },
    {
      key: 'deadline',
      title: t('work.deadline.label'),
      render: (_, a) => <DeadlineText deadline={a.effectiveDeadline} workingDaysLeft={a.workingDaysLeft} isOverdue={a.isOverdue} />,
      responsive: ['md'],
    },
    { key: 'weight', title: t('work.fields.weight'), render: (_, a) => a.weight, responsive: ['lg'], align: 'right' },
    {
      key: 'open',
      render: (_, a) => (
        <Button size="small" onClick={() => onOpen(a.id)}>
          {a.status === 'SUBMITTED' && isHead ? t('work.actions.review') : t('work.actions.open')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeading
        title={t('work.team.title')}
        subtitle={t('work.team.subtitle')}
        extra={
          isHead && (
            <Space wrap>
              <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
                {t('work.actions.import')}
              </Button>
              <Button onClick={() => setIncoming(true)}>{t('work.incoming.open')}</Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('work.actions.create')}
              </Button>
            </Space>
          )
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as 'board' | 'queue')}
        items={[
          { key: 'board', label: t('work.team.board') },
          { key: 'queue', label: t('work.team.queue', { count: queue.totalCount }) },
        ]}
      />
      {tab === 'board' && (
        <Flex wrap gap={12} align="center" style={{ marginBottom: 12 }}>
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t('work.team.search')}
            aria-label={t('work.team.search')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ flex: '1 1 220px' }}
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('work.team.filterOfficial')}
            aria-label={t('work.team.filterOfficial')}
            style={{ minWidth: 200 }}
            value={assigneeId}
            onChange={setAssigneeId}
            options={scope.officials.map((o) => ({ value: o.id, label: o.fullName }))}
          />
          <Select
            mode="multiple"
            allowClear
            placeholder={t('work.team.filterStatus')}
            aria-label={t('work.team.filterStatus')}
            style={{ minWidth: 200 }}
            value={statuses}
            onChange={setStatuses}
            options={STATUSES.map((s) => ({ value: s, label: t(`work.status.${s}`) }))}
          />
          <Space.Compact>
            <Select<PeriodKind>
              aria-label={t('work.team.periodKind')}
              value={periodKind}
              onChange={(k) => choosePeriod(k, period)}
              style={{ width: 96 }}
              options={[
                { value: 'month', label: t('work.team.month') },
                { value: 'quarter', label: t('work.team.quarter') },
              ]}
            />
            <DatePicker
              picker={periodKind}
              value={period}
              onChange={(v) => choosePeriod(periodKind, v)}
              aria-label={t('work.team.filterPeriod')}
              placeholder={t('work.team.filterPeriod')}
              format={periodKind === 'month' ? 'MM/YYYY' : (v) => `${t('work.team.quarter')} ${Math.floor(v.month() / 3) + 1}/${v.year()}`}
            />
          </Space.Compact>
          <DatePicker.RangePicker
            format="DD/MM/YYYY"
            value={due}
            onChange={(v) => {
              setPeriod(null);
              setDue(v);
            }}
            aria-label={t('work.team.filterDue')}
            placeholder={[t('work.team.dueFrom'), t('work.team.dueTo')]}
          />
          <Checkbox checked={overdue} onChange={(e) => setOverdue(e.target.checked)}>
            {t('work.team.filterOverdue')}
          </Checkbox>
        </Flex>
      )}
      {list.problem ? (
        <PageError message={problemText(list.problem)} onRetry={list.reload} />
      ) : (
        <ResponsiveTable<Row>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.rows}
          pagination={false}
          {...rowsState(list.fetching, t('work.team.empty'))}
          rowClassName={(a) => (a.isOverdue ? 'kq-row--overdue' : '')}
        />
      )}
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 12 }}>
        <Typography.Text type="secondary" aria-live="polite">
          {list.totalCount > 0 && t('work.team.range', { from: list.from, to: list.to, total: list.totalCount })}
        </Typography.Text>
        <Space>
          <Button icon={<LeftOutlined />} disabled={!list.hasPrevious} onClick={list.previous}>
            {t('work.team.prev')}
          </Button>
          <Button disabled={!list.hasNext} onClick={list.next}>
            {t('work.team.next')} <RightOutlined />
          </Button>
        </Space>
      </Flex>
      {creating && user && (
        <AssignmentFormModal
          unitId={user.unitId}
          onClose={(changed) => {
            setCreating(false);
            if (changed) board.reload();
          }}
        />
      )}
      {incoming && (
        <IncomingDocumentsModal
          onClose={(changed) => {
            setIncoming(false);
            if (changed) board.reload();
          }}
        />
      )}
      {importing && (
        <ImportModal
          onClose={(changed) => {
            setImporting(false);
            if (changed) board.reload();
          }}
        />
      )}
    </>
  );
}
