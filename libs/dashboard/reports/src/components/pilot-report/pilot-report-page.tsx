import { problemOf, useSession, type PilotReportInput, type PilotReportQuery as PilotReportResult, type ReportCohort, type ReportPhase } from '@ketqua/dashboard/data-access';
import { Chart, formatDateTime, PageError, PageHeading, ResponsiveTable, TIME_ZONE, useLanguage, useProblemText } from '@ketqua/dashboard/ui';
import { describeChart, pilotReportCharts } from '@ketqua/charts';
import { GRADE_NAMES, type Grade } from '@ketqua/domain';
import { Alert, Button, Card, Col, Form, Row, Select, Space, Statistic, Tabs, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PilotReportQuery, ReportPilotsQuery } from '../../graphql/pilot-report/pilot-report.query';
import { addMonths, byNumber, decimal, defaultRanges, intervalExcludesZero, monthLabel, monthsBetween, percent, signed, type MonthRange } from '../../logic/pilot-report-logic';
import { CitizenServiceImportCard, CitizenServiceSection } from './citizen-service';
import { ExportPanel } from './export-panel';
import { BreakdownTable, useMetricColumns, type Metrics } from './report-tables';
import { CardTitle, SectionTitle, ScrollRegion } from './headings';

type Report = PilotReportResult['pilotReport'];
const CELLS = [
  ['HOME', 'BASELINE'],
  ['HOME', 'PILOT'],
  ['OFFICE', 'BASELINE'],
  ['OFFICE', 'PILOT'],
] as const;

const todayInHcmc = () => new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

interface Choice {
  pilotId: string;
  period: MonthRange;
  baseline: MonthRange;
  agencyId?: string;
  unitId?: string;
}

const inputOf = (c: Choice): PilotReportInput => ({
  pilotId: c.pilotId,
  period: c.period,
  baseline: c.baseline,
  agencyId: c.agencyId ?? null,
  unitId: c.unitId ?? null,
});

function monthOptions(from: string, to: string) {
  return monthsBetween(from, to)
    .reverse()
    .map((m) => ({ value: m, label: monthLabel(m) }));
}

/** Headline figures: the four cells (home/office × baseline/pilot), each with its main rates. */
function Headline({ summary, locale }: { summary: readonly Metrics[]; locale: string }) {
  const { t } = useTranslation();
  const cells = (['HOME', 'OFFICE'] as const).flatMap((cohort) => (['BASELINE', 'PILOT'] as const).map((phase) => summary.find((s) => s.cohort === cohort && s.phase === phase)));
  return (
    <section aria-labelledby="pilot-report-headline">
      <SectionTitle id="pilot-report-headline">{t('reports.pilot.headline.title')}</SectionTitle>
      <Row gutter={[12, 12]}>
        {cells.map((c, i) =>
          c ? (
            <Col key={i} xs={24} sm={12} xl={6}>
              <Card
                size="small"
                data-testid={`headline-${c.cohort}-${c.phase}`}
                title={<CardTitle level={3}>{`${t(`reports.pilot.cohortGroup.${c.cohort as ReportCohort}`)} · ${t(`reports.pilot.phase.${c.phase as ReportPhase}`)}`}</CardTitle>}
              >
                <Row gutter={[8, 8]}>
                  <Col span={12}>
                    <Statistic title={t('reports.pilot.headline.meanScore')} value={decimal(c.meanScore, locale)} />
                  </Col>
                  <Col span={12}>
                    <Statistic title={t('reports.pilot.headline.headcount')} value={c.headcount} formatter={(v) => new Intl.NumberFormat(locale).format(Number(v))} />
                  </Col>
                  <Col span={12}>
                    <Statistic title={t('reports.pilot.headline.completion')} value={percent(c.completionRatePercent, locale)} />
                  </Col>
                  <Col span={12}>
                    <Statistic title={t('reports.pilot.headline.onTime')} value={percent(c.onTimeRatePercent, locale)} />
                  </Col>
                  <Col span={12}>
                    <Statistic title={t('reports.pilot.headline.quality')} value={percent(c.meanQualityPercent, locale)} />
                  </Col>
                  <Col span={12}>
                    <Statistic title={t('reports.pilot.headline.spotChecks')} value={percent(c.spotCheckCompliancePercent, locale)} />
                  </Col>
                </Row>
              </Card>
            </Col>
          ) : null,
        )}
      </Row>
    </section>
  );
}

