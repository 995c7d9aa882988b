import dayjs from 'dayjs';
import { periodRange } from './period-range';

const days = (r: [dayjs.Dayjs, dayjs.Dayjs]) => r.map((d) => d.format('YYYY-MM-DD'));

describe('periodRange: the due range a month or quarter filter stands for', () => {
  it.each([
    ['month', '2026-02-17', ['2026-02-01', '2026-02-28']],
    ['month', '2028-02-10', ['2028-02-01', '2028-02-29']],
    ['month', '2026-12-31', ['2026-12-01', '2026-12-31']],
    ['quarter', '2026-01-01', ['2026-01-01', '2026-03-31']],
    ['quarter', '2026-05-20', ['2026-04-01', '2026-06-30']],
    ['quarter', '2026-09-30', ['2026-07-01', '2026-09-30']],
    ['quarter', '2026-11-23', ['2026-10-01', '2026-12-31']],
  ] as const)('%s of %s is %j', (kind, at, expected) => {
    expect(days(periodRange(kind, dayjs(at)))).toEqual(expected);
  });
});
