import { problemOf, useSession } from '@ketqua/dashboard/data-access';
import { PageError, PageHeading, PageLoading, ResponsiveTable, rowsState, useMutationAction, useProblemText } from '@ketqua/dashboard/ui';
import { App, Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { EvaluationPeriodBoardQuery } from '../../graphql/periods/evaluation-period.query';
import { RemindEvaluationsMutation } from '../../graphql/periods/remind-evaluations.mutation';
import { JobProgress } from './job-progress';

type Stage = 'SELF_ASSESSMENT' | 'HEAD_SCORING' | 'APPROVAL' | 'PUBLICATION';
type CountKey = 'noSelfAssessment' | 'noHeadScore' | 'notApproved' | 'notPublished';
const COLUMNS: Array<{ key: CountKey; stage: Stage }> = [
  { key: 'noSelfAssessment', stage: 'SELF_ASSESSMENT' },
  { key: 'noHeadScore', stage: 'HEAD_SCORING' },
  { key: 'notApproved', stage: 'APPROVAL' },
  { key: 'notPublished', stage: 'PUBLICATION' },
];

/** The completion board of one period: per unit, how many still miss each step, with "Nhắc" buttons. */
export function PeriodBoardPage({ id, listPath }: { id: string; listPath: string }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const { message } = App.useApp();
  const role = useSession()?.user.role;
  const mayRemind = role === 'HR' || role === 'ADMIN' || role === 'UNIT_HEAD';
  const [{ data, fetching, error }, reload] = useQuery({ query: EvaluationPeriodBoardQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [, remind] = useMutation(RemindEvaluationsMutation);
  const action = useMutationAction(problemOf, 6);
  const problem = problemOf(error);
  if (problem) return <PageError message={problemText(problem)} onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  if (!data) return <PageLoading />;
  const period = data.evaluationPeriod;
  const board = data.evaluationCompletion;
  type Row = (typeof board.units)[number];
  const send = async (stage: Stage, unitIds: string[]): Promise<void> => {
    let count = 0;
    const ok = await action.run(async () => {
      const res = await remind({ input: { periodId: id, stage, unitIds } });
      count = res.data?.remindEvaluations.recipients ?? 0;
      return res;
    });
    if (ok) void message.success(t('periods.reminded', { count }));
  };
  const cell = (row: Row, key: CountKey, stage: Stage) => (
    <Space>
      <span>{row[key]}</span>
      {mayRemind && period.status === 'OPEN' && row[key] > 0 && (
        <RemindButton label={t('periods.remindLabel', { what: t(`periods.stage.${stage}`), unit: row.unitName })} onRemind={() => send(stage, [row.unitId])} />
      )}
    </Space>
  );
  return (
    <>
      <PageHeading title={t('periods.boardTitle', { name: period.name })} />
      <Typography.Paragraph>
        <Link to={listPath}>{t('periods.backToList')}</Link>
      </Typography.Paragraph>
      <JobProgress periodId={period.id} initial={period} onFinished={() => reload({ requestPolicy: 'network-only' })} />
      <Typography.Paragraph>
        {t('periods.counts.all')}: {board.totals.total} · {t('periods.counts.noSelfAssessment')}: {board.totals.noSelfAssessment} · {t('periods.counts.noHeadScore')}:{' '}
        {board.totals.noHeadScore} · {t('periods.counts.notApproved')}: {board.totals.notApproved} · {t('periods.counts.notPublished')}: {board.totals.notPublished}
      </Typography.Paragraph>
      <ResponsiveTable<Row>
        rowKey="unitId"
        dataSource={board.units}
        pagination={false}
        {...rowsState(fetching && !data, t('periods.boardEmpty'))}
        columns={[
          { key: 'unit', title: t('periods.counts.unit'), render: (_, r) => r.unitName },
          { key: 'total', title: t('periods.counts.total'), render: (_, r) => r.total },
          ...COLUMNS.map((c) => ({ key: c.key, title: t(`periods.counts.${c.key}`), render: (_: unknown, r: Row) => cell(r, c.key, c.stage) })),
        ]}
      />
    </>
  );
}

function RemindButton({ label, onRemind }: { label: string; onRemind: () => Promise<void> }) {
  const { t } = useTranslation();
  return (
    <Button size="small" aria-label={label} onClick={() => void onRemind()}>
      {t('periods.remind')}
    </Button>
  );
}
