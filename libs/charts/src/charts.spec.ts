import { ChartSpec, describeChart, formatChartValue, pilotReportCharts, renderChartSvg, toEChartsOption } from './index';

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

describe('pilot report charts', () => {
  const report = {
    preTrend: [
      { month: '2025-09', homeMean: 80, officeMean: 79.5 },
      { month: '2025-10', homeMean: null, officeMean: 80 },
    ],
    gradeDistribution: [
      { cohort: 'HOME', phase: 'PILOT', grade: 'HOAN_THANH_TOT', percent: 62.5 },
      { cohort: 'HOME', phase: 'BASELINE', grade: 'HOAN_THANH_TOT', percent: 10 },
      { cohort: 'OFFICE', phase: 'PILOT', grade: 'HOAN_THANH', percent: 40 },
    ],
    summary: [
      { cohort: 'HOME', phase: 'BASELINE', meanScore: 80 },
      { cohort: 'HOME', phase: 'PILOT', meanScore: 85 },
      { cohort: 'OFFICE', phase: 'BASELINE', meanScore: 79 },
      { cohort: 'OFFICE', phase: 'PILOT', meanScore: null },
    ],
  };

  it('builds the pre-trend, the pilot grade distribution and the cohort means from the report’s numbers only', () => {
    const [trend, grades, means] = pilotReportCharts(report);
    expect(trend).toMatchObject({ kind: 'line', unit: 'score', categories: ['09/2025', '10/2025'], subtitle: 'Trước thí điểm: 09/2025–10/2025' });
    expect(trend.series.map((s) => s.values)).toEqual([
      [80, null],
      [79.5, 80],
    ]);
    expect(grades.categories).toEqual(['Xuất sắc', 'Tốt', 'Hoàn thành', 'Không hoàn thành', 'Không xếp loại']);
    expect(grades.series.map((s) => [s.name, s.values])).toEqual([
      ['Nhóm tại nhà', [0, 62.5, 0, 0, 0]],
      ['Nhóm tại cơ quan', [0, 0, 40, 0, 0]],
    ]);
    expect(means.series.map((s) => s.values)).toEqual([
      [80, 85],
      [79, null],
    ]);
  });

  it('speaks the reader’s language and shows an empty pre-trend as a dash', () => {
    const [trend, , means] = pilotReportCharts({ ...report, preTrend: [] }, 'en');
    expect(trend.subtitle).toBe('Before the pilot: —');
    expect(means.categories).toEqual(['Baseline', 'Pilot period']);
  });
});

describe('category labels', () => {
  it('names every bar of a short bar chart (no label dropped as overlapping), long names broken over lines', () => {
    const option = toEChartsOption({
      kind: 'bar',
      title: 'x',
      unit: 'percent',
      categories: ['Xuất sắc', 'Tốt', 'Hoàn thành', 'Không hoàn thành', 'Không xếp loại'],
      series: [],
    }) as {
      xAxis: { axisLabel: Record<string, unknown> };
    };
    expect(option.xAxis.axisLabel).toMatchObject({ interval: 0, overflow: 'break' });
    const months = toEChartsOption(trend) as { xAxis: { axisLabel: Record<string, unknown> } };
    expect(months.xAxis.axisLabel['interval']).toBeUndefined();
  });
});
