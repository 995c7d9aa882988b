import { copyText } from './copy-writer';

describe('copyText (COPY text format)', () => {
  it('writes null as \\N, booleans as t/f, numbers as digits and dates as ISO', () => {
    expect(copyText(null)).toBe('\\N');
    expect(copyText(undefined)).toBe('\\N');
    expect(copyText(true)).toBe('t');
    expect(copyText(false)).toBe('f');
    expect(copyText(1.25)).toBe('1.25');
    expect(copyText(new Date('2026-12-01T02:00:00Z'))).toBe('2026-12-01T02:00:00.000Z');
  });

  it('escapes backslash, tab, newline and carriage return, and keeps Vietnamese text as it is', () => {
    expect(copyText('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(copyText('Gia hạn do bổ sung hồ sơ')).toBe('Gia hạn do bổ sung hồ sơ');
    expect(copyText('\\N')).toBe('\\\\N'); // the text "\N", not a null
  });

  it('writes JS arrays as array literals and objects as JSON', () => {
    expect(copyText([1, 3])).toBe('{1,3}');
    expect(copyText(['a b', null, 'say "x"'])).toBe('{"a b",NULL,"say \\\\"x\\\\""}');
    expect(copyText({ start: '08:00', note: 'a\tb' })).toBe('{"start":"08:00","note":"a\\\\tb"}');
  });
});
