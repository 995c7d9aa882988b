import { problemOf, useSession } from '@ketqua/dashboard/data-access';
import { PageError, PageHeading, useProblemText } from '@ketqua/dashboard/ui';
import { Card, Empty, Flex, List, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CalibrationQuery } from '../../graphql/quota/calibration.query';
import { QuotaAgenciesQuery, QuotaUnitsQuery } from '../../graphql/quota/quota-agencies.query';
import { QuotaPeriodsQuery } from '../../graphql/quota/quota-periods.query';
import { QuotaStatusQuery } from '../../graphql/quota/quota-status.query';
import { WorkloadParityQuery } from '../../graphql/quota/workload-parity.query';
import { ExceptionForm } from './exception-form';
import { PartyShareCard } from './party-share-card';
import { QuotaMeter } from './quota-meter';

const num = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v.toLocaleString('vi-VN', { maximumFractionDigits: 2 }));

/** Tỷ lệ xuất sắc & hiệu chỉnh: the quota meter with what-if and exceptions, calibration per scorer, workload parity flags. */
export function QuotaPage() {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const role = useSession()?.user.role;
  const [agencies] = useQuery({ query: QuotaAgenciesQuery });
  const agencyList = useMemo(() => agencies.data?.agencies.edges.map((e) => e.node) ?? [], [agencies.data]);
  const [agencyId, setAgencyId] = useState<string>();
  useEffect(() => {
    if (!agencyId && agencyList[0]) setAgencyId(agencyList[0].id);
  }, [agencyId, agencyList]);
  const [periods] = useQuery({ query: QuotaPeriodsQuery, variables: { agencyId: agencyId ?? '' }, pause: !agencyId });
  const periodList = useMemo(() => periods.data?.quotaPeriods ?? [], [periods.data]);
  const [periodId, setPeriodId] = useState<string>();
  useEffect(() => {
    if (periodList.length && !periodList.some((p) => p.id === periodId)) setPeriodId(periodList[0].id);
  }, [periodId, periodList]);
  const selectedPeriod = periodList.find((p) => p.id === periodId);
  const [units] = useQuery({ query: QuotaUnitsQuery, variables: { agencyId }, pause: !agencyId });
  const unitList = useMemo(() => units.data?.units.edges.map((e) => e.node) ?? [], [units.data]);
  const [unitId, setUnitId] = useState<string>();
  useEffect(() => {
    if (unitList.length && !unitList.some((u) => u.id === unitId)) setUnitId(unitList[0].id);
  }, [unitId, unitList]);

  const [status, reload] = useQuery({
    query: QuotaStatusQuery,
    variables: { agencyId: agencyId ?? '', periodId: periodId ?? '' },
    pause: !agencyId || !periodId,
    requestPolicy: 'cache-and-network',
  });
  const [calibration] = useQuery({ query: CalibrationQuery, variables: { periodId: periodId ?? '', unitId: unitId ?? '' }, pause: !periodId || !unitId });
  const [parity] = useQuery({ query: WorkloadParityQuery, variables: { periodId: periodId ?? '', unitId: unitId ?? '' }, pause: !periodId || !unitId });
  const q = status.data?.quotaStatus;
  const problem = problemOf(status.error);

  return (
    <>
      <PageHeading
        title={t('quota.title')}
        subtitle={t('quota.subtitle')}
        extra={
          <Space wrap>
            <Select
              style={{ minWidth: 240 }}
              aria-label={t('quota.agency')}
              value={agencyId}
              onChange={setAgencyId}
              options={agencyList.map((a) => ({ value: a.id, label: a.name }))}
            />
            <Select
              style={{ minWidth: 200 }}
              aria-label={t('quota.period')}
              value={periodId}
              onChange={setPeriodId}
              options={periodList.map((p) => ({ value: p.id, label: p.name }))}
            />
          </Space>
        }
      />
      {problem ? (
        <PageError message={problemText(problem)} onRetry={() => reload({ requestPolicy: 'network-only' })} />
      ) : !periods.fetching && agencyId && !periodList.length ? (
        <Empty description={t('quota.noPeriod')} />
      ) : (
        <Flex vertical gap={16}>
          <Card
            title={t('quota.title')}
            extra={
              role === 'HR' && agencyId && periodId ? <ExceptionForm agencyId={agencyId} periodId={periodId} onSaved={() => reload({ requestPolicy: 'network-only' })} /> : null
            }
          >
            <Flex vertical gap={12}>
              {q && q.scopes.length === 0 && <Typography.Text>{t('quota.noGrades')}</Typography.Text>}
              {q?.scopes.map((s) => (
                <QuotaMeter key={`${s.regime}-${s.kind}-${s.rule}-${s.taskGroup ?? ''}`} scope={s} />
              ))}
            </Flex>
          </Card>
          {agencyId && selectedPeriod && (role === 'HR' || role === 'ADMIN' || role === 'INSPECTOR') && (
            <PartyShareCard agencyId={agencyId} year={selectedPeriod.year} canEdit={role === 'HR' || role === 'ADMIN'} onSaved={() => reload({ requestPolicy: 'network-only' })} />
          )}
          <Card title={t('quota.whatIf')}>
            {q && q.wouldBreak.length === 0 ? (
              <Typography.Text>{t('quota.whatIfEmpty')}</Typography.Text>
            ) : (
              <Table
                rowKey="evaluationId"
                size="small"
                pagination={false}
                dataSource={q?.wouldBreak ?? []}
                columns={[
                  { title: t('quota.official'), render: (_, c) => c.official.fullName },
                  { title: t('quota.exceptionForm.taskGroup'), dataIndex: 'taskGroup' },
                  { title: t('quota.score'), render: (_, c) => num(c.score) },
                  {
                    title: t('quota.reconsider'),
                    render: (_, c) => (
                      <Space>
                        {q?.reconsider.some((r) => r.evaluationId === c.evaluationId) && <Tag color="orange">{t('quota.reconsider')}</Tag>}
                        {c.breaksAlone && <Tag color="red">{t('quota.breaksAlone')}</Tag>}
                      </Space>
                    ),
                  },
                ]}
              />
            )}
          </Card>
          {q && q.exceptions.length > 0 && (
            <Card title={t('quota.exceptions')}>
              <List
                dataSource={q.exceptions}
                renderItem={(x) => (
                  <List.Item>
                    <Typography.Text>
                      {t(`quota.regimes.${x.regime}`)} · {x.taskGroup ?? t('quota.agencyScope')} · {t(`quota.rules.${x.rule}`)}: +{x.extraExcellent} — {x.reason} ({x.grantedBy}
                      {x.decisionDocument ? `, ${x.decisionDocument}` : ''})
                    </Typography.Text>
                  </List.Item>
                )}
              />
            </Card>
          )}
          <Card
            title={t('quota.calibration')}
            extra={
              <Select style={{ minWidth: 220 }} aria-label={t('quota.unit')} value={unitId} onChange={setUnitId} options={unitList.map((u) => ({ value: u.id, label: u.name }))} />
            }
          >
            {calibration.data && (
              <>
                <Typography.Paragraph type="secondary">
                  {t('quota.calibrationHint', { gap: calibration.data.calibration.meanGapPoints, min: calibration.data.calibration.minScored })}
                </Typography.Paragraph>
                <Table
                  rowKey="key"
                  size="small"
                  pagination={false}
                  dataSource={[
                    {
                      key: 'unit',
                      name: t('quota.unitWhole'),
                      scores: calibration.data.calibration.unitScores,
                      grades: calibration.data.calibration.unitGrades,
                      meanGap: null,
                      flag: null,
                    },
                    ...calibration.data.calibration.scorers.map((s) => ({
                      key: s.scorer.id,
                      name: s.scorer.fullName,
                      scores: s.scores,
                      grades: s.grades,
                      meanGap: s.meanGap,
                      flag: s.flag,
                    })),
                  ]}
                  columns={[
                    { title: t('quota.scorer'), dataIndex: 'name' },
                    { title: t('quota.count'), render: (_, r) => r.scores.count },
                    { title: t('quota.mean'), render: (_, r) => num(r.scores.mean) },
                    { title: t('quota.median'), render: (_, r) => num(r.scores.median) },
                    { title: t('quota.minMax'), render: (_, r) => `${num(r.scores.min)} – ${num(r.scores.max)}` },
                    { title: t('quota.grades'), render: (_, r) => `${r.grades.excellent} / ${r.grades.good} / ${r.grades.complete} / ${r.grades.incomplete}` },
                    { title: t('quota.gap'), render: (_, r) => (r.meanGap === null ? '' : num(r.meanGap)) },
                    {
                      title: '',
                      render: (_, r) => (r.flag ? <Tag color={r.flag === 'LENIENT' ? 'gold' : 'purple'}>{t(`quota.flags.${r.flag as 'LENIENT' | 'HARSH'}`)}</Tag> : null),
                    },
                  ]}
                />
              </>
            )}
          </Card>
          <Card title={t('quota.parity')}>
            {parity.data && (
              <>
                <Typography.Paragraph type="secondary">
                  {t('quota.parityHint', { threshold: parity.data.workloadParity.thresholdPercent, average: num(parity.data.workloadParity.officeAverage) })}
                </Typography.Paragraph>
                {parity.data.workloadParity.home.length === 0 ? (
                  <Typography.Text>{t('quota.parityEmpty')}</Typography.Text>
                ) : (
                  <Table
                    rowKey={(r) => r.official.id}
                    size="small"
                    pagination={false}
                    dataSource={parity.data.workloadParity.home}
                    columns={[
                      { title: t('quota.official'), render: (_, r) => r.official.fullName },
                      { title: t('quota.workload'), render: (_, r) => num(r.workload) },
                      { title: t('quota.below'), render: (_, r) => (r.belowAveragePercent === null || r.belowAveragePercent <= 0 ? '—' : `${num(r.belowAveragePercent)}%`) },
                      { title: '', render: (_, r) => (r.flagged ? <Tag color="red">{t('quota.flagged')}</Tag> : null) },
                    ]}
                  />
                )}
              </>
            )}
          </Card>
        </Flex>
      )}
    </>
  );
}
