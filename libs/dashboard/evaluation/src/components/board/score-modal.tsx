import type { BoardEvaluationsQuery, Grade } from '@ketqua/dashboard/data-access';
import { Alert, Descriptions, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { ScoreEvaluationMutation } from '../../graphql/flow/score-evaluation.mutation';
import { useFlowAction } from '../../hooks/use-flow-action';
import { GRADES, scoreText, useGradeName } from '../labels';

export type BoardRow = BoardEvaluationsQuery['evaluations']['edges'][number]['node'];

interface Values {
  scores: Record<string, number | null>;
  decidedGrade?: Grade;
  gradeChangeReason?: string;
  headComment?: string;
}

/** The evaluator scores one official: general sub-scores (discipline evidence beside its criterion), decided grade (another than computed needs a reason), comment. */
export function ScoreModal({ row, onClose }: { row: BoardRow; onClose: () => void }) {
  const { t } = useTranslation();
  const gradeName = useGradeName();
  const [form] = Form.useForm<Values>();
  const [, score] = useMutation(ScoreEvaluationMutation);
  const action = useFlowAction({ form, fieldAliases: { gradeChangeReason: 'gradeChangeReason', headComment: 'headComment' } });
  const decided = Form.useWatch('decidedGrade', form);
  const computed = row.record.computedGrade;
  const changed = !!decided && decided !== computed;
  const name = row.official.fullName;
  const evidence = row.disciplineEvidence;
  const points = (list: BoardRow['generalScores'], code: string) => list?.find((s) => s.code === code)?.points ?? null;

  const onFinish = async (v: Values) => {
    const ok = await action.run(
      () =>
        score({
          input: {
            id: row.id,
            version: row.version,
            generalScores: row.generalCriteria.map((c) => ({ code: c.code, points: Number(v.scores?.[c.code] ?? 0) })),
            decidedGrade: v.decidedGrade ?? null,
            gradeChangeReason: changed ? (v.gradeChangeReason ?? null) : null,
            headComment: v.headComment || null,
          },
        }),
      t('evaluationFlow.board.saved', { name }),
    );
    if (ok) onClose();
  };

  return (
    <Modal
      open
      title={t('evaluationFlow.board.scoreTitle', { name })}
      okText={t('evaluationFlow.board.save')}
      cancelText={t('evaluationFlow.common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={action.busy}
      width={720}
      destroyOnHidden
    >
      {action.failure && <Alert type="error" showIcon role="alert" message={action.failure} style={{ marginBottom: 12 }} />}
      <Descriptions
        size="small"
        column={2}
        items={[
          { key: 'task', label: t('evaluationFlow.board.taskScore'), children: scoreText(row.record.taskPoints) },
          { key: 'computed', label: t('evaluationFlow.board.computedGrade'), children: gradeName(computed) },
        ]}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        initialValues={{
          scores: Object.fromEntries(row.generalCriteria.map((c) => [c.code, points(row.generalScores, c.code) ?? points(row.selfScores, c.code)])),
          decidedGrade: row.decidedGrade ?? undefined,
          gradeChangeReason: row.gradeChangeReason ?? '',
          headComment: row.headComment ?? '',
        }}
      >
        {row.generalCriteria.length > 0 && (
          <fieldset className="kq-fieldset">
            <legend>{t('evaluationFlow.board.general')}</legend>
            {row.generalCriteria.map((c) => (
              <div key={c.code}>
                <Form.Item
                  name={['scores', c.code]}
                  label={t('evaluationFlow.board.generalLabel', { label: c.label, max: c.maxPoints })}
                  extra={points(row.selfScores, c.code) !== null ? t('evaluationFlow.board.selfScore', { points: points(row.selfScores, c.code) }) : undefined}
                  rules={[{ required: true, message: t('evaluationFlow.self.scoresAllOrNone') }]}
                >
                  <InputNumber min={0} max={c.maxPoints} step={0.25} precision={2} />
                </Form.Item>
                {c.code === 'DISCIPLINE' && evidence && (
                  <div className="kq-evidence" data-testid="discipline-evidence">
                    <Typography.Text strong>{t('evaluationFlow.board.evidence')}</Typography.Text>
                    <ul>
                      <li>{t('evaluationFlow.board.evidenceSpot', { onTime: evidence.spotChecksOnTime, late: evidence.spotChecksLate, missed: evidence.spotChecksMissed })}</li>
                      <li>{t('evaluationFlow.board.evidenceLogs', { days: evidence.daysWithLog, homeDays: evidence.homeDays })}</li>
                    </ul>
                  </div>
                )}
              </div>
            ))}
          </fieldset>
        )}
        <Form.Item name="decidedGrade" label={t('evaluationFlow.board.decidedGrade')}>
          <Select allowClear placeholder={gradeName(computed)} options={GRADES.map((g) => ({ value: g, label: gradeName(g) }))} />
        </Form.Item>
        {changed && (
          <Form.Item
            name="gradeChangeReason"
            label={t('evaluationFlow.board.gradeReason')}
            extra={t('evaluationFlow.board.gradeReasonHint', { grade: gradeName(computed) })}
            rules={[{ required: true, whitespace: true, message: t('evaluationFlow.board.reasonRequired') }]}
          >
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        )}
        <Form.Item name="headComment" label={t('evaluationFlow.board.comment')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
