import type * as EChartsModule from 'echarts';
import { ChartSpec } from './chart-spec';
import { EChartsOptionSettings, toEChartsOption } from './echarts-option';

// Node's require, declared for this file alone: the dashboard's build type-checks it without Node's types
// (it never calls it: the SVG is drawn by the API).
declare const require: (id: 'echarts') => typeof EChartsModule;

/**
 * The chart as an SVG document, without a browser or a native canvas: ECharts' server-side SVG
 * renderer (`ssr: true`) draws the same option the dashboard draws. Used by the PDF exports.
 */
export function renderChartSvg(spec: ChartSpec, size: { width: number; height: number }, settings: EChartsOptionSettings = {}): string {
  // ECharts is loaded at the first chart drawn here (a PDF export), not when the API starts.
  const chart = require('echarts').init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption(toEChartsOption(spec, { ...settings, animation: false }));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
