import { formatHours, formatMinutes } from './duration';

describe('time spent is shown one way on every page', () => {
  it.each([
    [0, '0 phút', '0 min'],
    [45, '45 phút', '45 min'],
    [60, '1 giờ', '1 h'],
    [90, '1 giờ 30 phút', '1 h 30 min'],
    [125, '2 giờ 5 phút', '2 h 5 min'],
    [1440, '24 giờ', '24 h'],
  ])('%i minutes: "%s" in Vietnamese, "%s" in English', (minutes, vi, en) => {
    expect(formatMinutes(minutes, 'vi')).toBe(vi);
    expect(formatMinutes(minutes, 'en')).toBe(en);
  });

  it('hours from the API (1.5, 1.33) read the same as minutes, never as a decimal', () => {
    expect(formatHours(1.5, 'vi')).toBe('1 giờ 30 phút');
    expect(formatHours(1.33, 'en')).toBe('1 h 20 min');
    expect(formatHours(0, 'vi')).toBe('0 phút');
  });
});
