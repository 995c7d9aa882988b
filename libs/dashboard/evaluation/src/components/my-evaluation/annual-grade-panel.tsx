import { Table, Typography } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { AnnualGradeHistoryQuery } from '../../graphql/flow/annual-grade-history.query';
import { AnnualGradeQuery } from '../../graphql/flow/annual-grade.query';
import { GradeTag, scoreText, useGradeName } from '../labels';

/** The year's grade from its published periods (weighted by days worked), and the grades of earlier years. */
export function AnnualGradePanel({ officialId, year }: { officialId: string; year: number }) {
  const { t } = useTranslation();
  const gradeName = useGradeName();
  const [annual] = useQuery({ query: AnnualGradeQuery, variables: { officialId, year } });
  const [history] = useQuery({ query: AnnualGradeHistoryQuery, variables: { officialId } });
  const a = annual.data?.annualGrade;
  return (
    <section aria-labelledby="kq-annual-title" className="kq-section" data-testid="annual-grade">
      <Typography.Title level={2} id="kq-annual-title">
        {t('evaluationFlow.annual.title', { year })}
      </Typography.Title>
      {a && a.periods.length > 0 ? (
        <>
          <Typography.Paragraph>
            <GradeTag grade={a.grade} /> {a.averageScore !== null && `${t('evaluationFlow.annual.averageScore')}: ${scoreText(a.averageScore)}`}
            {a.monthsWorked !== null && ` · ${t('evaluationFlow.annual.monthsWorked', { months: a.monthsWorked })}`}
          </Typography.Paragraph>
          <Table
            rowKey="evaluationId"
            size="small"
            pagination={false}
            caption={t('evaluationFlow.annual.periods')}
            dataSource={a.periods}
            columns={[
              { key: 'period', title: t('evaluationFlow.mine.period'), dataIndex: 'periodName' },
              { key: 'score', title: t('evaluationFlow.result.score'), align: 'right', render: (_, p) => scoreText(p.score) },
              { key: 'grade', title: t('evaluationFlow.result.grade'), render: (_, p) => gradeName(p.grade) },
              {
                key: 'days',
                title: t('evaluationFlow.annual.workedDays'),
                align: 'right',
                render: (_, p) => (p.workedDays === null ? '—' : `${p.workedDays}/${p.scheduledWorkingDays ?? '—'}`),
              },
            ]}
          />
        </>
      ) : (
        <Typography.Paragraph>{annual.fetching ? t('common.loading') : t('evaluationFlow.annual.noPeriods')}</Typography.Paragraph>
      )}
      {(history.data?.annualGradeHistory.length ?? 0) > 0 && (
        <Table
          rowKey="year"
          size="small"
          pagination={false}
          caption={t('evaluationFlow.annual.history')}
          dataSource={history.data?.annualGradeHistory}
          columns={[
            { key: 'year', title: t('evaluationFlow.annual.yearColumn'), dataIndex: 'year' },
            { key: 'grade', title: t('evaluationFlow.result.grade'), render: (_, h) => gradeName(h.grade) },
            { key: 'avg', title: t('evaluationFlow.annual.averageScore'), align: 'right', render: (_, h) => scoreText(h.averageScore) },
          ]}
        />
      )}
    </section>
  );
}
