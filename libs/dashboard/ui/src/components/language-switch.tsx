import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/languages';
import { useLanguage } from './ui-provider';

/** VI | EN, each option named in its own language so either reader finds theirs. */
export function LanguageSwitch({ tone = 'light' }: { tone?: 'light' | 'dark' }) {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <Segmented<Language>
      size="small"
      aria-label={t('language.label')}
      className={tone === 'dark' ? 'kq-language kq-language--dark' : 'kq-language'}
      value={language}
      onChange={setLanguage}
      options={[
        {
          value: 'vi',
          label: (
            <span title={t('language.vi')} lang="vi">
              VI
            </span>
          ),
        },
        {
          value: 'en',
          label: (
            <span title={t('language.en')} lang="en">
              EN
            </span>
          ),
        },
      ]}
    />
  );
}
