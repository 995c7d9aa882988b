import { problemOfFailure, type ApiProblem, type NotificationDelivery } from '@ketqua/dashboard/data-access';
import { useProblemText } from '@ketqua/dashboard/ui';
import { Alert, Card, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { MyNotificationPreferenceQuery, SetMyNotificationDeliveryMutation } from '../graphql/notification-preference';

const CHOICES: NotificationDelivery[] = ['IN_APP', 'IMMEDIATE', 'DAILY_DIGEST'];
const LABELS = { IN_APP: 'profile.delivery.IN_APP', IMMEDIATE: 'profile.delivery.IMMEDIATE', DAILY_DIGEST: 'profile.delivery.DAILY_DIGEST' } as const;

/** "Nhận thông báo": in the app only, also by official e-mail at once, or one digest a day. */
export function NotificationDeliveryCard() {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: MyNotificationPreferenceQuery });
  const [{ fetching }, save] = useMutation(SetMyNotificationDeliveryMutation);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const problemText = useProblemText();
  const preference = data?.myNotificationPreference;
  if (!preference) return null;

  const choose = async (delivery: NotificationDelivery) => {
    setProblem(null);
    const result = await save({ input: { delivery } });
    if (!result.data) setProblem(problemOfFailure(result.error));
  };

  return (
    <Card title={<span id="kq-notification-delivery">{t('profile.delivery.title')}</span>} style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">
        {preference.mailAvailable ? t('profile.delivery.help', { email: preference.email }) : t('profile.delivery.noMail')}
      </Typography.Paragraph>
      {problem && <Alert type="error" showIcon role="alert" title={problemText(problem)} style={{ marginBottom: 12 }} />}
      <Radio.Group aria-labelledby="kq-notification-delivery" value={preference.delivery} disabled={fetching} onChange={(e) => void choose(e.target.value as NotificationDelivery)}>
        <Space direction="vertical">
          {CHOICES.map((choice) => (
            <Radio key={choice} value={choice} disabled={choice !== 'IN_APP' && !preference.mailAvailable}>
              {t(LABELS[choice])}
            </Radio>
          ))}
        </Space>
      </Radio.Group>
    </Card>
  );
}
