import { ChartSpec, describeChart, formatChartValue, renderChartSvg, toEChartsOption } from './index';

const trend: ChartSpec = {
  kind: 'line',
  title: 'Điểm bình quân theo tháng',
  categories: ['07/2025', '08/2025', '01/2026'],
  series: [
    { name: 'Nhóm làm việc tại nhà', values: [81.5, 82, null] },
    { name: 'Nhóm làm việc tại cơ quan', values: [80, 80.25, 81] },
  ],
  unit: 'score',
  markerBefore: { category: '01/2026', label: 'Bắt đầu thí điểm' },
};

describe('charts', () => {
  it('formats values the Vietnamese way and shows a gap as a dash', () => {
    expect(formatChartValue(87.5, 'percent')).toBe('87,5 %');
    expect(formatChartValue(12, 'count')).toBe('12');
    expect(formatChartValue(null, 'score')).toBe('—');
  });

  it('describes the data in words for screen readers and alt text', () => {
    expect(describeChart(trend)).toContain('Nhóm làm việc tại nhà: 07/2025 81,5; 08/2025 82; 01/2026 —');
  });

  it('bounds percent and score axes at 0–100 and keeps gaps as gaps', () => {
    const option = toEChartsOption(trend) as { yAxis: { min: number; max: number }; series: { data: unknown[] }[] };
    expect(option.yAxis).toMatchObject({ min: 0, max: 100 });
    expect(option.series[0].data).toEqual([81.5, 82, null]);
  });

  it('renders the same chart as an SVG document on the server, with its Vietnamese title and legend', () => {
    const svg = renderChartSvg(trend, { width: 640, height: 320 });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Điểm bình quân theo tháng');
    expect(svg).toContain('Nhóm làm việc tại cơ quan');
    expect(svg).toContain('Bắt đầu thí điểm');
  });
});
