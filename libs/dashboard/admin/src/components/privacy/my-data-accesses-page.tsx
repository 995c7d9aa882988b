import { DownloadOutlined } from '@ant-design/icons';
import { downloadFile, problemOf, useSession, useSessionStore } from '@ketqua/dashboard/data-access';
import { DATE_FORMAT, formatDateTime, PageError, PageHeading, useProblemText } from '@ketqua/dashboard/ui';
import { App, Button, Card, DatePicker, Empty, Form, InputNumber, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { DataAccessesQuery, MyDataAccessesQuery, RetentionSettingsQuery, UpdateRetentionSettingsMutation } from '../../graphql/privacy.query';
import { useKeysetPager } from '../../hooks/use-keyset-pager';

const KINDS = ['EVALUATION', 'SPOT_CHECK', 'REPORT_EXPORT', 'PERSONAL_DATA_DOWNLOAD'] as const;
type Kind = (typeof KINDS)[number];

interface AccessRow {
  id: string;
  occurredAt: string;
  viewerRole: string;
  kind: string;
  recordIds: string[];
  fieldGroups: string[];
  purpose?: string | null;
  viewer: { id: string; fullName: string };
  subject?: { id: string; fullName: string } | null;
}

/** The table both lists share: when, who (name and role, never hidden), what, why. */
function AccessTable({ rows, loading, total, withSubject }: { rows: AccessRow[]; loading: boolean; total?: number; withSubject?: boolean }) {
  const { t } = useTranslation();
  return (
    <Table<AccessRow>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={rows}
      pagination={false}
      title={() => (total === undefined ? null : t('privacy.total', { n: total }))}
      locale={{ emptyText: <Empty description={t('privacy.empty')} /> }}
      columns={[
        { key: 'when', title: t('privacy.when'), render: (_, a) => formatDateTime(a.occurredAt) },
        {
          key: 'who',
          title: t('privacy.who'),
          render: (_, a) => (
            <Space direction="vertical" size={0}>
              <span>{a.viewer.fullName}</span>
              <Typography.Text type="secondary">{t(`roles.${a.viewerRole as 'ADMIN'}`)}</Typography.Text>
            </Space>
          ),
        },
        ...(withSubject ? [{ key: 'whose', title: t('privacy.whose'), render: (_: unknown, a: AccessRow) => a.subject?.fullName ?? t('privacy.aggregate') }] : []),
        {
          key: 'what',
          title: t('privacy.what'),
          render: (_, a) => (
            <Space direction="vertical" size={0}>
              <span>{t(`privacy.kinds.${a.kind as Kind}`)}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[a.recordIds.length ? t('privacy.records', { n: a.recordIds.length }) : null, a.fieldGroups.join(', ')].filter(Boolean).join(' · ')}
              </Typography.Text>
            </Space>
          ),
        },
        {
          key: 'why',
          title: t('privacy.why'),
          render: (_, a) => (a.purpose ? a.purpose : <Typography.Text type="secondary">{t('privacy.noPurpose')}</Typography.Text>),
        },
      ]}
    />
  );
}

function Pager({ pager, hasNext, endCursor }: { pager: ReturnType<typeof useKeysetPager>; hasNext: boolean; endCursor?: string | null }) {
  const { t } = useTranslation();
  return (
    <Space style={{ marginTop: 12 }}>
      <Button disabled={!pager.hasPrevious} onClick={pager.previous}>
        {t('privacy.previous')}
      </Button>
      <span>{t('privacy.page', { n: pager.page })}</span>
      <Button disabled={!hasNext} onClick={() => pager.next(endCursor)}>
        {t('privacy.next')}
      </Button>
    </Space>
  );
}

/** Tải dữ liệu của tôi: the ZIP of everything held about me, with the access token (a button, not a link). */
function MyDataDownload() {
  const { t } = useTranslation();
  const client = useClient();
  const session = useSessionStore();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const get = () => {
    setBusy(true);
    downloadFile(client, session, { url: '/personal-data/me.zip', name: 'du-lieu-ca-nhan-ketqua.zip' })
      .catch(() => void message.error(t('privacy.download.failed')))
      .finally(() => setBusy(false));
  };
  return (
    <Card title={t('privacy.download.title')} size="small" style={{ marginBottom: 16 }}>
      <Typography.Paragraph>{t('privacy.download.help')}</Typography.Paragraph>
      <Button type="primary" icon={<DownloadOutlined />} loading={busy} onClick={get}>
        {t('privacy.download.button')}
      </Button>
    </Card>
  );
}

