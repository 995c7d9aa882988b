import { GRADES } from '@ketqua/domain';
import { ChartSpec } from './chart-spec';

/**
 * The pilot report's charts (Báo cáo thí điểm, PRODUCT.md 4.7) as ChartSpecs: the one description
 * both the dashboard page and the PDF export draw, so the browser and the paper show the same
 * chart. Built only from the report's numbers (nothing is computed here but labels); the input is
 * the part of the report the charts read, so the API's model and the dashboard's GraphQL result
 * both fit it.
 */
export interface PilotReportChartInput {
  preTrend: readonly { month: string; homeMean: number | null; officeMean: number | null }[];
  gradeDistribution: readonly { cohort: string; phase: string; grade: string; percent: number }[];
  summary: readonly { cohort: string; phase: string; meanScore: number | null }[];
}

export type PilotReportChartLanguage = 'vi' | 'en';

const LABELS = {
  vi: {
    preTrend: 'Điểm bình quân hằng tháng trước thí điểm',
    preTrendSubtitle: (range: string) => `Trước thí điểm: ${range}`,
    grades: 'Phân bố xếp loại trong kỳ thí điểm',
    cohortMeans: 'Điểm bình quân theo nhóm và kỳ',
    home: 'Nhóm tại nhà',
    office: 'Nhóm tại cơ quan',
    baseline: 'Kỳ so sánh',
    pilot: 'Kỳ thí điểm',
    // Short names on the axis (the full decree names would not fit under five bars); the tables have the full ones.
    grade: { HOAN_THANH_XUAT_SAC: 'Xuất sắc', HOAN_THANH_TOT: 'Tốt', HOAN_THANH: 'Hoàn thành', KHONG_HOAN_THANH: 'Không hoàn thành', NOT_CLASSIFIED: 'Không xếp loại' },
  },
  en: {
    preTrend: 'Monthly mean score before the pilot',
    preTrendSubtitle: (range: string) => `Before the pilot: ${range}`,
    grades: 'Grade distribution in the pilot period',
    cohortMeans: 'Mean score by cohort and period',
    home: 'Home cohort',
    office: 'Office cohort',
    baseline: 'Baseline',
    pilot: 'Pilot period',
    grade: { HOAN_THANH_XUAT_SAC: 'Excellent', HOAN_THANH_TOT: 'Good', HOAN_THANH: 'Completed', KHONG_HOAN_THANH: 'Not completed', NOT_CLASSIFIED: 'Not classified' },
  },
} as const;

/** "2026-03" → "03/2026". */
export const chartMonth = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;

/** The pre-trend chart, the grade distribution of the pilot period and the cohort means by phase, in that order. */
export function pilotReportCharts(report: PilotReportChartInput, language: PilotReportChartLanguage = 'vi'): ChartSpec[] {
  const l = LABELS[language];
  const cohorts = [
    { key: 'HOME', name: l.home },
    { key: 'OFFICE', name: l.office },
  ];
  const first = report.preTrend[0];
  const last = report.preTrend[report.preTrend.length - 1];
  const meanOf = (cohort: string, phase: string) => report.summary.find((s) => s.cohort === cohort && s.phase === phase)?.meanScore ?? null;
  return [
    {
      kind: 'line',
      title: l.preTrend,
      subtitle: l.preTrendSubtitle(first && last ? `${chartMonth(first.month)}–${chartMonth(last.month)}` : '—'),
      unit: 'score',
      categories: report.preTrend.map((p) => chartMonth(p.month)),
      series: [
        { name: l.home, values: report.preTrend.map((p) => p.homeMean) },
        { name: l.office, values: report.preTrend.map((p) => p.officeMean) },
      ],
    },
    {
      kind: 'bar',
      title: l.grades,
      unit: 'percent',
      categories: GRADES.map((g) => l.grade[g]),
      series: cohorts.map((c) => ({
        name: c.name,
        values: GRADES.map((g) => report.gradeDistribution.find((s) => s.cohort === c.key && s.phase === 'PILOT' && s.grade === g)?.percent ?? 0),
      })),
    },
    {
      kind: 'bar',
      title: l.cohortMeans,
      unit: 'score',
      categories: [l.baseline, l.pilot],
      series: cohorts.map((c) => ({ name: c.name, values: ['BASELINE', 'PILOT'].map((phase) => meanOf(c.key, phase)) })),
    },
  ];
}
