import type { EvaluationDetailsFragment } from '@ketqua/dashboard/data-access';
import { Collapse, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { scoreText } from '../labels';
import { ReceiptView } from './receipt-view';

/** The task score (percentage and points) with its receipt below, for one evaluation. */
export function TaskResults({ evaluation }: { evaluation: EvaluationDetailsFragment }) {
  const { t } = useTranslation();
  const { record } = evaluation;
  const leader = record.leaderComponent;
  return (
    <section aria-labelledby="kq-task-title" className="kq-section">
      <Typography.Title level={2} id="kq-task-title">
        {t('evaluationFlow.task.title')}
      </Typography.Title>
      {record.regime === 'CONG_CHUC' ? (
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            {
              key: 'percent',
              label: t('evaluationFlow.task.taskPercent'),
              children: <strong data-testid="task-percent">{record.taskPercent === null ? '—' : `${scoreText(record.taskPercent)}%`}</strong>,
            },
            { key: 'points', label: t('evaluationFlow.task.taskPoints'), children: <strong data-testid="task-points">{scoreText(record.taskPoints)}</strong> },
          ]}
        />
      ) : (
        record.vienChuc && <Typography.Paragraph>{t('evaluationFlow.task.vienChuc', record.vienChuc)}</Typography.Paragraph>
      )}
      {leader && (
        <Typography.Paragraph>
          {leader.applies
            ? t('evaluationFlow.task.leaderApplies', { weight: leader.weightPercent, unit: leader.unitResultsPercent ?? 0 })
            : t('evaluationFlow.task.leaderNotApplies')}
        </Typography.Paragraph>
      )}
      <Collapse
        items={[
          {
            key: 'receipt',
            label: t('evaluationFlow.task.openReceipt'),
            children: <ReceiptView record={record} periodName={evaluation.period.name} />,
          },
        ]}
      />
    </section>
  );
}
