import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { AnswerSpotCheckMutation } from '../../graphql/spot-check.mutations';
import { useAction } from '../../hooks/use-action';

/** The short note of current work that answers a spot check; says the outcome the API recorded. */
export function AnswerForm({ checkId, onAnswered }: { checkId: string; onAnswered: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const [, answer] = useMutation(AnswerSpotCheckMutation);
  const action = useAction({ form });
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={async (v) => {
        let outcome: string | null | undefined;
        const ok = await action.run(async () => {
          const result = await answer({ input: { id: checkId, note: v.note.trim() } });
          outcome = result.data?.answerSpotCheck.outcome;
          return result;
        });
        if (ok) {
          void message.success(t('pilot.prompt.sent', { outcome: outcome ? t(`pilot.outcome.${outcome as 'ON_TIME'}`) : '' }));
          onAnswered();
        }
      }}
    >
      <Form.Item name="note" label={t('pilot.prompt.note')} rules={[{ required: true, whitespace: true, message: t('pilot.prompt.noteRequired') }]}>
        <Input.TextArea rows={2} maxLength={500} showCount placeholder={t('pilot.prompt.notePlaceholder')} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={action.busy}>
        {t('pilot.prompt.send')}
      </Button>
    </Form>
  );
}
