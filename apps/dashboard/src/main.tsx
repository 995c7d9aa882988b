import { createBrowserSessionStore } from '@ketqua/dashboard/data-access';
import { createI18n, loadLanguage } from '@ketqua/dashboard/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App i18n={createI18n(loadLanguage())} session={createBrowserSessionStore()} />
    </StrictMode>,
  );
}
