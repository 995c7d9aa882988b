import type { PilotReportQuery, ReportCohort, ReportPhase } from '@ketqua/dashboard/data-access';
import { ResponsiveTable } from '@ketqua/dashboard/ui';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { byNumber, decimal, percent } from '../../logic/pilot-report-logic';
import { ScrollRegion } from './headings';

type Report = PilotReportQuery['pilotReport'];
export type Metrics = Report['summary'][number];
type BreakdownRow = Report['byAgency'][number];

/** One table row per entity × cohort × phase (the exports' shape), with the entity named on each. */
interface FlatRow extends Metrics {
  key: string;
  name: string;
  agencyName: string;
}

const ORDER: Record<string, number> = { 'HOME/BASELINE': 0, 'HOME/PILOT': 1, 'OFFICE/BASELINE': 2, 'OFFICE/PILOT': 3 };

/** The metric columns of a cell, sortable, with Vietnamese headers and percent formatting. */
export function useMetricColumns<T extends Metrics>(locale: string): ColumnsType<T> {
  const { t } = useTranslation();
  const pct = (key: 'completionRatePercent' | 'onTimeRatePercent' | 'meanQualityPercent' | 'spotCheckCompliancePercent', title: string, responsive = true) => ({
    key,
    title,
    dataIndex: key,
    align: 'right' as const,
    sorter: byNumber<T>((r) => r[key]),
    render: (v: number | null) => percent(v, locale),
    ...(responsive ? { responsive: ['lg' as const] } : {}),
  });
  return [
    {
      key: 'cohortPhase',
      title: t('reports.pilot.tables.cohortPhase'),
      render: (_, r) => `${t(`reports.pilot.cohort.${r.cohort as ReportCohort}`)} · ${t(`reports.pilot.phase.${r.phase as ReportPhase}`)}`,
      sorter: (a, b) => (ORDER[`${a.cohort}/${a.phase}`] ?? 0) - (ORDER[`${b.cohort}/${b.phase}`] ?? 0),
    },
    { key: 'headcount', title: t('reports.pilot.tables.headcount'), dataIndex: 'headcount', align: 'right', sorter: byNumber<T>((r) => r.headcount) },
    { key: 'assignments', title: t('reports.pilot.tables.assignments'), dataIndex: 'assignments', align: 'right', sorter: byNumber<T>((r) => r.assignments), responsive: ['md'] },
    pct('completionRatePercent', t('reports.pilot.tables.completion'), false),
    pct('onTimeRatePercent', t('reports.pilot.tables.onTime')),
    pct('meanQualityPercent', t('reports.pilot.tables.quality')),
    {
      key: 'meanScore',
      title: t('reports.pilot.tables.meanScore'),
      dataIndex: 'meanScore',
      align: 'right',
      sorter: byNumber<T>((r) => r.meanScore),
      render: (v: number | null) => decimal(v, locale),
    },
    pct('spotCheckCompliancePercent', t('reports.pilot.tables.spotChecks')),
    {
      key: 'workloadPerOfficial',
      title: t('reports.pilot.tables.workload'),
      dataIndex: 'workloadPerOfficial',
      align: 'right',
      sorter: byNumber<T>((r) => r.workloadPerOfficial),
      render: (v: number | null) => decimal(v, locale, 2),
      responsive: ['xl'],
    },
  ];
}

/** A breakdown (by agency, unit or position) as one sortable table. */
export function BreakdownTable({ rows, lead, locale, testId }: { rows: readonly BreakdownRow[]; lead: 'agency' | 'unit' | 'position'; locale: string; testId: string }) {
  const { t } = useTranslation();
  const metrics = useMetricColumns<FlatRow>(locale);
  const flat: FlatRow[] = rows.flatMap((r) => r.cells.map((c) => ({ ...c, key: `${r.id}/${c.cohort}/${c.phase}`, name: r.name, agencyName: r.agencyName })));
  const byName = (a: FlatRow, b: FlatRow) => a.name.localeCompare(b.name, 'vi');
  const columns: ColumnsType<FlatRow> = [
    { key: 'name', title: t(`reports.pilot.tables.${lead}`), dataIndex: 'name', sorter: byName, defaultSortOrder: 'ascend' },
    ...(lead === 'unit'
      ? [
          {
            key: 'agency',
            title: t('reports.pilot.tables.agency'),
            dataIndex: 'agencyName',
            sorter: (a: FlatRow, b: FlatRow) => a.agencyName.localeCompare(b.agencyName, 'vi'),
            responsive: ['lg' as const],
          },
        ]
      : []),
    ...metrics,
  ];
  return (
    <div data-testid={testId}>
      <ScrollRegion label={t(`reports.pilot.tables.${lead === 'agency' ? 'byAgency' : lead === 'unit' ? 'byUnit' : 'byPosition'}`)}>
        <ResponsiveTable<FlatRow>
          rowKey="key"
          size="small"
          dataSource={flat}
          columns={columns}
          pagination={flat.length > 40 ? { pageSize: 40, showSizeChanger: false } : false}
          locale={{ emptyText: t('reports.pilot.tables.empty') }}
        />
      </ScrollRegion>
    </div>
  );
}
