import { palette, status, text, theme } from './theme';

// WCAG 2.1 relative luminance and contrast ratio.
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

/** The surfaces text sits on: white, the page, table stripes, disabled fields, selected rows/tree nodes. */
const SURFACES = ['#ffffff', palette.page, '#fafafa', '#f5f5f5', '#dae3e8'];
/** Ant Design's shade 1 of each preset: the background of a filled tag of that colour. */
const TAG_BACKGROUNDS: Record<keyof typeof status.presetText, string> = {
  green: '#f6ffed',
  gold: '#fffbe6',
  orange: '#fff7e6',
  volcano: '#fff2e8',
  red: '#fff1f0',
  cyan: '#e6fffb',
  lime: '#fcffe6',
  yellow: '#feffe6',
  blue: '#e6f4ff',
  geekblue: '#f0f5ff',
  purple: '#f9f0ff',
  magenta: '#fff0f6',
};

describe('theme colours (WCAG 2.1 AA, 4.5:1 for text)', () => {
  it.each(Object.entries(text))('%s text reads on every surface', (_, color) => {
    for (const surface of SURFACES) expect(contrast(color, surface)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(Object.entries(status.presetText))('a %s tag reads on its own background', (name, color) => {
    expect(contrast(color, TAG_BACKGROUNDS[name as keyof typeof TAG_BACKGROUNDS])).toBeGreaterThanOrEqual(4.5);
  });

  it('status text (success, warning, error, info) reads on white and on its tag background', () => {
    expect(contrast(status.success, '#f6ffed')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(status.warning, '#fffbe6')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(status.error, '#fff2f0')).toBeGreaterThanOrEqual(4.5);
    for (const c of [status.success, status.warning, status.error, status.info, palette.blue]) expect(contrast(c, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('is what the theme hands to Ant Design', () => {
    expect(theme.token).toMatchObject({
      colorTextTertiary: text.tertiary,
      colorTextDescription: text.tertiary,
      colorTextPlaceholder: text.quaternary,
      colorTextDisabled: text.quaternary,
      colorError: status.error,
      colorSuccessText: status.success,
    });
    expect(theme.components?.Tag).toMatchObject({ colorSuccess: status.success, colorWarning: status.warning, green7: status.presetText.green, gold7: status.presetText.gold });
  });
});
