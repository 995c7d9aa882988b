import type { EvaluationDetailsFragment } from '@ketqua/dashboard/data-access';
import { Alert, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { EvaluationStatusTag } from '../labels';
import { WaiverRequestButton } from '../waivers/waiver-request-button';
import { PublishedResult } from './published-result';
import { SelfAssessmentForm } from './self-assessment-form';
import { StatusSteps } from './status-steps';
import { TaskResults } from './task-results';

/** One evaluation: where it is in the flow, the task score and receipt, the self-assessment, the published result. */
export function EvaluationDetails({ evaluation, readOnly = false }: { evaluation: EvaluationDetailsFragment; readOnly?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="kq-evaluation" data-testid="evaluation-details">
      <StatusSteps status={evaluation.status} />
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 4 }}
        items={[
          { key: 'status', label: t('evaluationFlow.board.status'), children: <EvaluationStatusTag status={evaluation.status} /> },
          { key: 'unit', label: t('evaluationFlow.mine.unit'), children: evaluation.unit.name },
          { key: 'regime', label: t('evaluationFlow.board.regime'), children: t(`evaluationFlow.regime.${evaluation.regime}`) },
          { key: 'evaluator', label: t('evaluationFlow.mine.evaluator'), children: evaluation.evaluator?.fullName ?? t('evaluationFlow.mine.evaluatorHr') },
        ]}
      />
      {evaluation.status === 'RETURNED' && evaluation.returnReason && (
        <Alert type="warning" showIcon message={t('evaluationFlow.mine.returned', { reason: evaluation.returnReason })} />
      )}
      {evaluation.status === 'REOPENED' && evaluation.reopenReason && (
        <Alert type="warning" showIcon message={t('evaluationFlow.mine.reopened', { reason: evaluation.reopenReason })} />
      )}
      <TaskResults evaluation={evaluation} />
      {/* The official may ask for an unwaived deduction to be waived for an objective cause, until publication. */}
      {!readOnly && evaluation.status !== 'PUBLISHED' && evaluation.record.receipt.lines.some((l) => l.deductions.some((d) => !d.waived)) && (
        <WaiverRequestButton evaluationId={evaluation.id} />
      )}
      <SelfAssessmentForm key={`${evaluation.id}:${evaluation.version}`} evaluation={evaluation} readOnly={readOnly} />
      <PublishedResult evaluation={evaluation} />
    </div>
  );
}
