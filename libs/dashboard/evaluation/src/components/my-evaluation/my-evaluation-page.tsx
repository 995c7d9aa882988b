import { problemOf, useSession } from '@ketqua/dashboard/data-access';
import { PageError, PageHeading, TIME_ZONE, useProblemText } from '@ketqua/dashboard/ui';
import { Empty, Flex, Form, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { MyEvaluationsQuery } from '../../graphql/flow/my-evaluations.query';
import { AnnualGradePanel } from './annual-grade-panel';
import { EvaluationDetails } from './evaluation-details';

/** Đánh giá của tôi: the chosen period (the latest by default) with its receipt and self-assessment, then the year's grade. */
export function MyEvaluationPage() {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const user = useSession()?.user;
  const [thisYear] = useState(() => Number(dayjs().tz(TIME_ZONE).format('YYYY')));
  const [year, setYear] = useState(thisYear);
  const [yearChosen, setYearChosen] = useState(false);
  const [picked, setPicked] = useState<string | undefined>();
  const [result, reexecute] = useQuery({ query: MyEvaluationsQuery, variables: { year } });
  const list = result.data?.myEvaluations ?? [];
  const chosen = list.find((e) => e.id === picked) ?? list[list.length - 1];
  // Early in January the latest period is last year's: with nothing this year yet, show that year.
  const nothingThisYear = !yearChosen && year === thisYear && !!result.data && !list.length;
  useEffect(() => {
    if (nothingThisYear) setYear(thisYear - 1);
  }, [nothingThisYear, thisYear]);

  return (
    <>
      <PageHeading title={t('evaluationFlow.mine.title')} subtitle={t('evaluationFlow.mine.subtitle')} />
      <Flex gap={16} wrap="wrap">
        <Form.Item label={t('evaluationFlow.mine.year')} htmlFor="kq-my-evaluation-year">
          <InputNumber id="kq-my-evaluation-year" min={2020} max={2100} value={year} onChange={(v) => v && (setYear(v), setYearChosen(true), setPicked(undefined))} />
        </Form.Item>
        <Form.Item label={t('evaluationFlow.mine.period')} htmlFor="kq-my-evaluation-period">
          <Select
            id="kq-my-evaluation-period"
            style={{ minWidth: 240 }}
            value={chosen?.id}
            onChange={setPicked}
            loading={result.fetching}
            options={list.map((e) => ({ value: e.id, label: e.period.name }))}
          />
        </Form.Item>
      </Flex>
      {result.error && !result.data ? (
        <PageError message={problemText(problemOf(result.error) ?? { network: true, message: null })} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : chosen ? (
        <EvaluationDetails evaluation={chosen} />
      ) : (
        !result.fetching && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evaluationFlow.mine.empty', { year })} />
      )}
      {user && <AnnualGradePanel officialId={user.id} year={year} />}
    </>
  );
}
