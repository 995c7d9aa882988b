import { cleanText, isStorableText } from './input-transforms';

describe('cleanText: what a string input may hold, by kind', () => {
  it('refuses NUL and lone surrogates in every kind', () => {
    for (const kind of ['line', 'text', 'secret', 'fileName'] as const) {
      expect(cleanText('a\u0000b', kind)).toBeNull();
      expect(cleanText('a\ud800b', kind)).toBeNull();
      expect(cleanText('a\udc00', kind)).toBeNull();
    }
    expect(isStorableText('Hà Nội 😀')).toBe(true);
  });

  it('refuses control characters on one line, keeps line breaks and tabs in text (CR LF as LF)', () => {
    expect(cleanText('Dòng\nhai', 'line')).toBeNull();
    expect(cleanText('chuông\u0007', 'line')).toBeNull();
    expect(cleanText('C1 \u0085', 'line')).toBeNull();
    expect(cleanText('một\r\nhai\rba\tbốn', 'text')).toBe('một\nhai\nba\tbốn');
    expect(cleanText('thoát \u001b[31m', 'text')).toBeNull();
  });

  it('normalises to NFC except secrets, and drops control characters from file names', () => {
    const decomposed = 'Nguye\u0302\u0303n';
    expect(cleanText(decomposed, 'line')).toBe('Nguyễn');
    expect(cleanText(decomposed, 'secret')).toBe(decomposed);
    expect(cleanText('Báo cáo\r\n tuần\t10.pdf', 'fileName')).toBe('Báo cáo tuần10.pdf');
  });
});
