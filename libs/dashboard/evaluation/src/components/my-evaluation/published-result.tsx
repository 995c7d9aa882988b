import { useSession, type EvaluationDetailsFragment } from '@ketqua/dashboard/data-access';
import { formatDateTime } from '@ketqua/dashboard/ui';
import { Alert, Descriptions, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { GradeTag, scoreText, useGradeName } from '../labels';
import { SheetDownloadButtons } from '../sheets/sheet-download-buttons';
import { RecordSignaturePanel } from '../signatures/record-signature-panel';

type Evaluation = EvaluationDetailsFragment;

/** The published result, locked: score, grade, general points, the evaluator's comment, the verification code; every publication kept after a reopen. */
export function PublishedResult({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation();
  const gradeName = useGradeName();
  const { record } = evaluation;
  const published = evaluation.status === 'PUBLISHED';
  // Who signs (the API decides; this only hides the buttons from HR, inspectors and admins).
  const role = useSession()?.user.role;
  const canSign = role === 'OFFICIAL' || role === 'UNIT_HEAD';
  return (
    <section aria-labelledby="kq-result-title" className="kq-section" data-testid="published-result">
      <Typography.Title level={2} id="kq-result-title">
        {t('evaluationFlow.result.title')}
      </Typography.Title>
      {published ? (
        <>
          <Alert type="success" showIcon message={t('evaluationFlow.result.locked')} />
          <Descriptions
            bordered
            size="small"
            column={1}
            className="kq-result"
            items={[
              { key: 'score', label: t('evaluationFlow.result.score'), children: <strong data-testid="result-score">{scoreText(record.score)}</strong> },
              { key: 'grade', label: t('evaluationFlow.result.grade'), children: <GradeTag grade={record.grade} /> },
              ...(record.gradeChangedFromComputed
                ? [
                    { key: 'computed', label: t('evaluationFlow.result.computedGrade'), children: gradeName(record.computedGrade) },
                    { key: 'reason', label: t('evaluationFlow.board.gradeReason'), children: t('evaluationFlow.result.gradeChanged', { reason: record.gradeChangeReason ?? '' }) },
                  ]
                : []),
              ...(record.generalPoints !== null ? [{ key: 'general', label: t('evaluationFlow.result.generalPoints'), children: scoreText(record.generalPoints) }] : []),
              { key: 'comment', label: t('evaluationFlow.result.headComment'), children: evaluation.headComment || '—' },
              { key: 'code', label: t('evaluationFlow.result.verificationCode'), children: <code data-testid="verification-code">{evaluation.verificationCode}</code> },
              { key: 'at', label: t('evaluationFlow.result.publishedAt'), children: formatDateTime(evaluation.publishedAt) },
            ]}
          />
          <div style={{ marginTop: 12 }}>
            <SheetDownloadButtons evaluationId={evaluation.id} />
          </div>
          <RecordSignaturePanel evaluationId={evaluation.id} canSign={canSign} />
        </>
      ) : (
        <Typography.Paragraph>{t('evaluationFlow.result.pending')}</Typography.Paragraph>
      )}
      {evaluation.revisions.length > (published ? 1 : 0) && (
        <Table
          rowKey="revision"
          size="small"
          pagination={false}
          caption={t('evaluationFlow.result.revisions')}
          dataSource={evaluation.revisions}
          columns={[
            { key: 'revision', title: t('evaluationFlow.result.revisions'), render: (_, r) => t('evaluationFlow.result.revision', { revision: r.revision }) },
            { key: 'at', title: t('evaluationFlow.result.publishedAt'), render: (_, r) => formatDateTime(r.publishedAt) },
            { key: 'score', title: t('evaluationFlow.result.score'), align: 'right', render: (_, r) => scoreText(r.record.score) },
            { key: 'grade', title: t('evaluationFlow.result.grade'), render: (_, r) => gradeName(r.record.grade) },
            { key: 'reopen', title: t('evaluationFlow.result.reopenReason'), render: (_, r) => r.reopenReason ?? '—' },
          ]}
        />
      )}
    </section>
  );
}
