import type { EChartsOption } from 'echarts';
import { CHART_PALETTE, ChartSpec, chartDefaults, describeChart, formatChartValue } from './chart-spec';

export interface EChartsOptionSettings {
  /** Font family of every text: the server passes the embedded PDF font (DejaVu Sans, full Vietnamese). */
  fontFamily?: string;
  /** Animation in the browser only; the SVG renderer draws the final frame. */
  animation?: boolean;
  locale?: string;
}

/** The ECharts option of a ChartSpec: the only place a chart's look is decided. */
export function toEChartsOption(spec: ChartSpec, settings: EChartsOptionSettings = {}): EChartsOption {
  const { min, max } = chartDefaults(spec);
  const locale = settings.locale ?? 'vi-VN';
  const textStyle = { fontFamily: settings.fontFamily ?? 'sans-serif', color: '#1f1f1f' };
  const markerIndex = spec.markerBefore ? spec.categories.indexOf(spec.markerBefore.category) : -1;
  return {
    animation: settings.animation ?? false,
    color: [...CHART_PALETTE],
    textStyle,
    aria: { enabled: true, label: { description: `${spec.title}. ${describeChart(spec, locale)}` } },
    title: {
      text: spec.title,
      subtext: spec.subtitle,
      left: 'center',
      textStyle: { ...textStyle, fontSize: 14, fontWeight: 'bold' },
      subtextStyle: { ...textStyle, fontSize: 11, color: '#4e5a65' },
    },
    legend: { bottom: 0, textStyle },
    grid: { left: 48, right: 16, top: spec.subtitle ? 64 : 48, bottom: 48, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (v) => formatChartValue(typeof v === 'number' ? v : null, spec.unit, locale) },
    // A few bars: every category named (ECharts would drop some labels as overlapping), long names broken over lines.
    xAxis: {
      type: 'category',
      data: [...spec.categories],
      axisLabel: { ...textStyle, fontSize: 11, ...(spec.kind === 'bar' && spec.categories.length <= 8 ? { interval: 0, width: 72, overflow: 'break' } : {}) },
    },
    yAxis: { type: 'value', min, max, axisLabel: { ...textStyle, fontSize: 11, formatter: (v: number) => formatChartValue(v, spec.unit, locale) } },
    series: spec.series.map((s, i) => ({
      name: s.name,
      type: spec.kind,
      data: [...s.values],
      connectNulls: false,
      symbol: spec.kind === 'line' ? ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow'][i % 6] : undefined,
      symbolSize: 7,
      ...(i === 0 && markerIndex > 0
        ? {
            markLine: {
              symbol: 'none',
              silent: true,
              label: { formatter: spec.markerBefore?.label, ...textStyle, fontSize: 11 },
              lineStyle: { type: 'dashed', color: '#4e5a65' },
              data: [{ xAxis: markerIndex - 0.5 }],
            },
          }
        : {}),
    })),
  } as EChartsOption;
}
