import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="kq-page-loading" role="status">
      <Spin size="large" />
      <span>{t('common.loading')}</span>
    </div>
  );
}

/** A failed load, with the reason in the user's language and a way to try again. */
export function PageError({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  return <Result status="warning" title={message} extra={onRetry ? <Button onClick={onRetry}>{t('errors.retry')}</Button> : undefined} />;
}

export function PageForbidden({ onHome }: { onHome: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={t('errors.forbidden')}
      extra={
        <Button type="primary" onClick={onHome}>
          {t('errors.backHome')}
        </Button>
      }
    />
  );
}

export function PageNotFound({ onHome }: { onHome: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('errors.notFound')}
      extra={
        <Button type="primary" onClick={onHome}>
          {t('errors.backHome')}
        </Button>
      }
    />
  );
}
