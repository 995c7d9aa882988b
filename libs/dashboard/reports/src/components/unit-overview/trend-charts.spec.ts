import { describeChart } from '@ketqua/charts';
import { trendCharts } from './trend-charts';

const texts = { rates: 'Tỷ lệ', units: 'Sản phẩm', completion: 'Hoàn thành', onTime: 'Đúng hạn', assigned: 'Được giao', delivered: 'Đã nghiệm thu' };

describe('the overview trend charts', () => {
  it('draws the rates as lines (gaps where a month had nothing) and the units as bars, one category per month', () => {
    const [rates, units] = trendCharts(
      [
        { label: '02/2026', unitsAssigned: 4, unitsDelivered: 3, completionRate: 75, onTimeRate: 100 },
        { label: '03/2026', unitsAssigned: 0, unitsDelivered: 0, completionRate: null, onTimeRate: null },
      ],
      texts,
    );
    expect(rates).toMatchObject({ kind: 'line', unit: 'percent', categories: ['02/2026', '03/2026'] });
    expect(rates.series.map((s) => s.values)).toEqual([
      [75, null],
      [100, null],
    ]);
    expect(units).toMatchObject({ kind: 'bar', unit: 'units', min: 0 });
    expect(units.series.map((s) => s.name)).toEqual(['Được giao', 'Đã nghiệm thu']);
    expect(describeChart(rates)).toBe('Hoàn thành: 02/2026 75 %; 03/2026 —. Đúng hạn: 02/2026 100 %; 03/2026 —');
  });
});
