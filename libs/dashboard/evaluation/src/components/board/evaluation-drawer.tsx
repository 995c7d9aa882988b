import { problemOf } from '@ketqua/dashboard/data-access';
import { PageError, PageLoading, useProblemText } from '@ketqua/dashboard/ui';
import { Drawer } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { EvaluationQuery } from '../../graphql/flow/evaluation.query';
import { EvaluationDetails } from '../my-evaluation/evaluation-details';

/** One official's evaluation as they see it (receipt included), read-only, beside the board. */
export function EvaluationDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [result] = useQuery({ query: EvaluationQuery, variables: { id } });
  const e = result.data?.evaluation;
  return (
    <Drawer
      open
      size="large"
      onClose={onClose}
      title={e ? `${e.official.fullName} · ${e.period.name}` : t('evaluationFlow.board.detail')}
      closable={{ 'aria-label': t('evaluationFlow.common.close') }}
    >
      {e ? (
        <EvaluationDetails evaluation={e} readOnly />
      ) : result.fetching ? (
        <PageLoading />
      ) : (
        <PageError message={problemText(problemOf(result.error) ?? { network: true, message: null })} />
      )}
    </Drawer>
  );
}
