import { problemOf } from '@ketqua/dashboard/data-access';
import { formatLocalDate, PageError, PageHeading, PageLoading, useLanguage, useProblemText } from '@ketqua/dashboard/ui';
import { GRADE_NAMES } from '@ketqua/domain';
import { Card, Empty, Flex, List, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PublishedCriteriaQuery } from '../../graphql/criteria/published-criteria.query';

/** A number as the language writes it: 7,5 in Vietnamese, 7.5 in English. */
const num = (n: number, language: string) => (language === 'vi' ? String(n).replace('.', ',') : String(n));

/**
 * Tiêu chí đánh giá (PRODUCT.md 4.4 "specific, clear, public"): the criteria in force today for
 * each regime and position group, in plain words generated from the rule set's numbers, with the
 * version and the date it applies from. Open to every signed-in role.
 */
export function CriteriaPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const problemText = useProblemText();
  const [{ data, fetching, error }, reload] = useQuery({ query: PublishedCriteriaQuery, variables: {} });
  const problem = problemOf(error);
  const entries = data?.publishedCriteria ?? [];

  return (
    <>
      <PageHeading title={t('criteria.page.title')} subtitle={t('criteria.page.subtitle')} />
      {fetching && !data && <PageLoading />}
      {problem && <PageError message={problemText(problem)} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
      {data && entries.length === 0 && <Empty description={t('criteria.page.none')} />}
      <Flex vertical gap={16}>
        {entries.map((c) => {
          const regimeName = language === 'vi' ? c.regimeNameVi : c.regimeNameEn;
          const title = c.templateName
            ? `${regimeName} — ${t('criteria.page.template', { name: c.templateName, version: c.templateVersionNo })}`
            : `${regimeName} — ${t('criteria.page.shipped')}`;
          const lowest = c.bands[c.bands.length - 1]?.minScore;
          const bandRows = [
            ...c.bands.map((b) => ({ key: b.grade, score: t('criteria.page.bandFrom', { score: num(b.minScore, language) }), grade: language === 'vi' ? b.nameVi : b.nameEn })),
            ...(lowest === undefined
              ? []
              : [
                  {
                    key: 'KHONG_HOAN_THANH',
                    score: t('criteria.page.bandBelow', { score: num(lowest, language) }),
                    grade: GRADE_NAMES.KHONG_HOAN_THANH[language === 'vi' ? 'vi' : 'en'],
                  },
                ]),
          ];
          return (
            <Card key={`${c.regime}-${c.templateId ?? 'shipped'}`} aria-labelledby={`criteria-${c.regime}-${c.templateId ?? 'shipped'}`}>
              <Typography.Title level={2} id={`criteria-${c.regime}-${c.templateId ?? 'shipped'}`} style={{ fontSize: 20, marginTop: 0 }}>
                {title}
              </Typography.Title>
              <Flex wrap gap={8} style={{ marginBottom: 12 }}>
                <Tag color="blue">{t('criteria.page.effectiveFrom', { date: formatLocalDate(c.effectiveFrom) })}</Tag>
                <Tag>{t('criteria.page.ruleSet', { version: c.ruleSetVersion })}</Tag>
                <Tag>{c.positionIds ? t('criteria.page.positionGroup', { count: c.positionIds.length }) : t('criteria.page.allPositions')}</Tag>
              </Flex>
              <Typography.Title level={3} style={{ fontSize: 16 }}>
                {t('criteria.page.rules')}
              </Typography.Title>
              <List size="small" dataSource={c.rules} renderItem={(rule) => <List.Item key={rule.key}>{language === 'vi' ? rule.vi : rule.en}</List.Item>} />
              {c.regime === 'CONG_CHUC' && (
                <Flex wrap gap={24} style={{ marginTop: 16 }}>
                  <div style={{ flex: '1 1 320px' }}>
                    <Typography.Title level={3} style={{ fontSize: 16 }}>
                      {t('criteria.page.bands')}
                    </Typography.Title>
                    <Table
                      size="small"
                      pagination={false}
                      rowKey="key"
                      dataSource={bandRows}
                      columns={[
                        { key: 'score', dataIndex: 'score', title: t('criteria.page.score') },
                        { key: 'grade', dataIndex: 'grade', title: t('criteria.page.grade') },
                      ]}
                    />
                  </div>
                  <div style={{ flex: '1 1 320px' }}>
                    <Typography.Title level={3} style={{ fontSize: 16 }}>
                      {t('criteria.page.generalCriteria')}
                    </Typography.Title>
                    <Table
                      size="small"
                      pagination={false}
                      rowKey="code"
                      dataSource={c.generalCriteria}
                      columns={[
                        { key: 'label', dataIndex: 'label', title: t('criteria.page.criterion') },
                        { key: 'max', title: t('criteria.page.maxPoints'), align: 'right', render: (_, g) => num(g.maxPoints, language) },
                      ]}
                    />
                  </div>
                </Flex>
              )}
            </Card>
          );
        })}
      </Flex>
    </>
  );
}
