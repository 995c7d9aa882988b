import type { EvaluationDetailsFragment } from '@ketqua/dashboard/data-access';
import { formatDateTime, formatLocalDate, TIME_ZONE } from '@ketqua/dashboard/ui';
import { Alert, Button, Form, Input, InputNumber, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { SubmitSelfAssessmentMutation } from '../../graphql/flow/submit-self-assessment.mutation';
import { useFlowAction } from '../../hooks/use-flow-action';
import { GRADES, useGradeName } from '../labels';

type Evaluation = EvaluationDetailsFragment;

interface Values {
  text: string;
  proposedGrade?: string;
  scores?: Record<string, number | null>;
}

/** The official's self-assessment within its window; read-only after it, or once the head has it. */
export function SelfAssessmentForm({ evaluation, readOnly = false }: { evaluation: Evaluation; readOnly?: boolean }) {
  const { t } = useTranslation();
  const gradeName = useGradeName();
  const [form] = Form.useForm<Values>();
  const [, submit] = useMutation(SubmitSelfAssessmentMutation);
  const action = useFlowAction({ form, fieldAliases: { text: 'text', proposedGrade: 'proposedGrade' } });
  const until = evaluation.period.selfAssessmentUntil;
  const today = dayjs().tz(TIME_ZONE).format('YYYY-MM-DD');
  const stepAllows = evaluation.status === 'AWAITING_SELF_ASSESSMENT' || evaluation.status === 'RETURNED';
  const open = !readOnly && stepAllows && today <= until;
  const criteria = evaluation.generalCriteria;
  const selfScore = (code: string) => evaluation.selfScores?.find((s) => s.code === code)?.points ?? null;

  const onFinish = async (values: Values) => {
    const entered = criteria.map((c) => ({ code: c.code, points: values.scores?.[c.code] }));
    const filled = entered.filter((s) => s.points !== null && s.points !== undefined);
    if (filled.length && filled.length !== criteria.length) {
      form.setFields(
        entered.filter((s) => s.points === null || s.points === undefined).map((s) => ({ name: ['scores', s.code], errors: [t('evaluationFlow.self.scoresAllOrNone')] })),
      );
      return;
    }
    await action.run(
      () =>
        submit({
          input: {
            id: evaluation.id,
            version: evaluation.version,
            text: values.text,
            proposedGrade: (values.proposedGrade as Evaluation['proposedGrade']) ?? null,
            selfScores: filled.map((s) => ({ code: s.code, points: Number(s.points) })),
          },
        }),
      t('evaluationFlow.self.submitted'),
    );
  };

  return (
    <section aria-labelledby="kq-self-title" className="kq-section">
      <Typography.Title level={2} id="kq-self-title">
        {t('evaluationFlow.self.title')}
      </Typography.Title>
      {open ? (
        <Typography.Paragraph>{t('evaluationFlow.self.window', { date: formatLocalDate(until) })}</Typography.Paragraph>
      ) : (
        <Alert type="info" showIcon message={stepAllows ? t('evaluationFlow.self.closed', { date: formatLocalDate(until) }) : t('evaluationFlow.self.locked')} />
      )}
      {evaluation.selfAssessedAt && (
        <Typography.Paragraph type="secondary">{t('evaluationFlow.self.submittedAt', { at: formatDateTime(evaluation.selfAssessedAt) })}</Typography.Paragraph>
      )}
      {action.failure && <Alert type="error" showIcon role="alert" message={action.failure} data-testid="self-assessment-problem" />}
      <Form<Values>
        form={form}
        layout="vertical"
        disabled={!open || action.busy}
        onFinish={(v) => void onFinish(v)}
        initialValues={{
          text: evaluation.selfAssessmentText ?? '',
          proposedGrade: evaluation.proposedGrade ?? undefined,
          scores: Object.fromEntries(criteria.map((c) => [c.code, selfScore(c.code)])),
        }}
      >
        <Form.Item name="text" label={t('evaluationFlow.self.text')} rules={[{ required: true, whitespace: true, message: t('evaluationFlow.self.textRequired') }]}>
          <Input.TextArea rows={5} maxLength={5000} showCount />
        </Form.Item>
        {criteria.length > 0 && (
          <fieldset className="kq-fieldset">
            <legend>{t('evaluationFlow.self.scores')}</legend>
            {criteria.map((c) => (
              <Form.Item key={c.code} name={['scores', c.code]} label={t('evaluationFlow.self.scoreLabel', { label: c.label, max: c.maxPoints })}>
                <InputNumber min={0} max={c.maxPoints} step={0.25} precision={2} />
              </Form.Item>
            ))}
          </fieldset>
        )}
        <Form.Item name="proposedGrade" label={t('evaluationFlow.self.proposedGrade')}>
          <Select allowClear options={GRADES.filter((g) => g !== 'NOT_CLASSIFIED').map((g) => ({ value: g, label: gradeName(g) }))} style={{ maxWidth: 360 }} />
        </Form.Item>
        {open && (
          <Button type="primary" htmlType="submit" loading={action.busy}>
            {t('evaluationFlow.self.submit')}
          </Button>
        )}
      </Form>
    </section>
  );
}
