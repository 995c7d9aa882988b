import { useTranslation } from 'react-i18next';

/** The gold star on navy, the product name and, when there is room, what it is for. */
export function Brand({ showTagline = true, tone = 'dark' }: { showTagline?: boolean; tone?: 'dark' | 'light' }) {
  const { t } = useTranslation();
  return (
    <div className={`kq-brand kq-brand--${tone}`}>
      <svg className="kq-brand__mark" viewBox="0 0 64 64" aria-hidden="true">
        <rect width="64" height="64" rx="12" fill="#0f3a68" />
        <path d="M32 12l5.9 12 13.1 1.9-9.5 9.3 2.2 13.1L32 42.1 20.3 48.3l2.2-13.1-9.5-9.3 13.1-1.9z" fill="#e0b43a" />
      </svg>
      <div className="kq-brand__text">
        <span className="kq-brand__name">{t('app.name')}</span>
        {showTagline && <span className="kq-brand__tagline">{t('app.tagline')}</span>}
      </div>
    </div>
  );
}
