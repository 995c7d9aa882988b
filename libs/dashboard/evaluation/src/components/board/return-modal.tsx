import { Alert, Form, Input, Modal } from 'antd';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { ReturnEvaluationMutation } from '../../graphql/flow/return-evaluation.mutation';
import { useFlowAction } from '../../hooks/use-flow-action';
import type { BoardRow } from './score-modal';

/** Back to the official with a reason (they are told). */
export function ReturnModal({ row, onClose }: { row: BoardRow; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [, send] = useMutation(ReturnEvaluationMutation);
  const action = useFlowAction({ form });
  const name = row.official.fullName;
  const onFinish = async ({ reason }: { reason: string }) => {
    if (await action.run(() => send({ input: { id: row.id, version: row.version, reason } }), t('evaluationFlow.board.returned', { name }))) onClose();
  };
  return (
    <Modal
      open
      title={t('evaluationFlow.board.returnTitle', { name })}
      okText={t('evaluationFlow.board.return')}
      cancelText={t('evaluationFlow.common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={action.busy}
      destroyOnHidden
    >
      {action.failure && <Alert type="error" showIcon role="alert" message={action.failure} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={(v) => void onFinish(v)}>
        <Form.Item name="reason" label={t('evaluationFlow.board.returnReason')} rules={[{ required: true, whitespace: true, message: t('evaluationFlow.board.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
