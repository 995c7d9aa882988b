import { formatDateTime, TIME_ZONE } from '@ketqua/dashboard/ui';
import { Alert, Button, Modal, Space, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useSubscription } from 'urql';
import { SpotCheckPromptedSubscription } from '../../graphql/spot-check-prompted.subscription';
import { MySpotChecksQuery } from '../../graphql/spot-checks.query';
import { formatCountdown, secondsLeft, type PromptTiming } from '../../logic/countdown';
import { AnswerForm } from './answer-form';

interface Waiting extends PromptTiming {
  id: string;
  manual: boolean;
  closesAt: string;
}

/**
 * Mounted once in the signed-in frame: a spot check reaches the official wherever they are in the
 * app, live over the spotCheckPrompted subscription, or on the next load while it is still open.
 */
export function SpotCheckPrompt() {
  const { t } = useTranslation();
  const [live] = useSubscription({ query: SpotCheckPromptedSubscription });
  const [{ data }] = useQuery({ query: MySpotChecksQuery, requestPolicy: 'network-only' });
  const [waiting, setWaiting] = useState<Waiting | null>(null);
  const [done, setDone] = useState<string[]>([]);
  const [now, setNow] = useState(() => Date.now());

  const arrived = live.data?.spotCheckPrompted;
  useEffect(() => {
    if (arrived && arrived.status === 'PROMPTED' && !arrived.respondedAt) {
      setWaiting({
        id: arrived.id,
        answerBy: arrived.answerBy,
        promptedAt: arrived.promptedAt ?? null,
        receivedAtMs: Date.now(),
        manual: arrived.manual,
        closesAt: arrived.closesAt,
      });
    }
  }, [arrived]);

  const open = data?.mySpotChecks.edges.map((e) => e.node).find((c) => c.status === 'PROMPTED' && !c.respondedAt);
  useEffect(() => {
    if (open)
      setWaiting((w) => w ?? { id: open.id, answerBy: open.answerBy, promptedAt: open.promptedAt ?? null, receivedAtMs: null, manual: open.manual, closesAt: open.closesAt });
  }, [open]);

  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [waiting]);

  if (!waiting || done.includes(waiting.id)) return null;
  const left = secondsLeft(waiting, now);
  const close = () => setDone((ids) => [...ids, waiting.id]);
  return (
    <Modal open title={t('pilot.prompt.title')} footer={<Button onClick={close}>{t('pilot.prompt.later')}</Button>} onCancel={close} maskClosable={false}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph>{t('pilot.prompt.body')}</Typography.Paragraph>
        {waiting.manual && <Alert type="info" showIcon message={t('pilot.prompt.manual')} />}
        <Statistic title={t('pilot.prompt.timeLeft')} value={formatCountdown(left)} valueStyle={{ color: left > 120 ? undefined : '#cf1322' }} />
        <Typography.Text type="secondary">{t('pilot.prompt.answerBy', { time: dayjs(waiting.answerBy).tz(TIME_ZONE).format('HH:mm') })}</Typography.Text>
        {left === 0 && <Alert type="warning" showIcon message={t('pilot.prompt.expired')} description={formatDateTime(waiting.closesAt)} />}
        <AnswerForm checkId={waiting.id} onAnswered={close} />
      </Space>
    </Modal>
  );
}
