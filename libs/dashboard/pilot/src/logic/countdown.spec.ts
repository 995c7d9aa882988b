import { formatCountdown, secondsLeft } from './countdown';

describe('secondsLeft', () => {
  const prompt = { answerBy: '2026-12-01T02:15:00.000Z', promptedAt: '2026-12-01T02:00:00.000Z' };

  it('counts a live prompt from the server’s promptedAt, whatever the device clock says', () => {
    const deviceNow = Date.parse('2031-01-01T00:00:00Z'); // a device years off
    expect(secondsLeft({ ...prompt, receivedAtMs: deviceNow }, deviceNow)).toBe(900);
    expect(secondsLeft({ ...prompt, receivedAtMs: deviceNow }, deviceNow + 61_500)).toBe(838);
    expect(secondsLeft({ ...prompt, receivedAtMs: deviceNow }, deviceNow + 901_000)).toBe(0);
  });

  it('falls back to the device clock for a check loaded after a reload', () => {
    expect(secondsLeft({ ...prompt, receivedAtMs: null }, Date.parse('2026-12-01T02:10:00Z'))).toBe(300);
    expect(secondsLeft({ ...prompt, receivedAtMs: null }, Date.parse('2026-12-01T03:00:00Z'))).toBe(0);
  });
});

describe('formatCountdown', () => {
  it.each([
    [900, '15:00'],
    [65, '01:05'],
    [0, '00:00'],
    [-3, '00:00'],
    [3723, '1:02:03'],
  ])('%d s → %s', (s, text) => expect(formatCountdown(s)).toBe(text));
});
