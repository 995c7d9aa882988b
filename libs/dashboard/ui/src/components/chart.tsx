import { useEffect, useRef } from 'react';
import * as echarts from 'echarts';
import { ChartSpec, describeChart, toEChartsOption } from '@ketqua/charts';
import { prefersReducedMotion } from './reduced-motion';
import { useLanguage } from './ui-provider';

export interface ChartProps {
  spec: ChartSpec;
  height?: number;
  /** A click on a point or bar: its category (x value) and series name, to open the rows behind it. */
  onSelect?: (point: { category: string; series: string }) => void;
  testId?: string;
}

/**
 * A ChartSpec drawn with ECharts in the browser (SVG renderer, as the server's PDF charts), with its
 * title as accessible name and the data in words beside it for screen readers.
 */
export function Chart({ spec, height = 280, onSelect, testId }: ChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { language } = useLanguage();
  const locale = language === 'en' ? 'en-GB' : 'vi-VN';
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption(toEChartsOption(spec, { animation: !prefersReducedMotion(), locale }));
    if (onSelect) chart.on('click', (event) => onSelect({ category: String(event.name), series: String(event.seriesName ?? '') }));
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => chart.resize()) : null;
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      chart.dispose();
    };
  }, [spec, onSelect, locale]);
  return (
    <figure style={{ margin: 0 }} data-testid={testId}>
      <div ref={ref} role="img" aria-label={spec.title} style={{ width: '100%', height }} />
      <figcaption className="kq-visually-hidden">{describeChart(spec, locale)}</figcaption>
    </figure>
  );
}
