import type { ThemeConfig } from 'antd';

/** Ketqua's look: a sober navy header with a gold rule, as the city's public-service portals use. */
export const palette = {
  navy: '#0f3a68',
  navyDark: '#0a2a4d',
  blue: '#1a5fa8',
  gold: '#e0b43a',
  page: '#f3f5f8',
  border: '#e3e8ef',
  muted: '#5b6b7f',
} as const;

export const theme: ThemeConfig = {
  cssVar: { key: 'ketqua' },
  token: {
    colorPrimary: palette.blue,
    colorLink: palette.blue,
    colorInfo: palette.blue,
    colorBgLayout: palette.page,
    borderRadius: 6,
    fontSize: 14,
    fontFamily:
      "'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif",
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
    Tree: { titleHeight: 30 },
  },
};
