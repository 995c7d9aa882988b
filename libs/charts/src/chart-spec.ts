/**
 * One description of a chart, drawn the same way by the dashboard (ECharts in the browser) and by
 * the server (ECharts' SVG renderer, for the PDF exports): the report and the dashboard build a
 * ChartSpec from their numbers, never an ECharts option of their own.
 */
export type ChartKind = 'line' | 'bar';

/** How the values read: percent (0–100, shown "87,5 %"), a score (0–100 points), a count or converted units. */
export type ChartUnit = 'percent' | 'score' | 'count' | 'units';

export interface ChartSeries {
  /** Legend label, already in the reader's language (NFC). */
  name: string;
  /** One value per category; null where there is no value (a gap, not a zero). */
  values: readonly (number | null)[];
}

export interface ChartSpec {
  kind: ChartKind;
  /** Title, already in the reader's language; also the chart's accessible name. */
  title: string;
  /** The x axis (months "07/2025", units, grades…), in order. */
  categories: readonly string[];
  series: readonly ChartSeries[];
  unit: ChartUnit;
  /** Fixed value axis bounds; by default 0–100 for percent and score, from the data otherwise. */
  min?: number;
  max?: number;
  /** Optional line under the title (e.g. "Trước thí điểm: 07/2025–12/2025"). */
  subtitle?: string;
  /** A vertical marker between two categories, e.g. where the pilot started: the category it precedes. */
  markerBefore?: { category: string; label: string };
}

/** Colours with at least 3:1 contrast on white (WCAG 1.4.11 for graphics) and distinguishable in greyscale order. */
export const CHART_PALETTE = ['#1f5fa8', '#b4540a', '#2e7d32', '#7b1fa2', '#a61d24', '#4e5a65'] as const;

export function chartDefaults(spec: ChartSpec): { min?: number; max?: number } {
  const bounded = spec.unit === 'percent' || spec.unit === 'score';
  return { min: spec.min ?? (bounded ? 0 : undefined), max: spec.max ?? (bounded ? 100 : undefined) };
}

/** The value as a reader sees it, Vietnamese decimal comma by default. */
export function formatChartValue(value: number | null, unit: ChartUnit, locale = 'vi-VN'): string {
  if (value === null) return '—';
  const digits = unit === 'count' ? 0 : 1;
  const text = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
  return unit === 'percent' ? `${text} %` : text;
}

/** A plain-text summary of the data (screen readers, PDF alt text): "Nhóm tại nhà: 07/2025 82,5; …". */
export function describeChart(spec: ChartSpec, locale = 'vi-VN'): string {
  return spec.series.map((s) => `${s.name}: ${spec.categories.map((c, i) => `${c} ${formatChartValue(s.values[i] ?? null, spec.unit, locale)}`).join('; ')}`).join('. ');
}
