import type { ChartSpec } from '@ketqua/charts';

export interface TrendMonth {
  label: string;
  unitsAssigned: number;
  unitsDelivered: number;
  completionRate: number | null;
  onTimeRate: number | null;
}

export interface TrendTexts {
  rates: string;
  units: string;
  completion: string;
  onTime: string;
  assigned: string;
  delivered: string;
}

/**
 * The overview's two trend charts as ChartSpecs, built in one place from the API's monthly numbers.
 * Built here, in the dashboard, rather than in the API: their titles and legends are in the reader's
 * language and switch with it without a new request, the API keeps sending numbers only, and the
 * overview has no server-side export that would draw them as SVG (the pilot report, which does,
 * builds its own specs next to its PDF). `@ketqua/charts` still decides how a spec looks everywhere.
 */
export function trendCharts(months: readonly TrendMonth[], texts: TrendTexts): [ChartSpec, ChartSpec] {
  const categories = months.map((m) => m.label);
  return [
    {
      kind: 'line',
      title: texts.rates,
      categories,
      unit: 'percent',
      series: [
        { name: texts.completion, values: months.map((m) => m.completionRate) },
        { name: texts.onTime, values: months.map((m) => m.onTimeRate) },
      ],
    },
    {
      kind: 'bar',
      title: texts.units,
      categories,
      unit: 'units',
      min: 0,
      series: [
        { name: texts.assigned, values: months.map((m) => m.unitsAssigned) },
        { name: texts.delivered, values: months.map((m) => m.unitsDelivered) },
      ],
    },
  ];
}
