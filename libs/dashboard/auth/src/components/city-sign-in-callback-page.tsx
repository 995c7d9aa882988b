import { type ApiProblem } from '@ketqua/dashboard/data-access';
import { PublicFrame, useProblemText } from '@ketqua/dashboard/ui';
import { Alert, Button, Card, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompleteCitySignIn } from '../hooks/use-city-sign-in';

/** /dang-nhap/thanh-pho: where the city's identity provider sends the browser back. */
export function CitySignInCallbackPage({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const complete = useCompleteCitySignIn();
  const problemText = useProblemText();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const once = useRef(false);

  useEffect(() => {
    // The code works once: React's double effect in development must not spend it twice.
    if (once.current) return;
    once.current = true;
    void complete().then(setProblem);
  }, [complete]);

  return (
    <PublicFrame>
      <Card className="kq-auth-card">
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0, color: '#0f3a68' }}>
          {t('auth.city.title')}
        </Typography.Title>
        {problem ? (
          <>
            <Alert type="error" showIcon role="alert" title={t('auth.city.failed')} description={problemText(problem)} style={{ marginBottom: 16 }} />
            <Button type="primary" onClick={onBack}>
              {t('auth.city.back')}
            </Button>
          </>
        ) : (
          <Spin tip={t('auth.city.finishing')}>
            <div style={{ minHeight: 60 }} />
          </Spin>
        )}
      </Card>
    </PublicFrame>
  );
}
