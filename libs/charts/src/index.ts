// Charts: one ChartSpec, drawn by the dashboard (ECharts) and by the server as SVG (PDF exports).
export * from './chart-spec';
export { toEChartsOption, type EChartsOptionSettings } from './echarts-option';
export { renderChartSvg } from './render-svg';
export { chartMonth, pilotReportCharts, type PilotReportChartInput, type PilotReportChartLanguage } from './pilot-report-charts';
