import { problemOf, useSession, type ApiProblem } from '@ketqua/dashboard/data-access';
import { PageError, PageHeading, ResponsiveTable, rowsState, useProblemText } from '@ketqua/dashboard/ui';
import { Alert, Button, Descriptions, Flex, Form, Select, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { ApproveEvaluationsMutation } from '../../graphql/flow/approve-evaluations.mutation';
import { BoardEvaluationsQuery } from '../../graphql/flow/board-evaluations.query';
import { BoardUnitsQuery } from '../../graphql/flow/board-units.query';
import { EvaluationPeriodsOfUnitQuery } from '../../graphql/flow/evaluation-periods-of-unit.query';
import { PublishEvaluationsMutation } from '../../graphql/flow/publish-evaluations.mutation';
import { useFlowAction } from '../../hooks/use-flow-action';
import { EvaluationStatusTag, GradeTag, scoreText, useGradeName } from '../labels';
import { EvaluationDrawer } from './evaluation-drawer';
import { ReturnModal } from './return-modal';
import { ScoreModal, type BoardRow } from './score-modal';
import { SheetDownloadButtons } from '../sheets/sheet-download-buttons';

const SCORABLE = new Set(['AWAITING_HEAD', 'REOPENED', 'SCORED', 'AWAITING_SELF_ASSESSMENT']);
const RETURNABLE = new Set(['AWAITING_HEAD', 'SCORED']);

/** The numbers a quota refusal carries in its extensions (QUOTA_EXCEEDED), shown beside its sentence. */
function QuotaNumbers({ problem }: { problem: ApiProblem }) {
  const { t } = useTranslation();
  const x = problem.extensions as Record<string, unknown>;
  if (problem.reason !== 'QUOTA_EXCEEDED') return null;
  const items = (
    [
      ['excellent', t('evaluationFlow.board.quotaExcellent')],
      ['good', t('evaluationFlow.board.quotaGood')],
      ['allowed', t('evaluationFlow.board.quotaAllowed')],
      ['excess', t('evaluationFlow.board.quotaExcess')],
    ] as const
  )
    .filter(([k]) => typeof x[k] === 'number')
    .map(([k, label]) => ({ key: k, label, children: String(x[k]) }));
  return items.length ? <Descriptions size="small" column={4} title={t('evaluationFlow.board.quota')} items={items} /> : null;
}

/** The head's period board: each official's task score, self-assessment and grade; score, return, approve and publish one or many. */
export function EvaluationBoardPage() {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const gradeName = useGradeName();
  const session = useSession();
  const role = session?.user.role;
  // Nobody evaluates themselves (the API refuses it): a head's own evaluation is listed, not actionable.
  const isMine = (r: BoardRow) => r.official.id === session?.user.id;
  const readOnly = role === 'INSPECTOR';
  const [unitId, setUnitId] = useState<string | undefined>();
  const [pickedPeriod, setPickedPeriod] = useState<string | undefined>();
  const [selected, setSelected] = useState<string[]>([]);
  const [scoring, setScoring] = useState<BoardRow | null>(null);
  const [returning, setReturning] = useState<BoardRow | null>(null);
  const [detail, setDetail] = useState<string | null>(null);

  const [units] = useQuery({ query: BoardUnitsQuery });
  const unitList = [...(units.data?.units.edges.map((e) => e.node) ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const unit = unitList.find((u) => u.id === unitId) ?? unitList[0];
  const [periods] = useQuery({ query: EvaluationPeriodsOfUnitQuery, variables: { unitId: unit?.id ?? '' }, pause: !unit });
  const periodList = periods.data?.evaluationPeriodsOfUnit ?? [];
  const period = periodList.find((p) => p.id === pickedPeriod) ?? periodList[0];
  const [board, reload] = useQuery({ query: BoardEvaluationsQuery, variables: { periodId: period?.id ?? '', unitId: unit?.id ?? '' }, pause: !unit || !period });
  const rows = board.data?.evaluations.edges.map((e) => e.node) ?? [];

  const [, approve] = useMutation(ApproveEvaluationsMutation);
  const [, publish] = useMutation(PublishEvaluationsMutation);
  const bulk = useFlowAction();
  const refs = () => rows.filter((r) => selected.includes(r.id)).map((r) => ({ id: r.id, version: r.version }));
  const runBulk = async (kind: 'approve' | 'publish') => {
    const evaluations = refs();
    const ok =
      kind === 'approve'
        ? await bulk.run(() => approve({ input: { evaluations } }), t('evaluationFlow.board.approved', { count: evaluations.length }))
        : await bulk.run(() => publish({ input: { evaluations } }), t('evaluationFlow.board.published', { count: evaluations.length }));
    if (ok) setSelected([]);
  };

  const columns: ColumnsType<BoardRow> = [
    {
      key: 'official',
      title: t('evaluationFlow.board.official'),
      render: (_, r) => (
        <Button type="link" className="kq-link-button" onClick={() => setDetail(r.id)}>
          {r.official.fullName}
        </Button>
      ),
    },
    { key: 'regime', title: t('evaluationFlow.board.regime'), responsive: ['lg'], render: (_, r) => t(`evaluationFlow.regime.${r.regime}`) },
    { key: 'status', title: t('evaluationFlow.board.status'), render: (_, r) => <EvaluationStatusTag status={r.status} /> },
    { key: 'task', title: t('evaluationFlow.board.taskScore'), align: 'right', render: (_, r) => scoreText(r.record.taskPoints) },
    { key: 'score', title: t('evaluationFlow.board.score'), align: 'right', render: (_, r) => scoreText(r.record.score) },
    {
      key: 'self',
      title: t('evaluationFlow.board.selfAssessment'),
      responsive: ['md'],
      render: (_, r) =>
        r.selfAssessedAt ? (r.proposedGrade ? t('evaluationFlow.board.proposed', { grade: gradeName(r.proposedGrade) }) : '✓') : t('evaluationFlow.board.noSelfAssessment'),
    },
    { key: 'computed', title: t('evaluationFlow.board.computedGrade'), responsive: ['md'], render: (_, r) => gradeName(r.record.computedGrade) },
    { key: 'grade', title: t('evaluationFlow.board.decidedGrade'), render: (_, r) => <GradeTag grade={r.record.grade} /> },
    ...(readOnly
      ? []
      : [
          {
            key: 'actions',
            title: t('evaluationFlow.board.actions'),
            render: (_: unknown, r: BoardRow) =>
              isMine(r) ? (
                <Typography.Text type="secondary">{t('evaluationFlow.board.ownEvaluation')}</Typography.Text>
              ) : (
                <Space wrap>
                  {SCORABLE.has(r.status) && (
                    <Button size="small" onClick={() => setScoring(r)} aria-label={`${t('evaluationFlow.board.score_action')}: ${r.official.fullName}`}>
                      {t('evaluationFlow.board.score_action')}
                    </Button>
                  )}
                  {RETURNABLE.has(r.status) && (
                    <Button size="small" onClick={() => setReturning(r)} aria-label={`${t('evaluationFlow.board.return')}: ${r.official.fullName}`}>
                      {t('evaluationFlow.board.return')}
                    </Button>
                  )}
                </Space>
              ),
          },
        ]),
  ];

  const caption = unit && period ? t('evaluationFlow.board.caption', { unit: unit.name, period: period.name }) : t('evaluationFlow.board.title');
  return (
    <>
      <PageHeading title={t('evaluationFlow.board.title')} subtitle={t('evaluationFlow.board.subtitle')} />
      {readOnly && <Alert type="info" showIcon message={t('evaluationFlow.board.readOnly')} style={{ marginBottom: 12 }} />}
      <Flex gap={16} wrap="wrap">
        <Form.Item label={t('evaluationFlow.board.unit')} htmlFor="kq-board-unit">
          <Select
            id="kq-board-unit"
            style={{ minWidth: 280 }}
            showSearch
            optionFilterProp="label"
            value={unit?.id}
            loading={units.fetching}
            onChange={(v: string) => (setUnitId(v), setPickedPeriod(undefined), setSelected([]))}
            options={unitList.map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item label={t('evaluationFlow.board.period')} htmlFor="kq-board-period">
          <Select
            id="kq-board-period"
            style={{ minWidth: 220 }}
            value={period?.id}
            loading={periods.fetching}
            onChange={(v: string) => (setPickedPeriod(v), setSelected([]))}
            options={periodList.map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
      </Flex>
      {!units.fetching && !unitList.length && <Typography.Paragraph>{t('evaluationFlow.board.noUnits')}</Typography.Paragraph>}
      {unit && !periods.fetching && periods.data && !periodList.length && (
        <Typography.Paragraph data-testid="board-no-periods">{t('evaluationFlow.board.noPeriods')}</Typography.Paragraph>
      )}
      {bulk.problem && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 12 }}
          message={bulk.failure}
          description={<QuotaNumbers problem={bulk.problem} />}
          data-testid="board-problem"
        />
      )}
      {board.error && !board.data ? (
        <PageError message={problemText(problemOf(board.error) ?? { network: true, message: null })} onRetry={() => reload({ requestPolicy: 'network-only' })} />
      ) : (
        period && (
          <>
            {!readOnly && (
              <Space wrap style={{ marginBottom: 12 }}>
                <Typography.Text>{t('evaluationFlow.board.selected', { count: selected.length })}</Typography.Text>
                <Button disabled={!selected.length} loading={bulk.busy} onClick={() => void runBulk('approve')}>
                  {t('evaluationFlow.board.approve')}
                </Button>
                <Button type="primary" disabled={!selected.length} loading={bulk.busy} onClick={() => void runBulk('publish')}>
                  {t('evaluationFlow.board.publish')}
                </Button>
              </Space>
            )}
            {unit && (
              <div style={{ marginBottom: 12 }}>
                <SheetDownloadButtons periodId={period.id} unitId={unit.id} fileLabel={unit.name} />
              </div>
            )}
            <ResponsiveTable<BoardRow>
              rowKey="id"
              size="small"
              pagination={false}
              caption={caption}
              columns={columns}
              dataSource={rows}
              {...rowsState(board.fetching && !board.data, t('evaluationFlow.board.empty'))}
              rowSelection={
                readOnly
                  ? undefined
                  : {
                      selectedRowKeys: selected,
                      onChange: (keys) => setSelected(keys as string[]),
                      getCheckboxProps: (r) => ({ disabled: isMine(r), 'aria-label': t('evaluationFlow.board.select', { name: r.official.fullName }) }),
                      columnTitle: undefined,
                    }
              }
              expandable={{
                rowExpandable: (r) => !!r.selfAssessedAt,
                expandedRowRender: (r) => (
                  <div className="kq-board-self">
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{r.selfAssessmentText}</Typography.Paragraph>
                    {!!r.selfScores?.length && (
                      <ul>
                        {r.generalCriteria.map((c) => (
                          <li key={c.code}>
                            {c.label}: {r.selfScores?.find((s) => s.code === c.code)?.points ?? '—'} / {c.maxPoints}
                          </li>
                        ))}
                      </ul>
                    )}
                    {r.proposedGrade && <Typography.Paragraph>{t('evaluationFlow.board.proposed', { grade: gradeName(r.proposedGrade) })}</Typography.Paragraph>}
                  </div>
                ),
              }}
            />
          </>
        )
      )}
      {scoring && <ScoreModal row={scoring} onClose={() => setScoring(null)} />}
      {returning && <ReturnModal row={returning} onClose={() => setReturning(null)} />}
      {detail && <EvaluationDrawer id={detail} onClose={() => setDetail(null)} />}
    </>
  );
}
