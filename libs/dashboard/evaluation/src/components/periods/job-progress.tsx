import { Progress, Space, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubscription } from 'urql';
import { EvaluationJobProgressSubscription } from '../../graphql/periods/evaluation-job-progress.subscription';

export interface JobState {
  status: string;
  jobStatus: string | null;
  jobDone: number;
  jobTotal: number;
  jobError: string | null;
}

/** The opening job's bar: the period row's figures, then each live event of the subscription. */
export function JobProgress({ periodId, initial, onFinished }: { periodId: string; initial: JobState; onFinished?: () => void }) {
  const { t } = useTranslation();
  const live = initial.status === 'OPENING';
  const [{ data }] = useSubscription({ query: EvaluationJobProgressSubscription, variables: { periodId }, pause: !live });
  // Told once the job has ended, after rendering: urql runs a subscription's handler inside a state
  // update, where updating the page (its reload) is not allowed and may run twice.
  const finished = data?.evaluationJobProgress.status === 'OPEN';
  const onFinishedRef = useRef(onFinished);
  onFinishedRef.current = onFinished;
  useEffect(() => {
    if (finished) onFinishedRef.current?.();
  }, [finished]);
  const state: JobState = data?.evaluationJobProgress ?? initial;
  if (!state.jobStatus) return null;
  const percent = state.jobTotal ? Math.floor((state.jobDone / state.jobTotal) * 100) : state.jobStatus === 'DONE' ? 100 : 0;
  return (
    <Space direction="vertical" size={0} style={{ minWidth: 180 }}>
      <Progress
        percent={percent}
        status={state.jobStatus === 'FAILED' ? 'exception' : state.jobStatus === 'DONE' ? 'success' : 'active'}
        aria-label={t('periods.fields.progress')}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(`periods.jobStatus.${state.jobStatus as 'QUEUED'}`)} · {t('periods.progressText', { done: state.jobDone, total: state.jobTotal })}
      </Typography.Text>
      {state.jobError && <Typography.Text type="danger">{state.jobError}</Typography.Text>}
    </Space>
  );
}
