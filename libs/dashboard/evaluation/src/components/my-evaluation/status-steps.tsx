import type { EvaluationStatus } from '@ketqua/dashboard/data-access';
import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';

/** Which of the four steps an evaluation is at: Tự đánh giá → Thủ trưởng chấm → Phê duyệt → Công bố. */
const CURRENT: Record<EvaluationStatus, number> = {
  AWAITING_SELF_ASSESSMENT: 0,
  RETURNED: 0,
  AWAITING_HEAD: 1,
  REOPENED: 1,
  SCORED: 2,
  APPROVED: 3,
  PUBLISHED: 4,
};

export function StatusSteps({ status }: { status: EvaluationStatus }) {
  const { t } = useTranslation();
  const current = CURRENT[status];
  const titles = [t('evaluationFlow.steps.selfAssessment'), t('evaluationFlow.steps.headScoring'), t('evaluationFlow.steps.approval'), t('evaluationFlow.steps.publication')];
  return (
    <nav aria-label={t('evaluationFlow.steps.label')}>
      <Steps
        size="small"
        current={Math.min(current, 3)}
        status={current === 4 ? 'finish' : status === 'RETURNED' ? 'error' : 'process'}
        items={titles.map((title, i) => ({ title, ...(i === current ? { 'aria-current': 'step' as const } : {}) }))}
        data-testid="status-steps"
      />
    </nav>
  );
}