function MyAccesses() {
  const problemText = useProblemText();
  const pager = useKeysetPager();
  const [{ data, fetching, error }, reload] = useQuery({ query: MyDataAccessesQuery, variables: { after: pager.after }, requestPolicy: 'cache-and-network' });
  const problem = problemOf(error);
  if (problem) return <PageError message={problemText(problem)} onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  const page = data?.myDataAccesses;
  return (
    <>
      <AccessTable rows={page?.edges.map((e) => e.node) ?? []} loading={fetching && !data} total={page?.totalCount} />
      <Pager pager={pager} hasNext={!!page?.pageInfo.hasNextPage} endCursor={page?.pageInfo.endCursor} />
    </>
  );
}

/** The administrator: every access, by kind and dates. */
function AllAccesses() {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const pager = useKeysetPager();
  const [kind, setKind] = useState<Kind | undefined>();
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const filter = useMemo(() => ({ kind, from: range?.[0].format('YYYY-MM-DD'), to: range?.[1].format('YYYY-MM-DD') }), [kind, range]);
  const [{ data, fetching, error }, reload] = useQuery({ query: DataAccessesQuery, variables: { filter, after: pager.after }, requestPolicy: 'cache-and-network' });
  const problem = problemOf(error);
  const page = data?.dataAccesses;
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('privacy.all.title')}
        </Typography.Title>
      }
      size="small"
      style={{ marginTop: 24 }}
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<Kind>
          allowClear
          style={{ minWidth: 240 }}
          aria-label={t('privacy.all.kind')}
          placeholder={t('privacy.all.anyKind')}
          value={kind}
          onChange={(k) => {
            setKind(k);
            pager.reset();
          }}
          options={KINDS.map((k) => ({ value: k, label: t(`privacy.kinds.${k}`) }))}
        />
        <DatePicker.RangePicker
          format={DATE_FORMAT}
          aria-label={t('privacy.all.dates')}
          value={range}
          onChange={(r) => {
            setRange(r?.[0] && r[1] ? [r[0], r[1]] : null);
            pager.reset();
          }}
        />
        <Button
          onClick={() => {
            setKind(undefined);
            setRange(null);
            pager.reset();
          }}
        >
          {t('privacy.all.clear')}
        </Button>
      </Space>
      {problem ? (
        <PageError message={problemText(problem)} onRetry={() => reload({ requestPolicy: 'network-only' })} />
      ) : (
        <>
          <AccessTable rows={page?.edges.map((e) => e.node) ?? []} loading={fetching && !data} total={page?.totalCount} withSubject />
          <Pager pager={pager} hasNext={!!page?.pageInfo.hasNextPage} endCursor={page?.pageInfo.endCursor} />
        </>
      )}
    </Card>
  );
}

/** The administrator sets how long notes and files are kept after a pilot ends. */
function RetentionCard() {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const { message } = App.useApp();
  const [{ data }] = useQuery({ query: RetentionSettingsQuery });
  const [{ fetching }, update] = useMutation(UpdateRetentionSettingsMutation);
  const s = data?.retentionSettings;
  if (!s) return null;
  const save = async (values: { workLogDays: number; spotCheckNoteDays: number; fileDays: number }) => {
    const res = await update({ input: { version: s.version, ...values } });
    const problem = problemOf(res.error);
    if (problem) void message.error(problemText(problem));
    else void message.success(t('privacy.retention.saved'));
  };
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('privacy.retention.title')}
        </Typography.Title>
      }
      size="small"
      style={{ marginTop: 24 }}
    >
      <Typography.Paragraph type="secondary">{t('privacy.retention.help')}</Typography.Paragraph>
      <Form layout="inline" key={s.version} initialValues={s} onFinish={(v) => void save(v)}>
        {(['workLogDays', 'spotCheckNoteDays', 'fileDays'] as const).map((field) => (
          <Form.Item key={field} name={field} label={t(`privacy.retention.${field}`)} rules={[{ required: true }]}>
            <InputNumber min={30} max={7300} />
          </Form.Item>
        ))}
        <Form.Item>
          <Button htmlType="submit" loading={fetching}>
            {t('privacy.retention.save')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}

/**
 * Ai đã xem dữ liệu của tôi (Decree 13/2023/NĐ-CP): every signed-in person sees who read their
 * evaluations or spot checks, or took their data (name and role, what, when, why), and downloads
 * everything held about them; the administrator also sees every access and sets retention.
 */
export function MyDataAccessesPage() {
  const { t } = useTranslation();
  const user = useSession()?.user;
  if (!user) return null;
  return (
    <>
      <PageHeading title={t('privacy.title')} subtitle={t('privacy.subtitle')} />
      <MyDataDownload />
      <MyAccesses />
      {user.role === 'ADMIN' && (
        <>
          <AllAccesses />
          <RetentionCard />
        </>
      )}
    </>
  );
}