/** The difference in differences, with its interval in words and whether it excludes 0. */
function DidCard({ did, locale }: { did: Report['did']; locale: string }) {
  const { t } = useTranslation();
  const level = decimal(did.confidenceLevel * 100, locale, 0);
  const excludes = intervalExcludesZero(did.lower, did.upper);
  return (
    <Card size="small" title={<CardTitle>{t('reports.pilot.did.title')}</CardTitle>} data-testid="did">
      {did.estimate === null || did.lower === null || did.upper === null ? (
        <Alert type="warning" showIcon message={t('reports.pilot.did.unavailable', { reason: did.unavailableReason ?? '—' })} />
      ) : (
        <Space direction="vertical" size={8} style={{ width: '100%' }}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="did-sentence">
            {t('reports.pilot.did.sentence', { estimate: signed(did.estimate, locale), level, lower: signed(did.lower, locale), upper: signed(did.upper, locale) })}
          </Typography.Title>
          <Space wrap>
            <Tag color={excludes ? 'green' : 'default'} style={{ whiteSpace: 'normal' }}>
              {excludes ? t('reports.pilot.did.excludesZero', { level }) : t('reports.pilot.did.includesZero')}
            </Tag>
          </Space>
          <Typography.Text>
            {t('reports.pilot.did.how', {
              homePilot: decimal(did.homePilot, locale),
              homeBaseline: decimal(did.homeBaseline, locale),
              officePilot: decimal(did.officePilot, locale),
              officeBaseline: decimal(did.officeBaseline, locale),
            })}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('reports.pilot.did.bootstrap', { resamples: did.resamples, clusters: did.clusters, observations: did.observations, seed: did.seed })}
          </Typography.Text>
        </Space>
      )}
    </Card>
  );
}

