import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import type { i18n } from 'i18next';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import '../styles/ketqua.css';
import { DEFAULT_LANGUAGE, isLanguage, saveLanguage, type Language } from '../i18n/languages';
import { theme } from '../theme/theme';
import { FocusAndAnnouncements } from './focus-and-announcements';
import { prefersReducedMotion } from './reduced-motion';

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageState>({ language: DEFAULT_LANGUAGE, setLanguage: () => undefined });

/** The UI language, switchable anywhere; the choice is remembered on this device. */
export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

const antdLocales = { vi: viVN, en: enUS } as const;

/** Ant Design's motion off for whoever asked their system for less of it. */
const themeForThisDevice = prefersReducedMotion() ? { ...theme, token: { ...theme.token, motion: false } } : theme;

/** i18next, Ant Design's locale and theme, and dayjs's locale, all following one language. */
export function UiProvider({ i18n, children }: { i18n: i18n; children: ReactNode }) {
  const [language, setCurrent] = useState<Language>(isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE);

  const setLanguage = useCallback(
    (next: Language) => {
      void i18n.changeLanguage(next);
      saveLanguage(next);
      setCurrent(next);
    },
    [i18n],
  );

  useEffect(() => {
    document.documentElement.lang = language;
    dayjs.locale(language);
  }, [language]);

  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);

  return (
    <I18nextProvider i18n={i18n}>
      <LanguageContext.Provider value={value}>
        {/* Dialogs and drawers give focus back to what opened them (antd's default, stated once here). */}
        <ConfigProvider
          locale={antdLocales[language]}
          theme={themeForThisDevice}
          modal={{ focusable: { focusTriggerAfterClose: true } }}
          drawer={{ focusable: { focusTriggerAfterClose: true } }}
        >
          <AntApp>
            {children}
            <FocusAndAnnouncements />
          </AntApp>
        </ConfigProvider>
      </LanguageContext.Provider>
    </I18nextProvider>
  );
}
