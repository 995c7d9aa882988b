import type { ThemeConfig } from 'antd';

/** Ketqua's look: a sober navy header with a gold rule, as the city's public-service portals use. */
export const palette = {
  navy: '#0f3a68',
  navyDark: '#0a2a4d',
  blue: '#1a5fa8',
  gold: '#e0b43a',
  page: '#f3f5f8',
  border: '#e3e8ef',
  muted: '#4f5b6a',
} as const;

/**
 * Text colours that pass WCAG 2.1 AA (4.5:1) on every surface the dashboard uses: white, the page
 * (#f3f5f8), table stripes (#fafafa), disabled fields (#f5f5f5) and selected rows or tree nodes
 * (#dae3e8). Ant Design's defaults are translucent blacks (0.45 → #8c8c8c, 3.4:1; 0.25 → #bfbfbf,
 * 1.8:1), which fail on all of them; solid colours keep the same hierarchy and pass.
 */
export const text = {
  /** Labels, secondary lines. */
  secondary: '#434e5c',
  /** Descriptions, captions, Descriptions labels, Statistic titles, empty states. */
  tertiary: palette.muted,
  /** Placeholders and empty-table text: still read by users, so no fainter than 4.5:1. */
  quaternary: '#55606e',
} as const;

/**
 * Status colours, one palette for every tag and status text (work, enrollments, spot checks,
 * presence, calendar). Each text colour is ≥ 4.5:1 on its tag background (the preset's shade 1);
 * Ant Design's presets use shade 7, which for green, gold, orange, cyan, lime and yellow is
 * 2.0–3.4:1 ("Đã nghiệm thu" 2.2:1, "Chờ duyệt" 2.75:1).
 */
export const status = {
  success: '#237804',
  warning: '#874d00',
  error: '#c41d1d',
  info: palette.blue,
  /** Preset tag colour name → its text colour (background stays the preset's shade 1). */
  presetText: {
    green: '#237804',
    gold: '#874d00',
    orange: '#873800',
    volcano: '#ad2102',
    red: '#a8071a',
    cyan: '#006d75',
    lime: '#3f6600',
    yellow: '#876800',
    blue: '#0958d9',
    geekblue: '#1d39c4',
    purple: '#531dab',
    magenta: '#c41d7f',
  },
} as const;

/** `green` → `{ green7: '#237804' }`: the token Ant Design's preset tags take their text from. */
const presetTextTokens = Object.fromEntries(Object.entries(status.presetText).map(([name, color]) => [`${name}7`, color]));

export const theme: ThemeConfig = {
  cssVar: { key: 'ketqua' },
  token: {
    colorPrimary: palette.blue,
    colorLink: palette.blue,
    colorInfo: palette.blue,
    colorBgLayout: palette.page,
    // Danger buttons, error text and the error tag read on white and on the error background.
    colorError: status.error,
    // Success text (Typography type="success": "Trong giới hạn của đơn vị…" under the week grid) was
    // the preset's green, 2.4:1 on white.
    colorSuccessText: status.success,
    colorTextSecondary: text.secondary,
    colorTextTertiary: text.tertiary,
    colorTextDescription: text.tertiary,
    colorTextLabel: text.secondary,
    colorTextQuaternary: text.quaternary,
    colorTextPlaceholder: text.quaternary,
    // Empty lists and tables use the disabled colour for their text; disabled controls keep their
    // grey background, so they still look disabled.
    colorTextDisabled: text.quaternary,
    colorIcon: text.tertiary,
    borderRadius: 6,
    fontSize: 14,
    fontFamily: "'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif",
  },
  components: {
    Layout: {
      headerBg: palette.navy,
      headerColor: '#ffffff',
      headerHeight: 60,
      headerPadding: '0 16px',
      siderBg: '#ffffff',
      bodyBg: palette.page,
      footerBg: palette.page,
    },
    Menu: {
      itemSelectedBg: '#e8f0fa',
      itemSelectedColor: palette.blue,
      itemBorderRadius: 6,
    },
    Card: { headerFontSize: 15 },
    // Only tags and typography get the darker success and warning: as global seeds they would
    // also darken the backgrounds Ant Design derives from them (alerts, badges).
    Tag: { colorSuccess: status.success, colorWarning: status.warning, colorInfo: status.info, ...presetTextTokens },
    Typography: { colorSuccess: status.success, colorWarning: status.warning },
    Tree: { titleHeight: 30 },
  },
};