function ReportBody({ report, locale, language }: { report: Report; locale: string; language: 'vi' | 'en' }) {
  const { t } = useTranslation();
  // The same ChartSpecs as the PDF export (libs/charts), in the reader's language.
  const charts = useMemo(() => pilotReportCharts(report, language), [report, language]);
  const cohortColumns = useMetricColumns<Metrics>(locale);
  // One row per grade, one column per cohort × phase: "count (share)".
  type GradeRow = { grade: string; cells: Record<string, { count: number; percent: number } | undefined> };
  const gradeRows: GradeRow[] = [];
  for (const g of report.gradeDistribution) {
    let row = gradeRows.find((r) => r.grade === g.grade);
    if (!row) gradeRows.push((row = { grade: g.grade, cells: {} }));
    row.cells[`${g.cohort}/${g.phase}`] = { count: g.count, percent: g.percent };
  }
  type Trend = Report['preTrend'][number];
  type Balance = Report['balance'][number];
  type Missing = Report['dataQuality']['missingEvaluations']['items'][number];
  type Moved = Report['dataQuality']['movedCohort']['items'][number];
  const cp = (r: { cohort: string; phase?: string }) =>
    `${t(`reports.pilot.cohort.${r.cohort as ReportCohort}`)}${r.phase ? ` · ${t(`reports.pilot.phase.${r.phase as ReportPhase}`)}` : ''}`;
  const { missingEvaluations: missing, movedCohort: moved } = report.dataQuality;
  const listed = (l: { count: number; items: readonly unknown[]; listLimit: number }) =>
    l.count > l.items.length ? (
      <Typography.Paragraph type="secondary">{t('reports.pilot.quality.listed', { shown: l.items.length, count: l.count, limit: l.listLimit })}</Typography.Paragraph>
    ) : null;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Paragraph style={{ margin: 0 }} data-testid="report-as-of">
        {t('reports.pilot.periods', {
          pilot: report.pilot.name,
          period: `${monthLabel(report.period.from)}–${monthLabel(report.period.to)}`,
          months: report.period.months,
          baseline: `${monthLabel(report.baseline.from)}–${monthLabel(report.baseline.to)}`,
          baselineMonths: report.baseline.months,
        })}
        <br />
        <Typography.Text type="secondary">
          {t('reports.pilot.asOf', { asOf: formatDateTime(report.asOf) })} ·{' '}
          {report.dataCutOff ? t('reports.pilot.cutOff', { cutOff: formatDateTime(report.dataCutOff) }) : t('reports.pilot.noCutOff')} ·{' '}
          {t('reports.pilot.ruleSets', { versions: report.ruleSetVersions.length ? report.ruleSetVersions.join(', ') : '—' })}
        </Typography.Text>
      </Typography.Paragraph>

      <Headline summary={report.summary} locale={locale} />
      <DidCard did={report.did} locale={locale} />

      <section aria-labelledby="pilot-report-charts">
        <SectionTitle id="pilot-report-charts">{t('reports.pilot.charts.title')}</SectionTitle>
        <Row gutter={[12, 12]}>
          {charts.map((spec, i) => (
            <Col key={spec.title} xs={24} lg={i === 0 ? 24 : 12}>
              <Card size="small">
                <Chart spec={spec} testId={`chart-${i}`} height={300} />
                <span hidden data-testid={`chart-${i}-description`}>
                  {describeChart(spec, locale)}
                </span>
              </Card>
            </Col>
          ))}
        </Row>
      </section>

      <Card size="small" title={<CardTitle>{t('reports.pilot.tables.title')}</CardTitle>}>
        <ScrollRegion label={t('reports.pilot.tables.title')}>
          <ResponsiveTable<Metrics>
            rowKey={(r) => `${r.cohort}/${r.phase}`}
            size="small"
            dataSource={report.summary}
            columns={cohortColumns}
            pagination={false}
            data-testid="cohort-table"
          />
        </ScrollRegion>
        <Tabs
          style={{ marginTop: 12 }}
          items={[
            { key: 'agency', label: t('reports.pilot.tables.byAgency'), children: <BreakdownTable rows={report.byAgency} lead="agency" locale={locale} testId="by-agency" /> },
            { key: 'unit', label: t('reports.pilot.tables.byUnit'), children: <BreakdownTable rows={report.byUnit} lead="unit" locale={locale} testId="by-unit" /> },
            {
              key: 'position',
              label: t('reports.pilot.tables.byPosition'),
              children: <BreakdownTable rows={report.byPosition} lead="position" locale={locale} testId="by-position" />,
            },
          ]}
        />
      </Card>

      <Row gutter={[12, 12]}>
        <Col xs={24} xxl={12}>
          <Card size="small" title={<CardTitle>{t('reports.pilot.grades.title')}</CardTitle>}>
            <ScrollRegion label={t('reports.pilot.grades.title')}>
              <ResponsiveTable<GradeRow>
                rowKey="grade"
                size="small"
                dataSource={gradeRows}
                pagination={false}
                columns={[
                  { key: 'grade', title: t('reports.pilot.grades.grade'), render: (_, g) => GRADE_NAMES[g.grade as Grade]?.[language] ?? g.grade },
                  ...CELLS.map(([cohort, phase]) => ({
                    key: `${cohort}/${phase}`,
                    title: cp({ cohort, phase }),
                    align: 'right' as const,
                    sorter: byNumber<GradeRow>((g) => g.cells[`${cohort}/${phase}`]?.percent),
                    render: (_: unknown, g: GradeRow) => {
                      const c = g.cells[`${cohort}/${phase}`];
                      return c ? `${c.count} (${percent(c.percent, locale)})` : '—';
                    },
                  })),
                ]}
              />
            </ScrollRegion>
          </Card>
        </Col>
        <Col xs={24} xxl={12}>
          <Card size="small" title={<CardTitle>{t('reports.pilot.preTrend.title')}</CardTitle>}>
            <ScrollRegion label={t('reports.pilot.preTrend.title')}>
              <ResponsiveTable<Trend>
                rowKey="month"
                size="small"
                dataSource={report.preTrend}
                pagination={false}
                columns={[
                  { key: 'month', title: t('reports.pilot.preTrend.month'), render: (_, p) => monthLabel(p.month) },
                  { key: 'homeMean', title: t('reports.pilot.preTrend.homeMean'), dataIndex: 'homeMean', align: 'right', render: (v: number | null) => decimal(v, locale) },
                  { key: 'homeCount', title: t('reports.pilot.preTrend.homeCount'), dataIndex: 'homeCount', align: 'right', responsive: ['md'] },
                  { key: 'officeMean', title: t('reports.pilot.preTrend.officeMean'), dataIndex: 'officeMean', align: 'right', render: (v: number | null) => decimal(v, locale) },
                  { key: 'officeCount', title: t('reports.pilot.preTrend.officeCount'), dataIndex: 'officeCount', align: 'right', responsive: ['md'] },
                ]}
              />
            </ScrollRegion>
          </Card>
        </Col>
      </Row>

      <Card size="small" title={<CardTitle>{t('reports.pilot.balance.title')}</CardTitle>} data-testid="balance">
        <Typography.Paragraph type="secondary">{t('reports.pilot.balance.hint')}</Typography.Paragraph>
        <ScrollRegion label={t('reports.pilot.balance.title')}>
          <ResponsiveTable<Balance>
            rowKey={(b) => `${b.dimension}/${b.key}`}
            size="small"
            dataSource={report.balance}
            pagination={false}
            columns={[
              { key: 'dimension', title: t('reports.pilot.balance.dimension'), render: (_, b) => t(`reports.pilot.balance.dimensions.${b.dimension}`) },
              { key: 'label', title: t('reports.pilot.balance.label'), dataIndex: 'label' },
              { key: 'homeCount', title: t('reports.pilot.balance.homeCount'), dataIndex: 'homeCount', align: 'right', responsive: ['md'] },
              {
                key: 'homeShare',
                title: t('reports.pilot.balance.homeShare'),
                dataIndex: 'homeSharePercent',
                align: 'right',
                render: (v: number) => percent(v, locale),
                sorter: byNumber<Balance>((b) => b.homeSharePercent),
              },
              { key: 'officeCount', title: t('reports.pilot.balance.officeCount'), dataIndex: 'officeCount', align: 'right', responsive: ['md'] },
              {
                key: 'officeShare',
                title: t('reports.pilot.balance.officeShare'),
                dataIndex: 'officeSharePercent',
                align: 'right',
                render: (v: number) => percent(v, locale),
                sorter: byNumber<Balance>((b) => b.officeSharePercent),
              },
            ]}
          />
        </ScrollRegion>
      </Card>

      <Card size="small" title={<CardTitle>{t('reports.pilot.quality.title')}</CardTitle>} data-testid="data-quality">
        <CardTitle level={3}>{t('reports.pilot.quality.missing', { count: missing.count })}</CardTitle>
        {listed(missing)}
        <ScrollRegion label={t('reports.pilot.quality.missing', { count: missing.count })}>
          <ResponsiveTable<Missing>
            rowKey={(m) => `${m.officialId}/${m.month}`}
            size="small"
            dataSource={missing.items}
            pagination={missing.items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            locale={{ emptyText: t('reports.pilot.quality.none') }}
            columns={[
              { key: 'official', title: t('reports.pilot.quality.official'), dataIndex: 'officialName', sorter: (a, b) => a.officialName.localeCompare(b.officialName, 'vi') },
              { key: 'unit', title: t('reports.pilot.quality.unit'), dataIndex: 'unitName', responsive: ['md'] },
              { key: 'cohort', title: t('reports.pilot.quality.cohort'), render: (_, m) => cp(m) },
              { key: 'month', title: t('reports.pilot.quality.month'), render: (_, m) => monthLabel(m.month), sorter: (a, b) => a.month.localeCompare(b.month) },
            ]}
          />
        </ScrollRegion>
        <div style={{ marginTop: 16 }}>
          <CardTitle level={3}>{t('reports.pilot.quality.moved', { count: moved.count })}</CardTitle>
        </div>
        {listed(moved)}
        <ScrollRegion label={t('reports.pilot.quality.moved', { count: moved.count })}>
          <ResponsiveTable<Moved>
            rowKey="officialId"
            size="small"
            dataSource={moved.items}
            pagination={moved.items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            locale={{ emptyText: t('reports.pilot.quality.none') }}
            columns={[
              { key: 'official', title: t('reports.pilot.quality.official'), dataIndex: 'officialName', sorter: (a, b) => a.officialName.localeCompare(b.officialName, 'vi') },
              { key: 'unit', title: t('reports.pilot.quality.unit'), dataIndex: 'unitName', responsive: ['md'] },
              { key: 'cohort', title: t('reports.pilot.quality.cohort'), render: (_, m) => cp({ cohort: m.cohort }) },
              { key: 'reasons', title: t('reports.pilot.quality.reasons'), render: (_, m) => m.reasons.map((r) => t(`reports.pilot.quality.reason.${r}`)).join('; ') },
            ]}
          />
        </ScrollRegion>
      </Card>

      <Card size="small" title={<CardTitle>{t('reports.pilot.method.title')}</CardTitle>} data-testid="method-note">
        <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: 0 }}>{report.methodNote[language]}</Typography.Paragraph>
      </Card>
    </Space>
  );
}

