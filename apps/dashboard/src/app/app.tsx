import { ApiProvider, SessionProvider, type SessionStore } from '@ketqua/dashboard/data-access';
import { UiProvider, useLanguage } from '@ketqua/dashboard/ui';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { AppRoutes } from './routes';

/** The API client follows the UI language, so its error messages match the screen. */
function Api({ children }: { children: ReactNode }) {
  const { language } = useLanguage();
  return <ApiProvider language={language}>{children}</ApiProvider>;
}

export function App({ i18n, session }: { i18n: i18n; session: SessionStore }) {
  return (
    <UiProvider i18n={i18n}>
      <SessionProvider store={session}>
        <Api>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </Api>
      </SessionProvider>
    </UiProvider>
  );
}
