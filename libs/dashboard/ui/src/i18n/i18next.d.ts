import 'i18next';
import type { vi } from './vi';

// Typed keys: t('nav.profile') is checked against the Vietnamese resources at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}
