// Presentational pieces shared by the dashboard: language, theme, layout and formatting. No fetching.
export { createI18n, resources } from './i18n/i18n';
export { DEFAULT_LANGUAGE, LANGUAGES, isLanguage, loadLanguage, saveLanguage, type Language } from './i18n/languages';
export type { Messages } from './i18n/vi';
export { DATE_FORMAT, DATE_TIME_FORMAT, TIME_ZONE, formatDateTime, formatLocalDate } from './format/dates';
export { palette, theme } from './theme/theme';
export { UiProvider, useLanguage } from './components/ui-provider';
export { LanguageSwitch } from './components/language-switch';
export { Brand } from './components/brand';
export { AppFrame, type AppFrameProps, type NavItem } from './components/app-frame';
export { PublicFrame } from './components/public-frame';
export { PageHeading } from './components/page-heading';
export { ResponsiveTable } from './components/responsive-table';
export { PageError, PageForbidden, PageLoading, PageNotFound } from './components/page-states';
export { useProblemText, type ProblemLike } from './components/problem-text';
export { useMutationAction } from './components/use-mutation-action';
export { initialsOf } from './format/names';
