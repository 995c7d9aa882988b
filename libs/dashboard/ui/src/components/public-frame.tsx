import { Layout } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Brand } from './brand';
import { LanguageSwitch } from './language-switch';

/** Pages before sign-in: the brand, the language switch and one centred card. */
export function PublicFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Layout className="kq-public">
      <header className="kq-public__bar">
        <Brand showTagline={false} />
        <LanguageSwitch tone="dark" />
      </header>
      <main className="kq-public__main">
        <p className="kq-public__tagline">{t('app.tagline')}</p>
        {children}
      </main>
      <footer className="kq-public__footer">{t('app.footer')}</footer>
    </Layout>
  );
}