/**
 * Báo cáo thí điểm (PRODUCT.md 4.7, journey 3): HR picks a pilot, the pilot period and a baseline
 * before it, optionally an agency or a unit, reads the cohorts' figures, the difference in
 * differences with its interval, the charts and tables, and downloads the report as Excel, CSV or
 * PDF with a live progress bar. Every number is the API's (libs/domain); the page only lays it out.
 */
export function PilotReportPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const locale = language === 'en' ? 'en-GB' : 'vi-VN';
  const lang = language === 'en' ? 'en' : 'vi';
  const role = useSession()?.user.role;
  const problemText = useProblemText();
  const [{ data: pilotsData, fetching: loadingPilots, error: pilotsError }] = useQuery({ query: ReportPilotsQuery });
  const pilots = useMemo(() => pilotsData?.pilots.edges.map((e) => e.node) ?? [], [pilotsData]);
  const [form] = Form.useForm<Choice & { periodFrom: string; periodTo: string; baselineFrom: string; baselineTo: string }>();
  const [choice, setChoice] = useState<Choice | null>(null);
  const [citizenVersion, setCitizenVersion] = useState(0);
  const pilotId = Form.useWatch('pilotId', form);
  const agencyId = Form.useWatch('agencyId', form);
  const pilot = pilots.find((p) => p.id === pilotId);
  const today = todayInHcmc();

  // The first pilot (running first) and its default months, once the pilots are known.
  useEffect(() => {
    if (!pilots.length || form.getFieldValue('pilotId')) return;
    const first = pilots.find((p) => p.phase === 'RUNNING') ?? pilots[0];
    const d = defaultRanges(first, today);
    form.setFieldsValue({ pilotId: first.id, periodFrom: d.period.from, periodTo: d.period.to, baselineFrom: d.baseline.from, baselineTo: d.baseline.to });
  }, [pilots, form, today]);

  const onPilot = (id: string) => {
    const p = pilots.find((x) => x.id === id);
    if (!p) return;
    const d = defaultRanges(p, today);
    form.setFieldsValue({ periodFrom: d.period.from, periodTo: d.period.to, baselineFrom: d.baseline.from, baselineTo: d.baseline.to, agencyId: undefined, unitId: undefined });
  };

  const pilotStart = pilot?.startDate.slice(0, 7) ?? today.slice(0, 7);
  const pilotEnd = pilot ? (pilot.endDate.slice(0, 7) < today.slice(0, 7) ? pilot.endDate.slice(0, 7) : today.slice(0, 7)) : today.slice(0, 7);
  const periodMonths = monthOptions(pilotStart, pilotEnd);
  const baselineMonths = monthOptions(addMonths(pilotStart, -24), addMonths(pilotStart, -1));
  const units = (pilot?.units ?? []).filter((u) => !agencyId || u.agencyId === agencyId);

  const [{ data, fetching, error }, rerun] = useQuery({
    query: PilotReportQuery,
    variables: { input: choice ? inputOf(choice) : { pilotId: '', period: { from: '', to: '' }, baseline: { from: '', to: '' } } },
    pause: !choice,
    requestPolicy: 'network-only',
  });
  const problem = problemOf(error);
  const report = data?.pilotReport;

  const run = (v: { pilotId: string; periodFrom: string; periodTo: string; baselineFrom: string; baselineTo: string; agencyId?: string; unitId?: string }) =>
    setChoice({
      pilotId: v.pilotId,
      period: { from: v.periodFrom, to: v.periodTo },
      baseline: { from: v.baselineFrom, to: v.baselineTo },
      agencyId: v.agencyId || undefined,
      unitId: v.unitId || undefined,
    });

  return (
    <>
      <PageHeading title={t('reports.pilot.title')} subtitle={t('reports.pilot.subtitle')} />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small" title={<CardTitle>{t('reports.pilot.form.title')}</CardTitle>}>
          {pilotsError ? (
            <PageError message={problemText(problemOf(pilotsError) ?? { network: true, code: null, reason: null, message: null, fields: [], extensions: {} })} />
          ) : !loadingPilots && pilotsData && !pilots.length ? (
            <Alert type="info" showIcon message={t('reports.pilot.form.noPilots')} />
          ) : (
            <Form form={form} layout="vertical" onFinish={run} requiredMark={false}>
              <Row gutter={12}>
                <Col xs={24} lg={12}>
                  <Form.Item name="pilotId" label={t('reports.pilot.form.pilot')} rules={[{ required: true }]}>
                    <Select loading={loadingPilots} onChange={onPilot} options={pilots.map((p) => ({ value: p.id, label: `${p.name} (${p.decisionNumber})` }))} />
                  </Form.Item>
                </Col>
                <Col xs={12} lg={6}>
                  <Form.Item name="agencyId" label={t('reports.pilot.form.agency')}>
                    <Select
                      allowClear
                      placeholder={t('reports.pilot.form.allAgencies')}
                      onChange={() => form.setFieldValue('unitId', undefined)}
                      options={(pilot?.agencies ?? []).map((a) => ({ value: a.id, label: a.name }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} lg={6}>
                  <Form.Item name="unitId" label={t('reports.pilot.form.unit')}>
                    <Select
                      allowClear
                      showSearch
                      optionFilterProp="label"
                      placeholder={t('reports.pilot.form.allUnits')}
                      options={units.map((u) => ({ value: u.id, label: u.name }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item name="periodFrom" label={t('reports.pilot.form.periodFrom')} rules={[{ required: true }]}>
                    <Select options={periodMonths} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item name="periodTo" label={t('reports.pilot.form.periodTo')} rules={[{ required: true }]}>
                    <Select options={periodMonths} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item name="baselineFrom" label={t('reports.pilot.form.baselineFrom')} rules={[{ required: true }]}>
                    <Select options={baselineMonths} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item name="baselineTo" label={t('reports.pilot.form.baselineTo')} rules={[{ required: true }]}>
                    <Select options={baselineMonths} />
                  </Form.Item>
                </Col>
              </Row>
              <Space wrap align="center">
                <Button type="primary" htmlType="submit" loading={fetching}>
                  {t('reports.pilot.form.run')}
                </Button>
                <Typography.Text type="secondary">{t('reports.pilot.form.hint')}</Typography.Text>
              </Space>
            </Form>
          )}
        </Card>

        {choice && problem && <PageError message={problemText(problem)} onRetry={() => rerun({ requestPolicy: 'network-only' })} />}
        {choice && report && !problem && (
          <>
            <ExportPanel input={inputOf(choice)} locale={locale} />
            <ReportBody report={report} locale={locale} language={lang} />
          </>
        )}
        {choice && !problem && (
          <Row gutter={[12, 12]}>
            <Col xs={24} xl={role === 'HR' ? 16 : 24}>
              <CitizenServiceSection key={citizenVersion} input={inputOf(choice)} locale={locale} />
            </Col>
            {role === 'HR' && (
              <Col xs={24} xl={8}>
                <CitizenServiceImportCard onImported={() => setCitizenVersion((v) => v + 1)} />
              </Col>
            )}
          </Row>
        )}
      </Space>
    </>
  );
}
