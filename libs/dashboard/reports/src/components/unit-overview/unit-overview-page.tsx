import { ClockCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { formatChartValue } from '@ketqua/charts';
import { problemOf, type AssignmentStatus, type UnitOverviewQuery as UnitOverviewResult } from '@ketqua/dashboard/data-access';
import { Chart, formatDateTime, formatLocalDate, PageError, PageHeading, PageLoading, ResponsiveTable, useLanguage, useProblemText } from '@ketqua/dashboard/ui';
import { Badge, Card, Col, Flex, Row, Segmented, Space, Statistic, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { type MouseEvent, type ReactNode, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useSubscription } from 'urql';
import { UnitOverviewChangedSubscription } from '../../graphql/unit-overview/unit-overview-changed.subscription';
import { UnitOverviewQuery } from '../../graphql/unit-overview/unit-overview.query';
import { trendCharts } from './trend-charts';

type Overview = UnitOverviewResult['unitOverview'];
type Window = Overview['windows'][number];
type OfficialRow = Window['officials'][number];
type WindowKind = Window['kind'];

/** The team board's filters (the app turns them into its URL): a figure opens the rows behind it. */
export interface TeamRowsFilter {
  tab?: 'board' | 'queue';
  assigneeId?: string;
  statuses?: AssignmentStatus[];
  overdue?: boolean;
  dueFrom?: string;
  dueTo?: string;
}

export interface UnitOverviewLinks {
  team: (filter: TeamRowsFilter) => string;
  today: string;
  spotChecks: string;
}

/** Every status the figures count (PERIOD_ASSIGNMENT_RULE: cancelled work is not counted). */
const COUNTED: AssignmentStatus[] = ['ASSIGNED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'ACCEPTED'];

/**
 * Tổng quan đơn vị (PRODUCT.md journey 2): the head's landing page. Today's presence, the unit's and
 * each official's figures for this week, this month or the open evaluation period, the 6-month
 * trend, overdue work and the review queue; each figure links to the rows behind it. Refreshes live
 * when a deliverable of the unit is submitted or reviewed (unitOverviewChanged).
 */
export function UnitOverviewPage({ unitId, links, onNavigate }: { unitId?: string; links: UnitOverviewLinks; onNavigate: (href: string) => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const locale = language === 'en' ? 'en-GB' : 'vi-VN';
  const problemText = useProblemText();
  const [kind, setKind] = useState<WindowKind>('WEEK');
  // Only the chosen window's per-official rows are asked for; choosing another window refetches (the previous answer stays
  // shown meanwhile), and a window seen before is shown from the cache while it is asked again (the figures are live).
  const [{ data, fetching, error }, reexecute] = useQuery({ query: UnitOverviewQuery, variables: { unitId, window: kind }, requestPolicy: 'cache-and-network' });
  const [{ data: live }] = useSubscription({ query: UnitOverviewChangedSubscription, variables: { unitId } });
  const changedAt = live?.unitOverviewChanged.at;
  // Refetched after rendering: urql runs a subscription's handler inside a state update.
  useEffect(() => {
    if (changedAt) reexecute({ requestPolicy: 'network-only' });
  }, [changedAt, reexecute]);
  const overview = data?.unitOverview;
  const charts = useMemo(
    () =>
      overview
        ? trendCharts(overview.trend, {
            rates: t('reports.overview.trend.rates'),
            units: t('reports.overview.trend.units'),
            completion: t('reports.overview.trend.completion'),
            onTime: t('reports.overview.trend.onTime'),
            assigned: t('reports.overview.trend.assigned'),
            delivered: t('reports.overview.trend.delivered'),
          })
        : null,
    [overview, t],
  );

  if (error && !overview)
    return <PageError message={problemText(problemOf(error) ?? { network: true, message: null })} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!overview || !charts) return fetching ? <PageLoading /> : null;

  const window = overview.windows.find((w) => w.kind === kind) ?? overview.windows[0];
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? t('reports.overview.figures.none') : formatChartValue(v, 'percent', locale));
  const num = (v: number | null | undefined, unit: 'units' | 'score' = 'units') =>
    v === null || v === undefined ? t('reports.overview.figures.none') : formatChartValue(v, unit, locale);
  const go = (href: string) => (e: MouseEvent) => {
    e.preventDefault();
    onNavigate(href);
  };
  // The visible figure starts the link's name (WCAG 2.5.3); what the link opens follows for screen readers.
  const link = (href: string, label: string, children: ReactNode, testId?: string) => (
    <a href={href} onClick={go(href)} data-testid={testId} className="kq-overview-link">
      {children}
      <span className="kq-visually-hidden"> ({label})</span>
    </a>
  );
  const rows = (filter: Omit<TeamRowsFilter, 'dueFrom' | 'dueTo'>) => links.team({ dueFrom: window.from, dueTo: window.to, ...filter });
  const unit = window.unit;
  const overdueOf = new Map(overview.overdueByOfficial.map((r) => [r.officialId, r.count]));

  const figureCards: Array<{ key: string; title: string; value: string; hint: string; href?: string }> = [
    {
      key: 'completion',
      title: t('reports.overview.figures.completionRate'),
      value: pct(unit.completionRate),
      hint: t('reports.overview.figures.completionHint', { accepted: unit.accepted, assigned: unit.assigned }),
      href: rows({ statuses: COUNTED }),
    },
    {
      key: 'onTime',
      title: t('reports.overview.figures.onTimeRate'),
      value: pct(unit.onTimeRate),
      hint: t('reports.overview.figures.onTimeHint', { onTime: unit.acceptedOnTime, accepted: unit.accepted }),
      href: rows({ statuses: ['ACCEPTED'] }),
    },
    {
      key: 'units',
      title: t('reports.overview.figures.units'),
      value: `${num(unit.unitsDelivered)} / ${num(unit.unitsAssigned)}`,
      hint: t('reports.overview.figures.unitsHint'),
      href: rows({ statuses: COUNTED }),
    },
    {
      key: 'quality',
      title: t('reports.overview.figures.meanQuality'),
      value: pct(unit.meanQuality),
      hint: t('reports.overview.figures.meanQualityHint'),
      href: rows({ statuses: ['ACCEPTED'] }),
    },
    ...(kind === 'PERIOD'
      ? [
          {
            key: 'score',
            title: t('reports.overview.figures.runningScore'),
            value: num(unit.runningScore, 'score'),
            hint: t('reports.overview.figures.runningScoreHint'),
            href: rows({ statuses: COUNTED }),
          },
        ]
      : []),
    {
      key: 'spotChecks',
      title: t('reports.overview.figures.spotCheckCompliance'),
      value: pct(unit.spotCheckCompliance),
      hint: t('reports.overview.figures.spotCheckHint', { onTime: unit.spotChecksOnTime, owed: unit.spotChecksOwed }),
      href: links.spotChecks,
    },
    {
      key: 'parity',
      title: t('reports.overview.figures.parity'),
      value: String(unit.parityFlagged),
      hint: t('reports.overview.figures.parityHint'),
    },
  ];

  const columns: ColumnsType<OfficialRow> = [
    {
      key: 'name',
      title: t('reports.overview.officials.name'),
      render: (_, r) => (
        <Space size={4} wrap>
          <span>{r.official.fullName}</span>
          {r.homeWorker && <Tag color="blue">{t('reports.overview.officials.home')}</Tag>}
          {r.parityFlag && (
            <Tag color="red" icon={<WarningOutlined />}>
              {t('reports.overview.officials.parityFlag', { percent: formatChartValue(r.belowOfficeAveragePercent, 'units', locale) })}
            </Tag>
          )}
        </Space>
      ),
    },
    {
      key: 'completion',
      title: t('reports.overview.figures.completionRate'),
      align: 'right',
      render: (_, r) =>
        link(
          rows({ assigneeId: r.official.id, statuses: COUNTED }),
          t('reports.overview.openRows', { what: `${r.official.fullName}, ${t('reports.overview.figures.completionRate')}` }),
          `${pct(r.figures.completionRate)} (${r.figures.accepted}/${r.figures.assigned})`,
        ),
    },
    { key: 'onTime', title: t('reports.overview.figures.onTimeRate'), align: 'right', render: (_, r) => pct(r.figures.onTimeRate), responsive: ['sm'] },
    {
      key: 'units',
      title: t('reports.overview.figures.units'),
      align: 'right',
      render: (_, r) => `${num(r.figures.unitsDelivered)} / ${num(r.figures.unitsAssigned)}`,
      responsive: ['md'],
    },
    { key: 'quality', title: t('reports.overview.figures.meanQuality'), align: 'right', render: (_, r) => pct(r.figures.meanQuality), responsive: ['md'] },
    ...(kind === 'PERIOD'
      ? [
          {
            key: 'score',
            title: t('reports.overview.figures.runningScore'),
            align: 'right' as const,
            render: (_: unknown, r: OfficialRow) => num(r.figures.runningScore, 'score'),
            responsive: ['lg' as const],
          },
        ]
      : []),
    { key: 'spot', title: t('reports.overview.figures.spotCheckCompliance'), align: 'right', render: (_, r) => pct(r.figures.spotCheckCompliance), responsive: ['lg'] },
    {
      key: 'overdue',
      title: t('reports.overview.officials.overdue'),
      align: 'right',
      render: (_, r) => {
        const n = overdueOf.get(r.official.id) ?? 0;
        return n
          ? link(links.team({ assigneeId: r.official.id, overdue: true }), t('reports.overview.openRows', { what: `${r.official.fullName}, ${t('reports.overview.overdue')}` }), n)
          : 0;
      },
    },
  ];

  return (
    <>
      <PageHeading
        title={t('reports.overview.title')}
        subtitle={t('reports.overview.subtitle', { unit: overview.unitName, asOf: formatDateTime(overview.asOf) })}
        extra={
          <Tooltip title={t('reports.overview.liveHint')}>
            <Badge status="processing" text={t('reports.overview.live')} />
          </Tooltip>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12} xl={6}>
          <Card
            title={t('reports.overview.today.title')}
            size="small"
            extra={
              <a href={links.today} onClick={go(links.today)}>
                {t('reports.overview.today.open')}
              </a>
            }
          >
            {overview.today.workingDay ? (
              <Flex gap={16} wrap data-testid="overview-today">
                <Statistic title={t('reports.overview.today.home')} value={overview.today.home} />
                <Statistic title={t('reports.overview.today.office')} value={overview.today.office} />
                <Statistic title={t('reports.overview.today.away')} value={overview.today.away} />
              </Flex>
            ) : (
              <Typography.Text type="secondary">{t('reports.overview.today.dayOff')}</Typography.Text>
            )}
          </Card>
        </Col>
        <Col xs={12} md={6} xl={6}>
          <Card size="small">
            {link(
              links.team({ overdue: true }),
              t('reports.overview.openRows', { what: t('reports.overview.overdue') }),
              <Statistic
                title={t('reports.overview.overdue')}
                value={overview.overdue}
                valueStyle={overview.overdue ? { color: '#a61d24' } : undefined}
                prefix={<ClockCircleOutlined />}
              />,
              'overview-overdue',
            )}
          </Card>
        </Col>
        <Col xs={12} md={6} xl={6}>
          <Card size="small">
            {link(
              links.team({ tab: 'queue' }),
              t('reports.overview.openRows', { what: t('reports.overview.reviewQueue') }),
              <Statistic title={t('reports.overview.reviewQueue')} value={overview.reviewQueue} />,
              'overview-review-queue',
            )}
          </Card>
        </Col>
        <Col xs={24} md={24} xl={6}>
          <Card size="small">
            {link(
              links.spotChecks,
              t('reports.overview.openRows', { what: t('reports.overview.spotChecks') }),
              <Statistic title={t('reports.overview.figures.spotCheckCompliance')} value={pct(unit.spotCheckCompliance)} />,
            )}
            <Typography.Text type="secondary">{t('reports.overview.figures.spotCheckHint', { onTime: unit.spotChecksOnTime, owed: unit.spotChecksOwed })}</Typography.Text>
          </Card>
        </Col>
      </Row>

      <Flex wrap gap={12} align="center" style={{ margin: '24px 0 12px' }}>
        <Segmented<WindowKind>
          aria-label={t('reports.overview.windows.label')}
          value={window.kind}
          onChange={setKind}
          options={overview.windows.map((w) => ({ value: w.kind, label: t(`reports.overview.windows.${w.kind}`) }))}
        />
        <Typography.Text type="secondary">
          {t('reports.overview.range', { from: formatLocalDate(window.from), to: formatLocalDate(window.to) })}
          {window.kind === 'PERIOD' && window.periodName ? ` · ${t('reports.overview.period', { name: window.periodName })}` : ''}
        </Typography.Text>
        {!overview.windows.some((w) => w.kind === 'PERIOD') && <Typography.Text type="secondary">{t('reports.overview.noPeriod')}</Typography.Text>}
      </Flex>

      <Row gutter={[16, 16]} data-testid="overview-figures">
        {figureCards.map((f) => (
          <Col key={f.key} xs={12} md={8} xl={kind === 'PERIOD' ? 3 : 4} style={{ minWidth: 150, flexGrow: 1 }}>
            <Card size="small" style={{ height: '100%' }}>
              {f.href ? (
                link(f.href, t('reports.overview.openRows', { what: f.title }), <Statistic title={f.title} value={f.value} />, `overview-figure-${f.key}`)
              ) : (
                <Statistic title={f.title} value={f.value} />
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {f.hint}
              </Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>

      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 24 }}>
        {t('reports.overview.officials.title')}
      </Typography.Title>
      <ResponsiveTable<OfficialRow>
        rowKey={(r) => r.official.id}
        size="middle"
        columns={columns}
        dataSource={window.officials}
        loading={fetching}
        pagination={false}
        locale={{ emptyText: t('reports.overview.officials.empty') }}
      />

      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 24 }}>
        {t('reports.overview.trend.title')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {charts.map((spec, i) => (
          <Col key={spec.title} xs={24} lg={12}>
            <Card size="small">
              <Chart spec={spec} testId={`overview-trend-${i}`} />
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
